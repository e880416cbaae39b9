#include "BenchVideo.h"

#include "CliSupport.h"

#include "core/Version.h"
#include "faces/FaceDetector.h"
#include "faces/VideoScanner.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <sys/resource.h>

#include <algorithm>
#include <fstream>

namespace cli {

double peakResidentMegabytes() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

QString loadAverage() {
    std::ifstream file("/proc/loadavg");
    std::string one, five, fifteen;
    file >> one >> five >> fifteen;
    return QString::fromStdString(one + " " + five + " " + fifteen);
}

int benchVideo(const QCommandLineParser& parser, fakelens::Detector& detector) {
    fakelens::VideoScanOptions options;
    fakelens::FaceDetectorOptions faceOptions;
    bool okEvery = false, okBatch = false;
    options.detectEvery = parser.value("detect-every").toInt(&okEvery);
    options.batchSize = parser.value("batch").toInt(&okBatch);
    try {
        if (!okEvery || options.detectEvery < 1 || !okBatch || options.batchSize < 1)
            throw fakelens::Error(fakelens::ErrorCode::InvalidArgument, "bench",
                                  "--detect-every and --batch must be numbers >= 1");
        // The detector itself is made below, where its load is timed.
        faceOptions = faceDetectorOptionsFromOptions(parser);
        if (parser.isSet("frames")) {
            const FrameRange range = parseFrameRange(parser.value("frames"));
            options.start = range.start;
            options.end = range.end;
            options.step = range.step;
        }
    } catch (const fakelens::Error& e) {
        printError(e);
        return kUsage;
    }
    const QString path = parser.value("video");
    try {
        QElapsedTimer setup;
        setup.start();
        const fakelens::FaceDetector faces(faceOptions);
        faces.waitUntilLoaded(); // its models load in the background: timed here, not in the scan
        const double setupSeconds = setup.nsecsElapsed() / 1e9;
        const double rssBefore = currentResidentMegabytes();

        QElapsedTimer timer;
        timer.start();
        fakelens::VideoScanner scanner(path.toStdString(), detector, &faces, options);
        // Chunks of 50 frames: the resident memory is sampled between them.
        double rssEarly = -1, rssMax = 0;
        while (scanner.advance(50)) {
            const double rss = currentResidentMegabytes();
            if (rssEarly < 0)
                rssEarly = rss;
            rssMax = std::max(rssMax, rss);
        }
        const double seconds = timer.nsecsElapsed() / 1e9;
        const double rssEnd = currentResidentMegabytes();
        if (rssEarly < 0)
            rssEarly = rssEnd;
        rssMax = std::max(rssMax, rssEnd);

        const fakelens::ScanTimings& t = scanner.timings();
        const int frames = t.framesAnalysed;
        const double fps = frames / seconds;
        const double other = std::max(0.0, seconds - t.decode - t.detect - t.track - t.crop - t.score);
        const std::vector<std::pair<QString, double>> stages = {
            {"decode", t.decode}, {"detect", t.detect}, {"track", t.track}, {"crop", t.crop}, {"score", t.score},
            {"other", other}};
        const fakelens::VideoVerdict verdict = scanner.verdict();

        if (parser.isSet("json")) {
            QJsonObject stageJson;
            for (const auto& [name, s] : stages)
                stageJson[name] = QJsonObject{{"seconds", s}, {"ms_per_frame", frames ? 1000 * s / frames : 0.0}};
            QJsonObject root;
            root["fakelens_version"] = fakelens::kVersion;
            root["model"] = QString::fromStdString(detector.card().name);
            root["device"] = QString::fromStdString(detector.deviceName());
            root["video"] = path;
            root["width"] = scanner.info().width;
            root["height"] = scanner.info().height;
            root["frames_analysed"] = frames;
            root["detect_every"] = options.detectEvery;
            root["upsample"] = faceOptions.upsample;
            root["batch"] = options.batchSize;
            root["detection_rounds"] = t.detectionRounds;
            root["crops"] = double(t.crops);
            root["tracks"] = int(scanner.tracks().size());
            root["seconds"] = seconds;
            root["frames_per_second"] = fps;
            root["stages"] = stageJson;
            root["face_detector_load_seconds"] = setupSeconds;
            root["rss_mb_before_scan"] = rssBefore;
            root["rss_mb_early"] = rssEarly;
            root["rss_mb_end"] = rssEnd;
            root["rss_mb_max"] = rssMax;
            root["peak_rss_mb"] = peakResidentMegabytes();
            root["load_average"] = loadAverage();
            root["video_fake_score"] = verdict.framesWithFaces > 0 ? QJsonValue(verdict.fakeScore) : QJsonValue();
            printLine(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)).trimmed());
            return kOk;
        }
        printLine(QStringLiteral("video %1: %2x%3, %4 frame(s) analysed; model %5 on %6")
                      .arg(path)
                      .arg(scanner.info().width)
                      .arg(scanner.info().height)
                      .arg(frames)
                      .arg(QString::fromStdString(detector.card().name), QString::fromStdString(detector.deviceName())));
        printLine(QStringLiteral("detect every %1 frame(s) (upsample %2): %3 detection round(s), %4 crop(s) in batches "
                                 "of %5, %6 track(s)")
                      .arg(options.detectEvery)
                      .arg(faceOptions.upsample)
                      .arg(t.detectionRounds)
                      .arg(t.crops)
                      .arg(options.batchSize)
                      .arg(scanner.tracks().size()));
        printLine(QStringLiteral("end to end: %1 frames/s (%2 s)").arg(fps, 0, 'f', 1).arg(seconds, 0, 'f', 2));
        printLine(QStringLiteral("%1 %2 %3 %4").arg("stage", -8).arg("seconds", 9).arg("ms/frame", 9).arg("share", 7));
        for (const auto& [name, s] : stages)
            printLine(QStringLiteral("%1 %2 %3 %4%")
                          .arg(name, -8)
                          .arg(s, 9, 'f', 2)
                          .arg(frames ? 1000 * s / frames : 0.0, 9, 'f', 2)
                          .arg(100 * s / seconds, 6, 'f', 1));
        printLine(QStringLiteral("resident memory %1 MB after the first chunk, %2 MB at most between chunks, %3 MB "
                                 "at the end (peak %4 MB)")
                      .arg(rssEarly, 0, 'f', 0)
                      .arg(rssMax, 0, 'f', 0)
                      .arg(rssEnd, 0, 'f', 0)
                      .arg(peakResidentMegabytes(), 0, 'f', 0));
        printLine(QStringLiteral("load average %1 (other processes share the cores)").arg(loadAverage()));
        if (verdict.framesWithFaces > 0)
            printLine(QStringLiteral("video P(fake) %1").arg(verdict.fakeScore, 0, 'f', 4));
    } catch (const fakelens::Error& e) {
        printError(e);
        return kInputFailed;
    }
    return kOk;
}

} // namespace cli
