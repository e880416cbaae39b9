// fakelens-cli evaluate: the explanation evaluation of Tsigos et al. (2025) over a dataset,
// resumable and shardable (see engine/evaluate).
#include "CliSupport.h"
#include "Commands.h"
#include "EvaluateOutput.h"
#include "ExplainOptions.h"

#include "core/EvidenceFolder.h"
#include "evaluate/DatasetEvaluator.h"
#include "evaluate/DatasetScanner.h"
#include "evaluate/FaceExtractor.h"
#include "evaluate/ResultsFile.h"
#include "explain/ExplainerRegistry.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <optional>
#include <set>

#include <unistd.h>

namespace cli {

namespace {

fakelens::EvaluationSettings settingsFromOptions(const QCommandLineParser& parser) {
    fakelens::EvaluationSettings s;
    s.topK = intOption(parser, "topk", 1, 50);
    bool ok = false;
    s.seed = parser.value("seed").toULongLong(&ok);
    if (!ok)
        throw fakelens::Error(fakelens::ErrorCode::InvalidArgument, "--seed", "must be a non-negative integer");
    s.slic.segments = intOption(parser, "segments", 2, 1000);
    s.attack.maxIterations = intOption(parser, "attack-iterations", 1, 100000);
    s.attack.samples = intOption(parser, "attack-samples", 1, 100000);
    s.explanationNes.maxIterations = intOption(parser, "nes-iterations", 1, 100000);
    s.attack.paperCompatible = s.explanationNes.paperCompatible = parser.isSet("paper-compatible");
    applyNesNoiseOption(parser, s.explanationNes);
    s.attack.perChannel = s.explanationNes.perChannel;
    s.measureMinimalBudget = !parser.isSet("no-budget");
    s.randomBaseline = !parser.isSet("no-random");
    applyMethodParameterOptions(parser, s.explainer);
    return s;
}

// --shard I/N, or auto/N: the index from the scheduler that started this process, so one
// command line serves every task of a Slurm job array (SLURM_ARRAY_TASK_ID) or a Kubernetes
// Indexed Job (JOB_COMPLETION_INDEX). N stays explicit: Kubernetes has no variable for it, and
// Slurm's SLURM_ARRAY_TASK_COUNT is 1 when a lab resubmits one failed shard alone
// (sbatch --array=I), which would silently evaluate the whole dataset as "shard 0/1".
fakelens::ShardSpec shardFromOption(const QString& text, QString* source) {
    const int slash = text.indexOf('/');
    if (slash < 0 || text.left(slash).trimmed() != QLatin1String("auto"))
        return fakelens::parseShardSpec(text.toStdString());
    const QString count = text.mid(slash + 1).trimmed();
    QString index;
    for (const char* variable : {"SLURM_ARRAY_TASK_ID", "JOB_COMPLETION_INDEX"}) {
        const QString value = qEnvironmentVariable(variable).trimmed();
        if (value.isEmpty())
            continue;
        if (!index.isEmpty() && value != index)
            throw fakelens::Error(fakelens::ErrorCode::InvalidArgument, "--shard auto",
                                  "SLURM_ARRAY_TASK_ID and JOB_COMPLETION_INDEX disagree (" + index.toStdString() +
                                      " and " + value.toStdString() + "); give --shard I/N");
        if (index.isEmpty()) {
            index = value;
            *source = QString::fromLatin1(variable);
        }
    }
    if (index.isEmpty())
        throw fakelens::Error(fakelens::ErrorCode::InvalidArgument, "--shard auto",
                              "neither SLURM_ARRAY_TASK_ID (Slurm job array) nor JOB_COMPLETION_INDEX "
                              "(Kubernetes Indexed Job) is set; give --shard I/N");
    try {
        return fakelens::parseShardSpec((index + '/' + count).toStdString());
    } catch (const fakelens::Error&) {
        // Say where the index came from: the usual cause is an array not numbered 0..N-1.
        throw fakelens::Error(fakelens::ErrorCode::InvalidArgument, "--shard auto",
                              source->toStdString() + "=" + index.toStdString() + " is not a shard of '" +
                                  count.toStdString() + "': the tasks must be numbered 0 .. N-1 (sbatch "
                                  "--array=0-<N-1>, Kubernetes completions: N)");
    }
}

QString defaultResultsName(const QString& root, const fakelens::ShardSpec& shard) {
    QString name = QStringLiteral("fakelens-evaluate-%1-%2")
                       .arg(QFileInfo(root).fileName().isEmpty() ? QStringLiteral("dataset") : QFileInfo(root).fileName(),
                            QDateTime::currentDateTime().toString("yyyyMMdd-HHmmss"));
    if (!shard.isWhole())
        name += QStringLiteral("-shard%1of%2").arg(shard.index).arg(shard.count);
    return QDir::current().filePath(name + ".jsonl");
}

QString describe(const fakelens::ImageResult& r) {
    if (r.attacked)
        return QStringLiteral("attacked, P(fake) %1, %2 s").arg(r.fakeProbability, 0, 'f', 3).arg(r.seconds, 0, 'f', 1);
    QString text = QStringLiteral("skipped (%1)").arg(QString::fromStdString(r.skipReason));
    if (r.skipReason != fakelens::skip::kUnreadable && r.skipReason != fakelens::skip::kNoFace)
        text += QStringLiteral(", P(fake) %1").arg(r.fakeProbability, 0, 'f', 3);
    if (!r.error.empty())
        text += ": " + QString::fromStdString(r.error);
    return text;
}

} // namespace

int runEvaluate(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Evaluate explanation methods as Tsigos et al. (2025): for each image the "
                 "detector calls fake, rank the "
                 "SLIC segments by each method's explanation and attack the top-k with NES; report "
                 "accuracy, sufficiency, "
                 "effort, minimal budget, cost, localisation, Pino et al.'s intrinsic metrics and "
                 "rank agreement. Labels come "
                 "from fake/real folders, manipulation types from the folder above them. Each "
                 "finished image is appended to "
                 "the results file at once: a killed run resumes with --resume FILE."));
    parser.addHelpOption();
    parser.addPositionalArgument("PATH",
                                 Text::tr("An image, or a folder tree of face crops or frames."));
    addModelOptions(parser);
    parser.addOption({{"methods", "method"}, methodOptionHelp(), "LIST", "all"}); // --method as in `explain`
    parser.addOption(
        {"topk", Text::tr("Attack the top-1 .. top-K segments (default 3)."), "K", "3"});
    parser.addOption(
        {"seed",
         Text::tr("Run seed (default 0); each image's seed derives from it and its relative path."),
         "N", "0"});
    parser.addOption({"results",
                      Text::tr("Results file (JSON Lines) to create (default: "
                               "fakelens-evaluate-<folder>-<time>.jsonl "
                               "in the current folder)."),
                      "FILE"});
    parser.addOption(
        {"resume",
         Text::tr(
             "Continue the run recorded in FILE: finished images are skipped, new ones appended."),
         "FILE"});
    parser.addOption(
        {"shard",
         Text::tr(
             "Evaluate only shard I of N (0 <= I < N): the images at sorted positions I, I+N, "
             "... With auto/N the index I comes from SLURM_ARRAY_TASK_ID (Slurm job array "
             "--array=0-<N-1>) or JOB_COMPLETION_INDEX (Kubernetes Indexed Job, completions N)."),
         "I/N"});
    addTableOutputOptions(parser);
    addMethodParameterOptions(parser);
    parser.addOption({"segments", Text::tr("SLIC superpixels (default 50)."), "N", "50"});
    parser.addOption(
        {"attack-iterations", Text::tr("M of the top-k NES attack (default 50)."), "N", "50"});
    parser.addOption(
        {"attack-samples", Text::tr("n of the top-k NES attack (default 40)."), "N", "40"});
    parser.addOption(
        {"nes-iterations", Text::tr("M of the _adv methods' NES sample (default 80)."), "N", "80"});
    addNesNoiseOption(parser);
    parser.addOption({"paper-compatible",
                      Text::tr("Use the paper's code's NES step rule (no minimal budget then).")});
    parser.addOption(
        {"no-budget",
         Text::tr("Skip the minimal-budget search (saves a few attacks per method and k).")});
    parser.addOption({"no-random", Text::tr("Leave out the RANDOM baseline ranking.")});
    parser.addOption({"faces",
                      Text::tr("How faces are taken: auto (whole image up to 512 px, else the "
                               "largest detected face), "
                               "whole, or detect (default auto)."),
                      "MODE", "auto"});
    parser.addOption(
        {"no-detect", Text::tr("Take every image whole as one face crop (= --faces whole).")});
    parser.addOption(
        {"save-attacked",
         Text::tr("Write every attacked image as 8-bit PNG under DIR (rounded: may not flip when "
                  "re-scored)."),
         "DIR"});
    parser.addOption({"quiet", Text::tr("No per-image progress on stderr.")});
    if (!parseOrExplain(parser, arguments))
        return kUsage;
    if (parser.positionalArguments().size() != 1) {
        printError(Text::tr("evaluate: give exactly one PATH"));
        return kUsage;
    }
    const QString path = parser.positionalArguments().first();

    std::vector<std::string> methods;
    fakelens::EvaluationSettings settings;
    fakelens::ShardSpec shard;
    QString shardSource;  // the environment variable --shard auto/N took the index from
    fakelens::FaceInput faceInput = fakelens::FaceInput::Auto;
    try {
        for (const QString& m : parser.values("methods"))
            methods.push_back(m.toStdString());
        methods = fakelens::expandMethodNames(methods);
        settings = settingsFromOptions(parser);
        if (parser.isSet("shard"))
            shard = shardFromOption(parser.value("shard"), &shardSource);
        faceInput = parser.isSet("no-detect") ? fakelens::FaceInput::WholeImage
                                              : fakelens::parseFaceInput(parser.value("faces").toStdString());
    } catch (const fakelens::Error& e) {
        printError(e);
        return kUsage;
    }
    if (parser.isSet("resume") && parser.isSet("results") &&
        QFileInfo(parser.value("resume")).absoluteFilePath() != QFileInfo(parser.value("results")).absoluteFilePath()) {
        printError(
            Text::tr("evaluate: --resume FILE continues FILE; do not give another --results"));
        return kUsage;
    }

    // Scan first: a wrong PATH should not cost a model load.
    const QString root = QString::fromStdString(fakelens::datasetRoot(path.toStdString()));
    int ignored = 0;
    const std::vector<fakelens::DatasetItem> all = fakelens::scanDataset(path.toStdString(), &ignored);
    const std::vector<fakelens::DatasetItem> items = fakelens::selectShard(all, shard);
    if (all.empty()) {
        printError(Text::tr("evaluate: no images under %1").arg(path));
        return kInputFailed;
    }

    const QString resultsPath = parser.isSet("resume")    ? parser.value("resume")
                                : parser.isSet("results") ? parser.value("results")
                                                          : defaultResultsName(root, shard);
    // Never write into the evidence: the one rule and message of every command that writes.
    try {
        for (const QString& output : {resultsPath, parser.value("csv"), parser.value("save-attacked")})
            fakelens::checkOutsideEvidenceFolder(output, root);
    } catch (const fakelens::Error& e) {
        printError(e);
        return kUsage;
    }

    std::unique_ptr<fakelens::Detector> detector;
    try {
        detector = loadDetectorFromOptions(parser);
    } catch (const fakelens::Error& e) {
        printError(e);
        return kModelFailed;
    }

    fakelens::DatasetEvaluator evaluator(*detector, methods, settings, faceInput);
    if (parser.isSet("save-attacked"))
        evaluator.setAttackedImagesFolder(parser.value("save-attacked").toStdString());
    const fakelens::RunHeader header =
        evaluator.makeHeader(root.toStdString(), shard, int(items.size()), int(all.size()));

    std::unique_ptr<fakelens::ResultsFileWriter> writer;
    std::set<std::string> finished;
    if (parser.isSet("resume")) {
        fakelens::ResultsFileContent existing;
        writer = fakelens::ResultsFileWriter::resume(resultsPath.toStdString(), header, existing);
        for (const fakelens::ImageResult& r : existing.results)
            finished.insert(r.path);
    } else {
        writer = fakelens::ResultsFileWriter::create(resultsPath.toStdString(), header);
    }

    const bool quiet = parser.isSet("quiet");
    const bool interactive = !quiet && isatty(fileno(stderr));
    if (!quiet) {
        QString of;
        if (!shard.isWhole())
            of = QStringLiteral(" of shard %1/%2").arg(shard.index).arg(shard.count);
        if (!shardSource.isEmpty())
            of += QStringLiteral(" (index from %1)").arg(shardSource);
        std::fprintf(stderr, "fakelens-cli: evaluating %d image(s)%s (%zu already done, %d other file(s) ignored); "
                             "results: %s\n",
                     int(items.size()), of.toUtf8().constData(), finished.size(), ignored,
                     resultsPath.toUtf8().constData());
    }

    fakelens::CancelToken cancel;
    std::optional<SignalCancellation> signalGuard(std::in_place, cancel);
    const fakelens::ProgressReporter progress = terminalProgress(interactive);
    size_t position = finished.size();
    try {
        evaluator.run(items, finished, *writer, progress, cancel,
                      [&](const fakelens::ImageResult& r, int, int) {
                          ++position;
                          if (!quiet)
                              std::fprintf(stderr, "%s[%zu/%zu] %s: %s\n", interactive ? "\r" : "", position, items.size(),
                                           r.path.c_str(), describe(r).toUtf8().constData());
                      });
    } catch (const fakelens::CancelledError&) {
        printError(Text::tr("cancelled; the finished images are in %1 (continue with --resume %1)")
                       .arg(resultsPath));
        return kCancelled;
    }
    signalGuard.reset();
    writer.reset();

    // The tables come from the file, exactly as `merge` computes them.
    fakelens::ResultsFileContent content = fakelens::readResultsFile(resultsPath.toStdString());
    fakelens::MergedResults results;
    results.header = content.header;
    results.results = std::move(content.results);
    return printEvaluationTables(results, parser);
}

} // namespace cli
