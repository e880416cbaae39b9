#include "CliSupport.h"
#include "Commands.h"

#include "core/Version.h"
#include "faces/FaceDetector.h"
#include "faces/FrameScorer.h"
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
    face["verdict"] = f.fake ? "fake" : "real";
    return face;
}

QString faceLine(const fakelens::ScoredFace& f, int index) {
    return QStringLiteral("  face %1  box %2,%3 %4x%5  P(fake) %6  %7")
        .arg(index + 1)
        .arg(qRound(f.face.box.x))
        .arg(qRound(f.face.box.y))
        .arg(qRound(f.face.box.width))
        .arg(qRound(f.face.box.height))
        .arg(double(f.fakeProbability), 0, 'f', 4)
        .arg(f.fake ? "FAKE" : "real");
}

struct InputResult {
    QJsonObject json;
    QStringList text;
};

InputResult detectImage(const QString& path, fakelens::Detector& detector, const fakelens::FaceDetector* faces) {
    const fakelens::LoadedImage image = fakelens::loadImage(path.toStdString());
    const auto scored = fakelens::scoreFrame(image.rgb, detector, faces);
    InputResult r;
    r.json["path"] = path;
    r.json["type"] = "image";
    r.json["width"] = image.rgb.cols;
    r.json["height"] = image.rgb.rows;
    QJsonArray list;
    for (size_t i = 0; i < scored.size(); ++i) {
        list.append(faceToJson(scored[i], 0, 0, int(i)));
        r.text << faceLine(scored[i], int(i));
    }
    r.json["faces"] = list;
    r.text.prepend(scored.empty() ? path + ": no face found"
                                  : QStringLiteral("%1: %2 face(s)").arg(path).arg(scored.size()));
    return r;
}

InputResult detectVideo(const QString& path, fakelens::Detector& detector, const fakelens::FaceDetector* faces,
                        const FrameRange& range) {
    fakelens::VideoReader video(path.toStdString());
    const fakelens::VideoInfo& info = video.info();
    InputResult r;
    QJsonArray list;
    QJsonArray analysed;
    int decoded = 0;
    if (!video.seek(range.start))
        throw fakelens::Error(fakelens::ErrorCode::VideoUnreadable, path.toStdString(),
                              "the video ends before frame " + std::to_string(range.start));
    cv::Mat frame;
    for (int index = range.start; range.end < 0 || index < range.end; ++index) {
        if (!video.read(frame))
            break;
        ++decoded;
        if (!range.contains(index))
            continue;
        analysed.append(index);
        const auto scored = fakelens::scoreFrame(frame, detector, faces);
        for (size_t i = 0; i < scored.size(); ++i) {
            list.append(faceToJson(scored[i], index, info.fps, int(i)));
            r.text << QStringLiteral("  frame %1:").arg(index) + faceLine(scored[i], int(i));
        }
    }
    if (decoded == 0)
        throw fakelens::Error(fakelens::ErrorCode::VideoUnreadable, path.toStdString(),
                              "no frame could be decoded (corrupt or truncated video)");
    r.json["path"] = path;
    r.json["type"] = "video";
    r.json["width"] = info.width;
    r.json["height"] = info.height;
    r.json["fps"] = info.fps;
    r.json["reported_frame_count"] = info.reportedFrameCount;
    r.json["frames_analysed"] = analysed;
    r.json["faces"] = list;
    r.text.prepend(QStringLiteral("%1: %2 frame(s) analysed, %3 face detection(s)")
                       .arg(path)
                       .arg(analysed.size())
                       .arg(list.size()));
    return r;
}

} // namespace

int runDetect(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription("Find the faces in images and videos and score each with the detector.");
    parser.addHelpOption();
    parser.addPositionalArgument("PATH", "Images or videos.", "PATH...");
    addModelOptions(parser);
    parser.addOption({"no-detect", "Take each image whole as one face (for face crops)."});
    parser.addOption({"frames", "Video frames START:END:STEP (END exclusive; default all).", "RANGE"});
    parser.addOption({"upsample", "Face detector upsampling (default 1).", "N", "1"});
    parser.addOption({"json", "Print one JSON document on stdout (see README)."});
    if (!parseOrExplain(parser, arguments))
        return kUsage;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        printError("detect: no input given (fakelens-cli detect PATH...)");
        return kUsage;
    }

    FrameRange range;
    std::unique_ptr<fakelens::Detector> detector;
    std::unique_ptr<fakelens::FaceDetector> faceDetector;
    try {
        if (parser.isSet("frames"))
            range = parseFrameRange(parser.value("frames"));
        detector = loadDetectorFromOptions(parser);
        if (!parser.isSet("no-detect")) {
            fakelens::FaceDetectorOptions options;
            options.upsample = parser.value("upsample").toInt();
            faceDetector = std::make_unique<fakelens::FaceDetector>(options);
        }
    } catch (const fakelens::Error& e) {
        printError(e);
        return e.code() == fakelens::ErrorCode::InvalidArgument ? kUsage : kModelFailed;
    }

    QJsonArray inputs;
    QStringList text;
    int failures = 0;
    for (const QString& path : paths) {
        try {
            const InputResult r = fakelens::looksLikeVideo(path.toStdString())
                                      ? detectVideo(path, *detector, faceDetector.get(), range)
                                      : detectImage(path, *detector, faceDetector.get());
            inputs.append(r.json);
            text << r.text;
        } catch (const fakelens::Error& e) {
            printError(e);
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
