// `fakelens-cli bench`: how close each explanation method comes to the detector's own speed
// limit on this machine, and how it compares with the paper's Python code.
#include "CliSupport.h"
#include "Commands.h"
#include "BenchColdRun.h"
#include "BenchReliability.h"
#include "BenchUserJobs.h"
#include "BenchVideo.h"
#include "ExplainOptions.h"

#include "core/DataPaths.h"
#include "core/OpenMpPolicy.h"
#include "core/SeededRng.h"
#include "core/Version.h"
#include "explain/ExplainerRegistry.h"
#include "explain/ExplanationRunner.h"
#include "media/ImageLoader.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <map>

namespace cli {

namespace {

// The paper's code's time for a method ("LIME_adv"), as its descriptor records it; 0 = none.
double paperSeconds(const std::string& method) {
    const fakelens::MethodName name = fakelens::parseMethodName(method);
    const fakelens::MethodDescriptor& d = fakelens::methodDescriptor(name.base);
    return name.adversarial ? d.paperAdversarialSeconds : d.paperSeconds;
}


struct Throughput {
    int batch;
    double imagesPerSecond;
};

// Forward speed for batch sizes 1..64 on random images, best of two rounds of at least 1 s per
// size after three warm-up calls. A cold CPU (frequency still ramping up after idle) ran the
// first size measured at less than half its speed here, so two seconds of warm-up come first.
std::vector<Throughput> measureThroughput(fakelens::Detector& detector) {
    const auto& card = detector.card();
    fakelens::ImageBatch batch(64, card.inputHeight, card.inputWidth);
    fakelens::SeededRng rng(1);
    for (float& v : batch.pixels)
        v = float(rng.uniform());
    const auto imagesPerSecond = [&](int size, long long nanoseconds) {
        detector.setBatchSize(size); // one forward pass of `size` images per call
        // TorchScript specialises its graph on the first calls with a new shape: not measured.
        for (int warmUp = 0; warmUp < 3; ++warmUp)
            detector.fakeProbabilities(batch.pixels.data(), size);
        QElapsedTimer timer;
        timer.start();
        long long images = 0;
        while (timer.nsecsElapsed() < nanoseconds) {
            detector.fakeProbabilities(batch.pixels.data(), size);
            images += size;
        }
        return images / (timer.nsecsElapsed() / 1e9);
    };
    imagesPerSecond(4, 2'000'000'000LL);
    const std::vector<int> sizes = {1, 2, 4, 8, 16, 32, 64};
    std::vector<Throughput> results;
    for (int size : sizes)
        results.push_back({size, 0.0});
    for (int round = 0; round < 2; ++round)
        for (Throughput& t : results)
            t.imagesPerSecond = std::max(t.imagesPerSecond, imagesPerSecond(t.batch, 1'000'000'000LL));
    return results;
}


} // namespace

int runBench(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Measure the detector's best forward throughput, then each explanation "
                 "method's time against the bound that throughput sets."));
    parser.addHelpOption();
    addModelOptions(parser);
    addExplainOptions(parser);
    parser.addOption(
        {"image", Text::tr("Face crop to explain (default: the installed df00204.jpg)."), "FILE"});
    parser.addOption(
        {"video",
         Text::tr("Instead of the explanations: frames per second of the video path on FILE "
                  "(decode, detect/track, crop, score)."),
         "FILE"});
    parser.addOption(
        {"frames", Text::tr("With --video: frames START:END:STEP (default all)."), "RANGE"});
    parser.addOption({"detect-every",
                      Text::tr("With --video: face detection every Nth frame (default 10)."), "N",
                      "10"});
    parser.addOption(
        {"upsample", Text::tr("With --video: face detector upsampling (default 1)."), "N", "1"});
    parser.addOption(
        {"batch", Text::tr("With --video: crops per detector call (default 32)."), "N", "32"});
    parser.addOption({"rounds", Text::tr("Runs of each method; the fastest counts (default 2)."), "N", "2"});
    parser.addOption({"cancel-latency",
                      Text::tr("Instead of the explanations: how long each long job (video scan, each "
                               "method, evaluate, report) takes to stop after a cancel.")});
    parser.addOption({"long-run",
                      Text::tr("Instead of the explanations: N consecutive small explanations in one "
                               "process, with the resident memory growth after warm-up."),
                      "N"});
    parser.addOption({"no-cold", Text::tr("Skip the cold runs (each method as a fresh explain process).")});
    addUserJobOptions(parser);
    parser.addOption({"json", Text::tr("Print one JSON document on stdout.")});
    if (!parseOrExplain(parser, arguments))
        return kUsage;

    fakelens::ExplainRequest request;
    std::unique_ptr<fakelens::Detector> detector;
    try {
        request = requestFromOptions(parser);
        detector = loadDetectorFromOptions(parser);
        // Each method on its own row: "all" as this detector can run it.
        request.methods = fakelens::expandMethodNames(request.methods, detector->supportsGradients());
    } catch (const fakelens::Error& e) {
        printError(e);
        return e.code() == fakelens::ErrorCode::InvalidArgument ? kUsage : kModelFailed;
    }
    if (parser.isSet("video") && !parser.isSet("cancel-latency"))
        return benchVideo(parser, *detector);
    const QString imagePath = parser.isSet("image")
                                   ? parser.value("image")
                                   : QString::fromStdString(fakelens::findInstalledFile("samples/faces/fake/df00204.jpg"));
    if (imagePath.isEmpty()) {
        printError(Text::tr(
            "bench: no --image given and no installed sample found (run packaging/setup.sh)"));
        return kUsage;
    }

    try {
        const int rounds = intOption(parser, "rounds", 1, 100);
        const fakelens::LoadedImage image = fakelens::loadImage(imagePath.toStdString());
        if (parser.isSet("cancel-latency"))
            return benchCancelLatency(parser, *detector, request, image.rgb);
        if (parser.isSet("long-run"))
            return benchLongRun(parser, *detector, request, image.rgb, intOption(parser, "long-run", 1, 1000000));
        const std::vector<Throughput> throughput = measureThroughput(*detector);
        double best = 0;
        int bestBatch = 1;
        for (const Throughput& t : throughput)
            if (t.imagesPerSecond > best) {
                best = t.imagesPerSecond;
                bestBatch = t.batch;
            }
        // The methods run at the best forward batch, so their ratio is against that bound.
        detector->setBatchSize(bestBatch);

        QJsonArray methodsJson;
        QStringList lines;
        lines << QStringLiteral("model %1 on %2; best forward %3 images/s (batch %4)")
                     .arg(QString::fromStdString(detector->card().name), QString::fromStdString(detector->deviceName()))
                     .arg(best, 0, 'f', 0)
                     .arg(bestBatch);
        // Cold: a fresh `explain` process per method, as a user runs it (BenchColdRun.h).
        const bool cold = !parser.isSet("no-cold");
        lines << QStringLiteral("%1 %2 %3 %4%5 %6 %7").arg("method", -10).arg("seconds", 9).arg("inferences", 11)
                     .arg("ratio", 7).arg(cold ? QStringLiteral(" %1 %2").arg("cold s", 8).arg("cold ratio", 10) : "")
                     .arg("paper s", 8).arg("speed-up", 9);
        for (const std::string& method : request.methods) {
            fakelens::ExplainRequest single = request;
            single.methods = {method};
            // No cache: an _adv method pays for its own NES sample, as in the paper's timings.
            // The fastest of `rounds` runs (the same result each time: seeded), as the
            // throughput bound is the fastest of its rounds: both sides measured alike, so a
            // moment of other load on the machine moves neither.
            fakelens::ExplainReport report;
            double seconds = 0;
            for (int round = 0; round < rounds; ++round) {
                QElapsedTimer timer;
                timer.start();
                report = fakelens::explainFace(*detector, image.rgb, single);
                const double elapsed = timer.nsecsElapsed() / 1e9;
                seconds = round == 0 ? elapsed : std::min(seconds, elapsed);
            }
            long long inferences = report.explanations.front().inferences;
            if (report.adversarial)
                inferences += report.adversarial->inferences;
            const double bound = inferences / best;
            QJsonObject m;
            m["method"] = QString::fromStdString(method);
            m["seconds"] = seconds;
            m["inferences"] = double(inferences);
            m["ratio_to_bound"] = seconds / bound;
            if (report.adversarial) {
                m["nes_seconds"] = report.adversarial->seconds;
                m["nes_inferences"] = double(report.adversarial->inferences);
            }
            const ColdRun coldRun =
                cold ? runColdExplain(parser, imagePath, {QString::fromStdString(method)}, rounds) : ColdRun{};
            if (cold)
                addColdFields(coldRun, best, m);
            const double paper = paperSeconds(method);
            if (paper > 0) {
                m["paper_seconds"] = paper;
                m["speedup_vs_paper"] = paper / seconds;
            }
            methodsJson.append(m);
            lines << QStringLiteral("%1 %2 %3 %4%5 %6 %7")
                         .arg(QString::fromStdString(method), -10)
                         .arg(seconds, 9, 'f', 2)
                         .arg(inferences, 11)
                         .arg(seconds / bound, 7, 'f', 2)
                         .arg(cold ? " " + coldColumns(coldRun, best) : QString())
                         .arg(paper > 0 ? QString::number(paper, 'f', 1) : "-", 8)
                         .arg(paper > 0 ? QString::number(paper / seconds, 'f', 1) + "x" : "-", 9);
        }
        // All the methods in one fresh process, as `explain --method all` runs them (one NES
        // sample shared by the _adv forms), against the bound of all its inferences.
        QStringList methods;
        for (const std::string& method : request.methods)
            methods << QString::fromStdString(method);
        QJsonObject coldAll;
        if (cold && request.methods.size() > 1) {
            const ColdRun all = runColdExplain(parser, imagePath, methods, rounds);
            coldAll["methods"] = QJsonArray::fromStringList(methods);
            addColdFields(all, best, coldAll);
            const bool everyMethod = request.methods == fakelens::allMethodNames(detector->supportsGradients());
            lines << QStringLiteral("%1 %2 %3 %4 %5").arg(everyMethod ? "all" : "together", -10).arg("-", 9)
                         .arg(all.ok ? QString::number(all.inferences) : "-", 11).arg("-", 7)
                         .arg(coldColumns(all, best));
        }
        QJsonArray jobsJson;
        if (parser.isSet("jobs"))
            benchUserJobs(parser, imagePath, methods, best, lines, jobsJson);
        const double peak = peakResidentMegabytes();
        lines << QStringLiteral("peak resident memory %1 MB").arg(peak, 0, 'f', 0);

        if (parser.isSet("json")) {
            QJsonObject root;
            root["fakelens_version"] = fakelens::kVersion;
            root["model"] = QString::fromStdString(detector->card().name);
            root["device"] = QString::fromStdString(detector->deviceName());
            root["image"] = imagePath;
            QJsonArray tp;
            for (const Throughput& t : throughput)
                tp.append(QJsonObject{{"batch", t.batch}, {"images_per_second", t.imagesPerSecond}});
            root["throughput"] = tp;
            root["best_images_per_second"] = best;
            root["omp_wait_policy"] = QString::fromLatin1(fakelens::openMpWaitPolicyAtStart());
            root["methods"] = methodsJson;
            if (!coldAll.isEmpty())
                root["cold_all"] = coldAll;
            if (parser.isSet("jobs"))
                root["jobs"] = jobsJson;
            root["peak_rss_mb"] = peak;
            printLine(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)).trimmed());
        } else {
            for (const QString& l : lines)
                printLine(l);
        }
    } catch (const fakelens::Error& e) {
        printError(e);
        return kInputFailed;
    }
    return kOk;
}

} // namespace cli
