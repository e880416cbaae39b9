#include "BenchUserJobs.h"

#include "BenchColdRun.h"
#include "CliSupport.h"

#include "case/CaseFile.h"
#include "core/Error.h"
#include "evaluate/ResultsFile.h"

#include <QJsonObject>
#include <QTemporaryDir>

namespace cli {

namespace {

// The forwards a job ran: an attack copied from an identical one (reused) ran none.
long long inferencesOf(const fakelens::ImageResult& image) {
    long long total = image.adversarialInferences;
    for (const fakelens::MethodRecord& method : image.methods) {
        total += method.inferences;
        for (const fakelens::AttackRecord& attack : method.attacks)
            if (!attack.reused)
                total += attack.inferences + attack.budgetInferences;
    }
    return total;
}

long long inferencesOf(const fakelens::ReportInput& analysis) {
    long long total = 0;
    for (const fakelens::ReportFace& face : analysis.faces) {
        if (face.explanation) {
            for (const fakelens::Explanation& e : face.explanation->explanations)
                total += e.inferences;
            if (face.explanation->adversarial)
                total += face.explanation->adversarial->inferences;
        }
        if (face.evaluation)
            for (const fakelens::MethodEvaluation& method : face.evaluation->methods)
                for (const fakelens::AttackOutcome& attack : method.attacks)
                    if (!attack.reused)
                        total += attack.inferences + attack.budgetInferences;
    }
    return total;
}

ColdRun coldEvaluate(const QCommandLineParser& bench, const QString& image, const QStringList& methods,
                     bool budget) {
    ColdRun run;
    QTemporaryDir tmp;
    if (!tmp.isValid()) {
        run.error = tmp.errorString();
        return run;
    }
    const QString results = tmp.filePath("results.jsonl");
    QStringList arguments = {"evaluate", image, "--methods", methods.join(','), "--results", results, "--quiet",
                             "--topk", bench.value("topk")};
    if (!budget)
        arguments << "--no-budget";
    const ChildRun child = runTimedChild(arguments + passedOnOptions(bench));
    run.seconds = child.seconds;
    run.error = child.error;
    if (!child.ok)
        return run;
    try {
        for (const fakelens::ImageResult& result : fakelens::readResultsFile(results.toStdString()).results)
            run.inferences += inferencesOf(result);
    } catch (const fakelens::Error& e) {
        run.error = QString::fromStdString(e.what());
        return run;
    }
    run.ok = run.inferences > 0;
    if (!run.ok)
        run.error = QStringLiteral("the face was not attacked (is it called fake?)");
    return run;
}

ColdRun coldMainJob(const QCommandLineParser& bench, const QString& image, const QStringList& methods) {
    ColdRun run;
    QTemporaryDir tmp;
    if (!tmp.isValid()) {
        run.error = tmp.errorString();
        return run;
    }
    const QString casePath = tmp.filePath("bench.fakelens");
    const ChildRun analyse =
        runTimedChild(QStringList{"analyse", image, "--methods", methods.join(','), "--case", casePath,
                                  "--case-id", "BENCH", "--quiet"} +
                      passedOnOptions(bench));
    run.seconds = analyse.seconds;
    run.error = analyse.error;
    if (!analyse.ok)
        return run;
    const ChildRun report =
        runTimedChild({"report", "--case", casePath, "--out", tmp.filePath("bench.pdf"), "--quiet"});
    run.seconds += report.seconds;
    run.error = report.error;
    if (!report.ok)
        return run;
    try {
        run.inferences = inferencesOf(fakelens::CaseFile::open(casePath, /*readOnly=*/true)->loadAnalysis());
    } catch (const fakelens::Error& e) {
        run.error = QString::fromStdString(e.what());
        return run;
    }
    run.ok = run.inferences > 0;
    if (!run.ok)
        run.error = QStringLiteral("no face was explained");
    return run;
}

} // namespace

void addUserJobOptions(QCommandLineParser& parser) {
    parser.addOption({"jobs", Text::tr("Also time, as fresh processes, the evaluation of the face (with and "
                                       "without the minimal-budget search) and the main job (analyse, then "
                                       "report --case).")});
    parser.addOption({"topk", Text::tr("With --jobs: the evaluation attacks the top-1 .. top-K segments "
                                       "(default 3)."),
                      "K", "3"});
    parser.addOption({"no-budget", Text::tr("With --jobs: leave out the evaluation with the budget search.")});
}

void benchUserJobs(const QCommandLineParser& parser, const QString& image, const QStringList& methods,
                   double bestImagesPerSecond, QStringList& lines, QJsonArray& json) {
    struct Job {
        QString name;
        ColdRun run;
    };
    std::vector<Job> jobs;
    jobs.push_back({QStringLiteral("evaluate (no budget search)"), coldEvaluate(parser, image, methods, false)});
    if (!parser.isSet("no-budget"))
        jobs.push_back({QStringLiteral("evaluate (budget search)"), coldEvaluate(parser, image, methods, true)});
    jobs.push_back({QStringLiteral("main job (analyse + report)"), coldMainJob(parser, image, methods)});
    lines << QStringLiteral("user jobs, each as fresh processes (methods %1):").arg(methods.join(','));
    for (const Job& job : jobs) {
        if (!job.run.ok)
            printError(Text::tr("bench: the job '%1' failed: %2").arg(job.name, job.run.error));
        QJsonObject row{{"job", job.name}};
        addColdFields(job.run, bestImagesPerSecond, row);
        json.append(row);
        lines << QStringLiteral("  %1 %2 %3").arg(job.name, -28)
                     .arg(job.run.ok ? QString::number(job.run.inferences) : "-", 11)
                     .arg(coldColumns(job.run, bestImagesPerSecond));
    }
}

} // namespace cli
