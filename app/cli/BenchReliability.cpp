// `fakelens-cli bench --cancel-latency` and `bench --long-run N`: how fast every long job stops
// after a cancel, and whether memory stays flat over many explanations in one process.
#include "BenchReliability.h"

#include "explain/ExplainerRegistry.h"

#include "CliSupport.h"

#include "core/DataPaths.h"
#include "evaluate/FaceEvaluator.h"
#include "faces/FaceDetector.h"
#include "faces/VideoScanner.h"
#include "case/AnalysisBuilder.h"
#include "report/ReportWriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <future>
#include <thread>

namespace cli {

namespace {

using Job = std::function<void(const fakelens::CancelToken&)>;

struct Stop {
    double latencyMs = -1; // from cancel() to the job's return; -1: the job ended before the cancel
    QString outcome;       // "cancelled", "finished first", or the error it threw instead
};

// Runs `job` on a worker thread, cancels it `delayMs` after the start and measures how long it
// takes to return. The job must throw CancelledError (the engine's contract) to count.
Stop measureStop(const Job& job, int delayMs) {
    fakelens::CancelToken token;
    std::chrono::steady_clock::time_point returned;
    std::promise<QString> outcome;
    std::future<QString> result = outcome.get_future();
    std::thread worker([&] {
        QString what = QStringLiteral("finished first");
        try {
            job(token);
        } catch (const fakelens::CancelledError&) {
            what = QStringLiteral("cancelled");
        } catch (const std::exception& e) {
            what = QString::fromUtf8(e.what());
        }
        returned = std::chrono::steady_clock::now();
        outcome.set_value(what);
    });
    Stop stop;
    if (result.wait_for(std::chrono::milliseconds(delayMs)) == std::future_status::ready) {
        worker.join();
        stop.outcome = result.get();
        return stop;
    }
    const auto cancelled = std::chrono::steady_clock::now();
    token.cancel();
    worker.join();
    stop.outcome = result.get();
    stop.latencyMs = std::chrono::duration<double, std::milli>(returned - cancelled).count();
    return stop;
}

QString installedSample(const std::string& relative) {
    return QString::fromStdString(fakelens::findInstalledFile("samples/" + relative));
}

} // namespace

int benchCancelLatency(const QCommandLineParser& parser, fakelens::Detector& detector,
                       const fakelens::ExplainRequest& request, const cv::Mat& face) {
    const QString video = parser.isSet("video") ? parser.value("video")
                                                : installedSample("videos/ffpp_519_515_deepfakes.mp4");
    if (video.isEmpty()) {
        printError(Text::tr("bench: no --video given and no installed sample video found (run packaging/setup.sh)"));
        return kUsage;
    }
    const fakelens::FaceDetector faces;
    QTemporaryDir scratch;

    // A small report analysis, done once, for the PDF writer's own cancel.
    fakelens::ReportJob quick;
    quick.evidencePath = installedSample("faces/fake/df00204.jpg");
    // The first method and its adversarial form stand for all: the point is the cancel path.
    const std::string first = fakelens::explainerNames().front();
    quick.explain.methods = {first};
    quick.explain.settings = fakelens::scaledToSamples(quick.explain.settings, 64);
    fakelens::ReportInput reportInput;
    if (!quick.evidencePath.isEmpty())
        reportInput = fakelens::buildReportInput(quick, detector, nullptr);

    std::vector<std::pair<QString, Job>> jobs;
    jobs.emplace_back("video scan", [&](const fakelens::CancelToken& cancel) {
        fakelens::VideoScanner scanner(video.toStdString(), detector, &faces);
        scanner.advance(0, {}, {}, cancel);
    });
    for (const std::string& method : request.methods)
        jobs.emplace_back("explain " + QString::fromStdString(method), [&, method](const fakelens::CancelToken& cancel) {
            fakelens::ExplainRequest single = request;
            single.methods = {method};
            fakelens::explainFace(detector, face, single, {}, cancel);
        });
    jobs.emplace_back("evaluate", [&](const fakelens::CancelToken& cancel) {
        fakelens::EvaluationSettings settings;
        settings.explainer = request.settings;
        fakelens::evaluateFace(detector, face, {first, first + "_adv"}, settings, {}, cancel);
    });
    jobs.emplace_back("report analysis", [&](const fakelens::CancelToken& cancel) {
        fakelens::ReportJob job;
        job.evidencePath = video;
        job.explain = request;
        job.explain.methods = {first, first + "_adv"};
        fakelens::buildReportInput(job, detector, &faces, {}, cancel);
    });
    if (!quick.evidencePath.isEmpty())
        jobs.emplace_back("report pdf", [&](const fakelens::CancelToken& cancel) {
            fakelens::writeReportPdf(reportInput, QDir(scratch.path()).filePath("report.pdf"), {}, cancel);
        });

    // Each job cancelled early and later on, so that every stage of it gets a chance (the PDF of
    // a small report takes about 100 ms in all).
    const std::vector<int> delays = {150, 1500};
    const std::vector<int> pdfDelays = {10, 40};
    QJsonArray rows;
    QStringList lines{QStringLiteral("%1 %2 %3").arg("job", -20).arg("cancel after", 13).arg("stopped in")};
    double worst = 0;
    for (const auto& [name, job] : jobs) {
        for (int delay : name == "report pdf" ? pdfDelays : delays) {
            const Stop stop = measureStop(job, delay);
            QJsonObject row;
            row["job"] = name;
            row["cancel_after_ms"] = delay;
            row["outcome"] = stop.outcome;
            if (stop.latencyMs >= 0)
                row["latency_ms"] = stop.latencyMs;
            rows.append(row);
            worst = std::max(worst, stop.latencyMs);
            lines << QStringLiteral("%1 %2 %3")
                         .arg(name, -20)
                         .arg(QStringLiteral("%1 ms").arg(delay), 13)
                         .arg(stop.latencyMs >= 0 ? QStringLiteral("%1 ms").arg(stop.latencyMs, 0, 'f', 1) : stop.outcome);
        }
    }
    lines << QStringLiteral("worst: %1 ms (goal: 200 ms)").arg(worst, 0, 'f', 1);
    if (parser.isSet("json")) {
        QJsonObject root;
        root["cancel_latency"] = rows;
        root["worst_latency_ms"] = worst;
        root["device"] = QString::fromStdString(detector.deviceName());
        printLine(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        printLine(lines.join('\n'));
    }
    return kOk;
}

int benchLongRun(const QCommandLineParser& parser, fakelens::Detector& detector, const fakelens::ExplainRequest& request,
                 const cv::Mat& face, int explanations) {
    // Small sample counts: the point is many calls through every code path, not statistics.
    fakelens::ExplainRequest small = request;
    small.settings = fakelens::scaledToSamples(small.settings, 32);
    small.nes.maxIterations = 2;
    const std::vector<std::string> methods = request.methods;
    const int warmUp = std::max(1, explanations / 10);

    QElapsedTimer timer;
    timer.start();
    double rssAfterWarmUp = 0, rssMax = 0;
    QJsonArray samples; // resident memory every 10 % of the run
    for (int i = 0; i < explanations; ++i) {
        fakelens::ExplainRequest one = small;
        one.methods = {methods[size_t(i) % methods.size()]};
        one.seed = std::uint64_t(i); // fresh randomness each time, as a real session has
        fakelens::explainFace(detector, face, one);
        const double rss = currentResidentMegabytes();
        if (i + 1 == warmUp)
            rssAfterWarmUp = rss;
        if (i + 1 >= warmUp)
            rssMax = std::max(rssMax, rss);
        if ((i + 1) % std::max(1, explanations / 10) == 0)
            samples.append(QJsonArray{i + 1, rss});
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double rssEnd = currentResidentMegabytes();
    const double growth = rssAfterWarmUp > 0 ? (rssMax - rssAfterWarmUp) / rssAfterWarmUp : 0;
    if (parser.isSet("json")) {
        QJsonObject root;
        root["explanations"] = explanations;
        root["warm_up"] = warmUp;
        root["seconds"] = seconds;
        root["rss_after_warm_up_mb"] = rssAfterWarmUp;
        root["rss_max_mb"] = rssMax;
        root["rss_end_mb"] = rssEnd;
        root["growth"] = growth;
        root["rss_samples"] = samples;
        printLine(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        printLine(QStringLiteral("%1 explanations in %2 s; resident memory %3 MB after %4 (warm-up), at most %5 MB "
                                 "after, %6 MB at the end: growth %7 % (goal: under 10 %)")
                      .arg(explanations)
                      .arg(seconds, 0, 'f', 1)
                      .arg(rssAfterWarmUp, 0, 'f', 1)
                      .arg(warmUp)
                      .arg(rssMax, 0, 'f', 1)
                      .arg(rssEnd, 0, 'f', 1)
                      .arg(growth * 100, 0, 'f', 1));
    }
    return kOk;
}

} // namespace cli
