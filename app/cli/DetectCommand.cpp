#include "CliSupport.h"
#include "FaceBoxOption.h"
#include "VideoScanFlags.h"
#include "RobustnessOutput.h"
#include "Commands.h"

#include "core/Version.h"
#include "faces/FaceDetector.h"
#include "faces/FrameScorer.h"
#include "faces/RobustnessTest.h"
#include "faces/VideoScanner.h"
#include "media/ImageLoader.h"
#include "media/VideoReader.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cli {

namespace {

QJsonObject faceToJson(const fakelens::ScoredFace& f, int frame, double fps, int index) {
    QJsonObject face;
    face["frame"] = frame;
    if (fps > 0)
        face["time"] = frame / fps;
    face["face"] = index;
    face["box"] = QJsonArray{qRound(f.face.box.x), qRound(f.face.box.y), qRound(f.face.box.width),
                             qRound(f.face.box.height)};
    face["detection_confidence"] = f.face.confidence;
    face["fake_probability"] = double(f.fakeProbability);
    face["verdict"] = fakelens::faceCallName(f.call);
    face["too_small"] = f.tooSmall;
    face["origin"] = fakelens::faceOriginName(f.face.origin); // "examiner": a box drawn by hand
    return face;
}

// A verdict word as the text output prints it: FAKE in capitals, so that it stands out.
QString callWord(fakelens::FaceCall call) {
    const QString word = QString::fromLatin1(fakelens::faceCallName(call));
    return call == fakelens::FaceCall::Fake ? word.toUpper() : word;
}

// The face's word, and why it may not count.
QString faceWord(const fakelens::ScoredFace& f) {
    return callWord(f.call) + (f.tooSmall ? QStringLiteral(" (too small to judge)") : QString()) +
           (f.face.origin == fakelens::FaceOrigin::Examiner ? QStringLiteral("  drawn by the examiner") : QString());
}

QString faceLine(const fakelens::ScoredFace& f, int index) {
    return QStringLiteral("  face %1  box %2,%3 %4x%5  P(fake) %6  %7")
        .arg(index + 1)
        .arg(qRound(f.face.box.x))
        .arg(qRound(f.face.box.y))
        .arg(qRound(f.face.box.width))
        .arg(qRound(f.face.box.height))
        .arg(double(f.fakeProbability), 0, 'f', 4)
        .arg(faceWord(f));
}

struct InputResult {
    QJsonObject json;
    QStringList text;
};

InputResult detectImage(const QString& path, fakelens::Detector& detector, const fakelens::FaceDetector* faces,
                        bool includeSmallFaces, bool robustness, const std::vector<cv::Rect2f>& drawnBoxes) {
    const fakelens::LoadedImage image = fakelens::loadImage(path.toStdString());
    const auto scored = fakelens::scoreFrame(image.rgb, detector, faces, drawnBoxes);
    InputResult r;
    r.json["path"] = path;
    r.json["type"] = "image";
    r.json["width"] = image.rgb.cols;
    r.json["height"] = image.rgb.rows;
    QJsonArray list;
    for (size_t i = 0; i < scored.size(); ++i) {
        QJsonObject face = faceToJson(scored[i], 0, 0, int(i));
        r.text << faceLine(scored[i], int(i));
        if (robustness) {
            fakelens::RobustnessSubject subject;
            subject.frameRgb = image.rgb;
            subject.face = scored[i].face;
            subject.wholeFrame = faces == nullptr; // --no-detect: scoreFrame took the whole image
            subject.originalFakeProbability = scored[i].fakeProbability;
            const fakelens::RobustnessResult result = fakelens::testRobustness(subject, detector);
            face["robustness"] = robustnessToJson(result);
            r.text << robustnessLine(result);
        }
        list.append(face);
    }
    r.json["faces"] = list;
    std::vector<fakelens::JudgedFace> judged;
    for (const fakelens::ScoredFace& f : scored)
        judged.push_back({f.fakeProbability, fakelens::faceBoxSide(f.face.box)});
    const fakelens::EvidenceVerdict verdict = fakelens::imageVerdict(judged, detector.card(), includeSmallFaces);
    addVerdictJson(r.json, verdict);
    r.text.prepend(scored.empty() ? path + ": no face found"
                                  : QStringLiteral("%1: %2 face(s)").arg(path).arg(scored.size()));
    if (!scored.empty())
        r.text << QStringLiteral("  image ") + verdictLine(verdict);
    return r;
}

// What the video path of detect needs beyond the scan (videoScanFromOptions()).
struct VideoSettings {
    int smoothing = 5;
    bool includeSmallFaces = false;
};

QJsonObject trackToJson(const fakelens::TrackTimeline& t, const fakelens::ModelCard& card, int smoothing) {
    QJsonArray frames, scores, smoothed;
    const std::vector<double> smooth = t.smoothedScores(smoothing);
    for (size_t i = 0; i < t.points().size(); ++i) {
        frames.append(t.points()[i].frame);
        scores.append(double(t.points()[i].fakeProbability));
        smoothed.append(smooth[i]);
    }
    const double score = t.fakeScore();
    QJsonObject o;
    o["id"] = t.id();
    o["first_frame"] = t.firstFrame();
    o["last_frame"] = t.lastFrame();
    o["frames"] = int(t.points().size());
    o["detections"] = t.detections();
    o["confirmed"] = t.confirmed();
    o["origin"] = fakelens::faceOriginName(t.origin());
    o["fake_score"] = score;
    o["verdict"] = fakelens::faceCallName(card.call(score));
    o["series"] = QJsonObject{{"frame", frames}, {"fake_probability", scores}, {"smoothed", smoothed}};
    return o;
}

InputResult detectVideo(const QString& path, fakelens::Detector& detector, const fakelens::FaceDetector* faces,
                        fakelens::VideoScanOptions options, const VideoSettings& settings,
                        const std::vector<fakelens::DrawnBox>& drawnFaces) {
    options.includeSmallFaces = settings.includeSmallFaces;
    options.drawnFaces = drawnFaces;
    fakelens::VideoScanner scanner(path.toStdString(), detector, faces, options);
    const fakelens::VideoInfo& info = scanner.info();
    InputResult r;
    QJsonArray list;
    scanner.advance(0, [&](const fakelens::ScannedFrame& frame) {
        for (size_t i = 0; i < frame.faces.size(); ++i) {
            const fakelens::ScannedFace& f = frame.faces[i];
            const fakelens::ScoredFace scored = f.scored();
            QJsonObject face = faceToJson(scored, frame.index, info.fps, int(i));
            face["track"] = f.trackId;
            face["tracked"] = !f.detected;
            list.append(face);
            r.text << QStringLiteral("  frame %1:").arg(frame.index) + faceLine(scored, int(i));
        }
    });
    QJsonArray analysed;
    for (int index : scanner.framesAnalysed())
        analysed.append(index);

    const fakelens::ModelCard& card = detector.card();
    const fakelens::VideoVerdict verdict = scanner.verdict();
    const fakelens::EvidenceVerdict evidence = fakelens::videoEvidenceVerdict(verdict);
    const bool scored = verdict.framesWithFaces > 0;
    QJsonArray tracks;
    for (const fakelens::TrackTimeline& t : scanner.tracks()) {
        tracks.append(trackToJson(t, card, settings.smoothing));
        r.text << QStringLiteral("  track %1%9: frames %2-%3, %4 face(s), %5 detection(s)%6, P(fake) %7  %8")
                      .arg(t.id())
                      .arg(t.firstFrame())
                      .arg(t.lastFrame())
                      .arg(t.points().size())
                      .arg(t.detections())
                      .arg(t.confirmed() ? "" : " (unconfirmed)")
                      .arg(t.fakeScore(), 0, 'f', 4)
                      .arg(callWord(card.call(t.fakeScore())))
                      .arg(t.origin() == fakelens::FaceOrigin::Examiner ? " (drawn by the examiner)" : "");
    }
    r.text << (scored ? QStringLiteral("  video ") + verdictLine(evidence)
                      : QStringLiteral("  video: no confirmed face, no verdict"));

    r.json["path"] = path;
    r.json["type"] = "video";
    r.json["width"] = info.width;
    r.json["height"] = info.height;
    r.json["fps"] = info.fps;
    r.json["reported_frame_count"] = info.reportedFrameCount;
    r.json["frames_analysed"] = analysed;
    r.json["faces"] = list;
    r.json["detect_every"] = options.detectEvery;
    r.json["smoothing_window"] = settings.smoothing;
    r.json["tracks"] = tracks;
    r.json["video_fake_score"] = scored ? QJsonValue(verdict.fakeScore) : QJsonValue();
    r.json["video_verdict"] = scored ? QJsonValue(QString::fromStdString(evidence.label())) : QJsonValue();
    r.json["video_score_rule"] = QString::fromStdString(verdict.ruleText);
    r.json["inconclusive_frames"] = verdict.inconclusiveFrames;
    r.json["inconclusive_faces"] = verdict.inconclusiveFaces;
    r.json["faces_counted"] = verdict.facesCounted;
    addVerdictJson(r.json, evidence);
    r.text.prepend(QStringLiteral("%1: %2 frame(s) analysed, %3 face(s) scored (detected or tracked)")
                       .arg(path)
                       .arg(analysed.size())
                       .arg(list.size()));
    return r;
}

} // namespace

int runDetect(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Find the faces in images and videos and score each with the detector."));
    parser.addHelpOption();
    parser.addPositionalArgument("PATH", Text::tr("Images or videos."), "PATH...");
    addModelOptions(parser);
    parser.addOption(
        {"no-detect", Text::tr("Take each image whole as one face (for face crops).")});
    parser.addOption(
        {"frames", Text::tr("Video frames START:END:STEP (END exclusive; default all)."), "RANGE"});
    parser.addOption({"upsample", Text::tr("Face detector upsampling (default 1)."), "N", "1"});
    addTrackingOptions(parser);
    parser.addOption(
        {"smooth",
         Text::tr("Videos: window (frames of a track) of the smoothed score series (default 5)."),
         "N", "5"});
    parser.addOption(
        {"robustness",
         Text::tr("Images: re-score each face after JPEG re-encoding (quality 90, 75, 50), "
                  "downscaling (0.75, 0.5) and a one-pixel shift, and say whether its verdict "
                  "holds (videos are scored without it).")});
    addIncludeSmallFacesOption(parser);
    addFaceBoxOption(parser);
    parser.addOption({"json", Text::tr("Print one JSON document on stdout (see README).")});
    if (!parseOrExplain(parser, arguments))
        return kUsage;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        printError(Text::tr("detect: no input given (fakelens-cli detect PATH...)"));
        return kUsage;
    }

    fakelens::VideoScanOptions scan;
    VideoSettings video;
    std::unique_ptr<fakelens::Detector> detector;
    std::unique_ptr<fakelens::FaceDetector> faceDetector;
    std::vector<fakelens::DrawnBox> drawnBoxes;
    try {
        drawnBoxes = faceBoxesFromOptions(parser);
        scan = videoScanFromOptions(parser, parser.value("frames"));
        bool ok = false;
        video.smoothing = parser.value("smooth").toInt(&ok);
        if (!ok || video.smoothing < 1)
            throw fakelens::Error(fakelens::ErrorCode::InvalidArgument, "--smooth", "must be a number >= 1");
        video.includeSmallFaces = parser.isSet("include-small-faces");
        // First: its landmark model loads on a thread of its own while the detector loads.
        faceDetector = faceDetectorFromOptions(parser);
        detector = loadDetectorFromOptions(parser);
    } catch (const fakelens::Error& e) {
        printError(e);
        return e.code() == fakelens::ErrorCode::InvalidArgument ? kUsage : kModelFailed;
    }

    QJsonArray inputs;
    QStringList text;
    int failures = 0;
    const bool robustness = parser.isSet("robustness");
    for (const QString& path : paths) {
        try {
            const bool isVideo = fakelens::looksLikeVideo(path.toStdString());
            // detect has no way to name one frame of a video, and nine re-scores of every face
            // of every frame would be a different command: the re-test is for images.
            if (isVideo && robustness)
                printError(Text::tr("detect: --robustness applies to images only; %1 is scored without it").arg(path));
            const InputResult r = isVideo ? detectVideo(path, *detector, faceDetector.get(), scan, video, drawnBoxes)
                                          : detectImage(path, *detector, faceDetector.get(), video.includeSmallFaces,
                                                        robustness, fakelens::drawnBoxesOnImage(drawnBoxes, path.toStdString()));
            inputs.append(r.json);
            text << r.text;
        } catch (const fakelens::Error& e) {
            printInputError(path, e);
            ++failures;
        }
    }
    // Nothing on stdout when every input failed: no partial document to mistake for a result.
    if (inputs.isEmpty())
        return kInputFailed;

    if (parser.isSet("json")) {
        QJsonObject model;
        model["path"] = QString::fromStdString(detector->modelPath());
        model["name"] = QString::fromStdString(detector->card().name);
        model["device"] = QString::fromStdString(detector->deviceName());
        model["threshold"] = detector->card().threshold;
        if (detector->card().hasInconclusiveBand)
            model["inconclusive"] = QJsonArray{detector->card().inconclusiveLow, detector->card().inconclusiveHigh};
        model["min_face_side"] = detector->card().minFaceSide();
        QJsonObject root;
        root["fakelens_version"] = fakelens::kVersion;
        root["model"] = model;
        root["inputs"] = inputs;
        root["failed_inputs"] = failures;
        printLine(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        text.prepend(QStringLiteral("model %1 (%2) on %3, fake when P(fake) >= %4")
                         .arg(QString::fromStdString(detector->card().name),
                              QString::fromStdString(detector->modelPath()),
                              QString::fromStdString(detector->deviceName()))
                         .arg(detector->card().threshold));
        for (const QString& line : text)
            printLine(line);
    }
    return failures > 0 ? kInputFailed : kOk;
}

} // namespace cli
