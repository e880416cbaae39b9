#include "case/AnalysisSources.h"

#include "core/Error.h"
#include "faces/FrameScorer.h"
#include "faces/RobustnessTest.h"
#include "media/ImageLoader.h"
#include "media/VideoReader.h"
#include "models/Detector.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace fakelens {

EvidenceInfo describeEvidence(const QString& path, ProgressReporter progress, CancelToken cancel) {
    EvidenceInfo evidence;
    const QFileInfo info(path);
    evidence.path = info.absoluteFilePath();
    // Media first: a file that is neither image nor video fails before a long hash.
    const std::string file = evidence.path.toStdString();
    evidence.isVideo = looksLikeVideo(file);
    progress.report(0.0, "open");
    if (evidence.isVideo) {
        VideoReader video(file);
        const VideoInfo& v = video.info();
        evidence.width = v.width;
        evidence.height = v.height;
        evidence.fps = v.fps;
        evidence.reportedFrameCount = v.reportedFrameCount;
        evidence.durationSeconds = v.durationSeconds();
        evidence.format = info.suffix().toUpper();
    } else {
        const LoadedImage image = loadImage(file);
        evidence.width = image.rgb.cols;
        evidence.height = image.rgb.rows;
        evidence.format = QString::fromLatin1(imageFormatName(image.format));
    }
    cancel.throwIfCancelled();
    evidence.metadata = readEvidenceMetadata(evidence.path, evidence.isVideo);
    evidence.sizeBytes = info.size();
    evidence.sha256 = sha256OfFile(evidence.path, progress.sub(0.05, 1.0), cancel);
    return evidence;
}

ModelInfo describeModel(const Detector& detector, CancelToken cancel) {
    ModelInfo model;
    model.card = detector.card();
    model.device = QString::fromStdString(detector.deviceName());
    model.path = QString::fromStdString(detector.modelPath());
    // An ensemble's hashes follow its files' order, joined by " + " as its path is.
    QStringList hashes;
    for (const std::string& file : detector.modelFiles()) {
        const QString path = QString::fromStdString(file);
        if (!QFileInfo(path).isFile())
            return model; // a model not from a file: the report says "not available"
        try {
            hashes << sha256OfFile(path, {}, cancel);
        } catch (const CancelledError&) {
            throw;
        } catch (const Error&) {
            return model; // the report says "not available" rather than failing
        }
    }
    model.sha256 = hashes.join(QStringLiteral(" + "));
    return model;
}

ReportFace makeReportFace(const cv::Mat& frameRgb, const ScoredFace& face, int frame, double fps,
                          int faceIndex, bool wholeImage, int maxFrameSide) {
    ReportFace r;
    r.frame = frame;
    r.timeSeconds = fps > 0 ? frame / fps : -1.0;
    r.faceIndex = faceIndex;
    r.face = face.face;
    r.wholeImage = wholeImage;
    r.cropCorners = face.crop.cornersInFrame;
    r.crop = face.crop.image.clone();
    r.fakeProbability = face.fakeProbability;
    r.fake = face.fake();
    const int side = std::max(frameRgb.cols, frameRgb.rows);
    if (maxFrameSide > 0 && side > maxFrameSide) {
        r.frameScale = double(maxFrameSide) / side;
        cv::resize(frameRgb, r.frameImage, cv::Size(), r.frameScale, r.frameScale, cv::INTER_AREA);
    } else {
        r.frameImage = frameRgb.clone();
    }
    return r;
}

ExplainReport explainReportFrom(const FaceEvaluation& evaluation) {
    ExplainReport report;
    report.segments = evaluation.segments;
    report.image = evaluation.image;
    report.explanations = evaluation.explanations;
    report.adversarial = evaluation.adversarialSample;
    report.fakeProbability = evaluation.fakeProbability;
    return report;
}

void addRobustness(ReportFace& face, const cv::Mat& frameRgb, Detector& detector, const CancelToken& cancel) {
    RobustnessSubject subject;
    subject.frameRgb = frameRgb;
    subject.face = face.face;
    subject.wholeFrame = face.wholeImage;
    subject.originalFakeProbability = face.fakeProbability;
    face.robustness = testRobustness(subject, detector, {}, cancel);
}

} // namespace fakelens
