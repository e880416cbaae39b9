// `fakelens-cli temporal`: explain one face track of a video over a window of frames and report
// each method's inter-frame consistency (Pino et al. 2021), so investigators can see which
// explanations hold steady from frame to frame.
#include "CliSupport.h"
#include "Commands.h"
#include "ExplainOptions.h"
#include "ImageWriter.h"

#include "core/EvidenceFolder.h"
#include "core/Version.h"
#include "explain/HeatmapRenderer.h"
#include "explain/TemporalExplanation.h"
#include "faces/FaceDetector.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace cli {

namespace {

QJsonValue numberOrNull(double v) { return std::isnan(v) ? QJsonValue() : QJsonValue(v); }

} // namespace

int runTemporal(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Explain one face track of a video over a window of frames and report each "
                 "method's inter-frame consistency: the mean Pearson correlation of the saliency "
                 "maps of consecutive explained frames (Pino et al. 2021), 1 = steady."));
    parser.addHelpOption();
    parser.addPositionalArgument("VIDEO", Text::tr("The video."));
    addModelOptions(parser);
    addExplainOptions(parser);
    parser.addOption(
        {"track",
         Text::tr("Track ID, as `detect` prints it with the same --frames and --detect-every."),
         "ID", "1"});
    parser.addOption({"window",
                      Text::tr("Frames to explain, START:END:STEP (END exclusive; required)."),
                      "RANGE"});
    parser.addOption({"frames",
                      Text::tr("The scan that numbered the tracks: START:END:STEP (default all)."),
                      "RANGE"});
    parser.addOption({"detect-every",
                      Text::tr("Face detection every Nth analysed frame of that scan (default 1)."),
                      "N", "1"});
    parser.addOption(
        {"max-missed",
         Text::tr("Detection rounds a track may miss (default 0 with --detect-every 1, else 2)."),
         "N"});
    parser.addOption({"upsample", Text::tr("Face detector upsampling (default 1)."), "N", "1"});
    parser.addOption(
        {"same-seed",
         Text::tr("Use --seed on every frame (default: a seed per frame derived from it, so a "
                  "method's sampling noise counts as instability).")});
    parser.addOption(
        {"out", Text::tr("Folder for each frame's heatmap and overlay PNGs (created; never in the evidence's "
                         "folder)."), "DIR"});
    parser.addOption({"json", Text::tr("Print one JSON document on stdout.")});
    if (!parseOrExplain(parser, arguments))
        return kUsage;
    if (parser.positionalArguments().size() != 1) {
        printError(Text::tr("temporal: give exactly one VIDEO"));
        return kUsage;
    }
    const QString path = parser.positionalArguments().first();

    fakelens::TemporalRequest request;
    std::unique_ptr<fakelens::Detector> detector;
    std::unique_ptr<fakelens::FaceDetector> faces;
    try {
        request.explain = requestFromOptions(parser);
        if (parser.isSet("out"))
            fakelens::checkOutsideEvidenceFolder(parser.value("out"), fakelens::evidenceFolderOf(path));
        if (!parser.isSet("window"))
            throw fakelens::Error(fakelens::ErrorCode::InvalidArgument, "--window", "is required (e.g. 100:116)");
        const FrameRange window = parseFrameRange(parser.value("window"));
        request.windowStart = window.start;
        request.windowEnd = window.end;
        request.windowStep = window.step;
        if (parser.isSet("frames")) {
            const FrameRange scan = parseFrameRange(parser.value("frames"));
            request.scan.start = scan.start;
            request.scan.end = scan.end;
            request.scan.step = scan.step;
        } else {
            request.scan.start = 0;
        }
        bool ok = false;
        request.trackId = parser.value("track").toInt(&ok);
        if (!ok || request.trackId < 1)
            throw fakelens::Error(fakelens::ErrorCode::InvalidArgument, "--track", "must be a track ID >= 1");
        request.scan.detectEvery = parser.value("detect-every").toInt(&ok);
        if (!ok || request.scan.detectEvery < 1)
            throw fakelens::Error(fakelens::ErrorCode::InvalidArgument, "--detect-every", "must be a number >= 1");
        // The same defaults as `detect`, so the IDs it printed mean the same faces here.
        request.scan.tracker.maxMissedDetections = request.scan.detectEvery == 1 ? 0 : 2;
        if (parser.isSet("max-missed")) {
            request.scan.tracker.maxMissedDetections = parser.value("max-missed").toInt(&ok);
            if (!ok || request.scan.tracker.maxMissedDetections < 0)
                throw fakelens::Error(fakelens::ErrorCode::InvalidArgument, "--max-missed", "must be a number >= 0");
        }
        request.sameSeedEveryFrame = parser.isSet("same-seed");
        // First: its landmark model loads on a thread of its own while the detector loads.
        faces = faceDetectorFromOptions(parser);
        detector = loadDetectorFromOptions(parser);
    } catch (const fakelens::Error& e) {
        printError(e);
        return e.code() == fakelens::ErrorCode::InvalidArgument ? kUsage : kModelFailed;
    }

    QDir outDir;
    const bool writeImages = parser.isSet("out");
    if (writeImages) {
        outDir = QDir(parser.value("out"));
        if (!outDir.mkpath(".")) {
            printError(Text::tr("%1: cannot create the output folder").arg(parser.value("out")));
            return kInputFailed;
        }
    }

    QJsonArray framesJson;
    fakelens::TemporalReport report;
    try {
        report = fakelens::explainTrack(
            path.toStdString(), *detector, *faces, request,
            [&](const fakelens::TemporalFrame& frame, const fakelens::ExplainReport& explained) {
                QJsonObject f;
                f["frame"] = frame.frame;
                f["fake_probability"] = frame.fakeProbability;
                f["tracked"] = !frame.detected;
                f["segments"] = frame.segments;
                if (writeImages) {
                    QJsonObject images;
                    for (const fakelens::Explanation& e : explained.explanations) {
                        const QString base = QStringLiteral("track%1_frame%2_%3")
                                                 .arg(request.trackId)
                                                 .arg(frame.frame, 6, 10, QChar('0'))
                                                 .arg(QString::fromStdString(e.method));
                        const QString overlay = outDir.filePath(base + "_overlay.png");
                        writePngAtomically(fakelens::renderHeatmapOverlay(e.saliencyDisplay, explained.image), overlay);
                        images[QString::fromStdString(e.method)] = overlay;
                    }
                    f["overlays"] = images;
                }
                framesJson.append(f);
            });
    } catch (const fakelens::CancelledError&) {
        return kCancelled;
    } catch (const fakelens::Error& e) {
        printError(e);
        return e.code() == fakelens::ErrorCode::InvalidArgument ? kUsage : kInputFailed;
    }

    if (parser.isSet("json")) {
        QJsonArray methods;
        for (const fakelens::MethodConsistency& m : report.methods) {
            QJsonArray pairs;
            for (size_t i = 0; i < m.pairCorrelations.size(); ++i) {
                const int next = i + 1 < report.frames.size() ? report.frames[i + 1].frame : -1;
                pairs.append(QJsonObject{{"frames", QJsonArray{m.pairFrames[i], next}},
                                         {"pcc", numberOrNull(m.pairCorrelations[i])}});
            }
            methods.append(QJsonObject{{"method", QString::fromStdString(m.method)},
                                       {"inter_frame_consistency", numberOrNull(m.consistency)},
                                       {"pairs", pairs},
                                       {"seconds", m.seconds},
                                       {"inferences", double(m.inferences)}});
        }
        QJsonObject root;
        root["fakelens_version"] = fakelens::kVersion;
        root["path"] = path;
        root["model"] = QString::fromStdString(detector->card().name);
        root["device"] = QString::fromStdString(detector->deviceName());
        root["track"] = report.trackId;
        root["window"] = QJsonObject{{"start", request.windowStart}, {"end", request.windowEnd}, {"step", request.windowStep}};
        root["scan"] = QJsonObject{{"start", request.scan.start}, {"end", request.scan.end}, {"step", request.scan.step},
                                   {"detect_every", request.scan.detectEvery}};
        root["seed"] = QString::number(request.explain.seed);
        root["same_seed_every_frame"] = request.sameSeedEveryFrame;
        root["frames"] = framesJson;
        root["window_frames_without_track"] = report.windowFramesWithoutTrack;
        root["methods"] = methods;
        root["consistency_definition"] = "mean Pearson correlation of the raw saliency maps of consecutive explained "
                                         "frames (Pino et al. 2021, eq. 2-3), in aligned crop coordinates";
        printLine(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)).trimmed());
        return kOk;
    }
    printLine(QStringLiteral("%1: track %2, %3 frame(s) explained (%4 to %5), %6 window frame(s) without the track")
                  .arg(path)
                  .arg(report.trackId)
                  .arg(report.frames.size())
                  .arg(report.frames.front().frame)
                  .arg(report.frames.back().frame)
                  .arg(report.windowFramesWithoutTrack));
    printLine(QStringLiteral("%1 %2 %3 %4").arg("method", -10).arg("consistency", 12).arg("pairs", 6).arg("seconds", 9));
    for (const fakelens::MethodConsistency& m : report.methods)
        printLine(QStringLiteral("%1 %2 %3 %4")
                      .arg(QString::fromStdString(m.method), -10)
                      .arg(std::isnan(m.consistency) ? QStringLiteral("-") : QString::number(m.consistency, 'f', 3), 12)
                      .arg(m.pairCorrelations.size(), 6)
                      .arg(m.seconds, 9, 'f', 2));
    return kOk;
}

} // namespace cli
