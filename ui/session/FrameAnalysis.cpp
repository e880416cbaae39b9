#include "session/FrameAnalysis.h"

#include "ImageConversion.h"
#include "faces/FrameScorer.h"

namespace fakelens::ui {

std::vector<AnalysedFace> analyseFaces(const cv::Mat& rgb, Detector& detector, const FaceDetector* faces,
                                       const std::vector<cv::Rect2f>& drawnBoxes) {
    const std::vector<ScoredFace> scored = scoreFrame(rgb, detector, faces, drawnBoxes);
    std::vector<AnalysedFace> result;
    result.reserve(scored.size());
    for (const ScoredFace& s : scored) {
        AnalysedFace face;
        face.id = int(result.size()) + 1;
        face.box = QRectF(s.face.box.x, s.face.box.y, s.face.box.width, s.face.box.height);
        for (const cv::Point2f& corner : s.crop.cornersInFrame)
            face.cropOutline << QPointF(corner.x, corner.y);
        face.detectionConfidence = s.face.confidence;
        face.fakeProbability = s.fakeProbability;
        face.fake = s.fake;
        face.call = s.call;
        face.tooSmall = s.tooSmall;
        face.crop = s.crop.image.clone();
        face.thumbnail = toQImage(face.crop);
        face.detected = s.face;
        face.wholeFrame = faces == nullptr; // scoreFrame's rule: no face detector, the whole frame
        result.push_back(std::move(face));
    }
    return result;
}

} // namespace fakelens::ui
