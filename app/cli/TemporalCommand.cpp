// `fakelens-cli temporal`: explain one face track of a video over a window of frames and report
// each method's inter-frame consistency (Pino et al. 2021), so investigators can see which
// explanations hold steady from frame to frame.
#include "CliSupport.h"
#include "Commands.h"
#include "ExplainOptions.h"
#include "ImageWriter.h"
#include "VideoScanFlags.h"

#include "core/EvidenceFolder.h"
#include "core/Version.h"
#include "explain/ExplainerRegistry.h"
#include "explain/HeatmapRenderer.h"
#include "explain/TemporalExplanation.h"
#include "faces/FaceDetector.h"
#include "media/ImageLoader.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace cli {

namespace {

QJsonValue numberOrNull(double v) { return std::isnan(v) ? QJsonValue() : QJsonValue(v); }

bool hasAdversarialMethod(const fakelens::TemporalReport& report) {
    for (const fakelens::MethodConsistency& m : report.methods)
        if (fakelens::parseMethodName(m.method).adversarial)
            return true;
    return false;
}

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
    addTrackingOptions(parser);
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
    if (QFileInfo(path).isFile() && !fakelens::looksLikeVideo(path.toStdString())) {
        printError(Text::tr("temporal: %1 is not a video; explain an image with `fakelens-cli explain`").arg(path));
        return kUsage;
    }

    fakelens::TemporalRequest request;
    std::unique_ptr<fakelens::Detector> detector;
    std::unique_ptr<fakelens::FaceDetector> faces;
    try {
        request.explain = requestFromOptions(parser);
        if (parser.isSet("out"))
            fakelens::checkOutsideEvidenceFolder(parser.value("out"), fakelens::evidenceFolderOf(path));
        if (!parser.isSet("window"))
            throw fakelens::Error(fakelens::ErrorCode::InvalidArgument, "--window", "is required (e.g. 100:116)");
        const FrameRange window = parseFrameRange(parser.value("window"), "--window");
        request.windowStart = window.start;
        request.windowEnd = window.end;
        request.windowStep = window.step;
        // The scan `detect` runs with the same options, so the IDs it printed mean the same faces here.
        request.scan = videoScanFromOptions(parser, parser.value("frames"));
        bool ok = false;
        request.trackId = parser.value("track").toInt(&ok);
        if (!ok || request.trackId < 1)
            throw fakelens::Error(fakelens::ErrorCode::InvalidArgument, "--track", "must be a track ID >= 1");
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
            for (size_t i = 0; i < m.pairCorrelations.size(); ++i)
                pairs.append(QJsonObject{{"frames", QJsonArray{m.pairFrames[i], m.pairSecondFrames[i]}},
                                         {"pcc", numberOrNull(m.pairCorrelations[i])}});
            methods.append(QJsonObject{{"method", QString::fromStdString(m.method)},
                                       {"frames_explained", m.framesExplained},
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
        QJsonArray calledReal;
        for (int frame : report.framesCalledReal)
            calledReal.append(frame);
        root["frames_called_real"] = calledReal;
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
    if (!report.framesCalledReal.empty() && hasAdversarialMethod(report))
        printLine(Text::tr("%n window frame(s) where the track is called real: the _adv methods skip them (they explain "
                           "only a face called fake) and pair no frames across them.",
                           nullptr, int(report.framesCalledReal.size())));
    printLine(QStringLiteral("%1 %2 %3 %4 %5")
                  .arg("method", -10)
                  .arg("frames", 6)
                  .arg("consistency", 12)
                  .arg("pairs", 6)
                  .arg("seconds", 9));
    for (const fakelens::MethodConsistency& m : report.methods)
        printLine(QStringLiteral("%1 %2 %3 %4 %5")
                      .arg(QString::fromStdString(m.method), -10)
                      .arg(m.framesExplained, 6)
                      .arg(std::isnan(m.consistency) ? QStringLiteral("-") : QString::number(m.consistency, 'f', 3), 12)
                      .arg(m.pairCorrelations.size(), 6)
                      .arg(m.seconds, 9, 'f', 2));
    return kOk;
}

} // namespace cli
