// `fakelens-cli bench`: how close each explanation method comes to the detector's own speed
// limit on this machine, and how it compares with the paper's Python code.
#include "CliSupport.h"
#include "Commands.h"
#include "ExplainOptions.h"

#include "core/DataPaths.h"
#include "core/SeededRng.h"
#include "core/Version.h"
#include "explain/ExplanationRunner.h"
#include "media/ImageLoader.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sys/resource.h>

#include <map>

namespace cli {

namespace {

// The paper's own Python code on a 2-core CPU machine, Meso4_DF, df00204.jpg (shared/README.md).
const std::map<std::string, double> kPaperSeconds = {
    {"LIME", 16.6}, {"LIME_adv", 46.1}, {"RISE", 12.9}, {"RISE_adv", 53.9}, {"SOBOL", 13.9}, {"SOBOL_adv", 44.2}};

double peakResidentMegabytes() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

QString defaultBenchImage() {
    for (const std::string& dir : fakelens::dataDirectories()) {
        const QString candidate = QString::fromStdString(dir) + "/samples/faces/fake/df00204.jpg";
        if (QFileInfo::exists(candidate))
            return candidate;
    }
    return {};
}

struct Throughput {
    int batch;
    double imagesPerSecond;
};

// Forward speed for batch sizes 1..64 on random images: each size runs for at least 0.5 s
// after one warm-up call.
std::vector<Throughput> measureThroughput(fakelens::Detector& detector) {
    const auto& card = detector.card();
    fakelens::ImageBatch batch(64, card.inputHeight, card.inputWidth);
    fakelens::SeededRng rng(1);
    for (float& v : batch.pixels)
        v = float(rng.uniform());
    std::vector<Throughput> results;
    for (int size : {1, 2, 4, 8, 16, 32, 64}) {
        detector.fakeProbabilities(batch.pixels.data(), size);
        QElapsedTimer timer;
        timer.start();
        long long images = 0;
        while (timer.nsecsElapsed() < 500'000'000LL) {
            detector.fakeProbabilities(batch.pixels.data(), size);
            images += size;
        }
        results.push_back({size, images / (timer.nsecsElapsed() / 1e9)});
    }
    return results;
}

} // namespace

int runBench(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription("Measure the detector's best forward throughput, then each explanation "
                                     "method's time against the bound that throughput sets.");
    parser.addHelpOption();
    addModelOptions(parser);
    addExplainOptions(parser);
    parser.addOption({"image", "Face crop to explain (default: the installed df00204.jpg).", "FILE"});
    parser.addOption({"json", "Print one JSON document on stdout."});
    if (!parseOrExplain(parser, arguments))
        return kUsage;

    fakelens::ExplainRequest request;
    std::unique_ptr<fakelens::Detector> detector;
    try {
        request = requestFromOptions(parser);
        detector = loadDetectorFromOptions(parser);
    } catch (const fakelens::Error& e) {
        printError(e);
        return e.code() == fakelens::ErrorCode::InvalidArgument ? kUsage : kModelFailed;
    }
    const QString imagePath = parser.isSet("image") ? parser.value("image") : defaultBenchImage();
    if (imagePath.isEmpty()) {
        printError("bench: no --image given and no installed sample found (run packaging/setup.sh)");
        return kUsage;
    }

    try {
        const fakelens::LoadedImage image = fakelens::loadImage(imagePath.toStdString());
        const std::vector<Throughput> throughput = measureThroughput(*detector);
        double best = 0;
        int bestBatch = 1;
        for (const Throughput& t : throughput)
            if (t.imagesPerSecond > best) {
                best = t.imagesPerSecond;
                bestBatch = t.batch;
            }

        QJsonArray methodsJson;
        QStringList lines;
        lines << QStringLiteral("model %1 on %2; best forward %3 images/s (batch %4)")
                     .arg(QString::fromStdString(detector->card().name), QString::fromStdString(detector->deviceName()))
                     .arg(best, 0, 'f', 0)
                     .arg(bestBatch);
        lines << QStringLiteral("%1 %2 %3 %4 %5 %6").arg("method", -10).arg("seconds", 9).arg("inferences", 11)
                     .arg("ratio", 7).arg("paper s", 8).arg("speed-up", 9);
        for (const std::string& method : request.methods) {
            fakelens::ExplainRequest single = request;
            single.methods = {method};
            // No cache: an _adv method pays for its own NES sample, as in the paper's timings.
            QElapsedTimer timer;
            timer.start();
            const fakelens::ExplainReport report = fakelens::explainFace(*detector, image.rgb, single);
            const double seconds = timer.nsecsElapsed() / 1e9;
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
            const auto paper = kPaperSeconds.find(method);
            if (paper != kPaperSeconds.end()) {
                m["paper_seconds"] = paper->second;
                m["speedup_vs_paper"] = paper->second / seconds;
            }
            methodsJson.append(m);
            lines << QStringLiteral("%1 %2 %3 %4 %5 %6")
                         .arg(QString::fromStdString(method), -10)
                         .arg(seconds, 9, 'f', 2)
                         .arg(inferences, 11)
                         .arg(seconds / bound, 7, 'f', 2)
                         .arg(paper != kPaperSeconds.end() ? QString::number(paper->second, 'f', 1) : "-", 8)
                         .arg(paper != kPaperSeconds.end() ? QString::number(paper->second / seconds, 'f', 1) + "x"
                                                           : "-",
                              9);
        }
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
            root["methods"] = methodsJson;
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
