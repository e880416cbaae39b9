#include "session/FrameAnalysis.h"

#include "ImageConversion.h"
#include "faces/FaceTracker.h"
#include "faces/FrameScorer.h"
#include "faces/TrackMatching.h"

namespace fakelens::ui {

std::vector<ScoredFace> scoreFrameWithDrawnFaces(const cv::Mat& rgb, Detector& detector, const FaceDetector* faces,
                                                 const std::vector<cv::Rect2f>& drawnBoxes,
                                                 const std::vector<cv::Rect2f>& followedBoxes) {
    std::vector<cv::Rect2f> boxes = drawnBoxes;
    boxes.insert(boxes.end(), followedBoxes.begin(), followedBoxes.end());
    std::vector<ScoredFace> scored = scoreFrame(rgb, detector, faces, boxes);
    // scoreFrame gives the followed boxes last: a detection that continues one takes its place.
    const size_t firstFollowed = scored.size() - followedBoxes.size();
    const double continues = TrackerOptions().matchIoU;
    for (size_t i = scored.size(); i-- > firstFollowed;) {
        for (size_t j = 0; j < firstFollowed; ++j)
            if (scored[j].face.origin == FaceOrigin::Detector && boxIoU(scored[j].face.box, scored[i].face.box) >= continues) {
                scored[j].face.origin = FaceOrigin::Examiner;
                scored.erase(scored.begin() + std::ptrdiff_t(i));
                break;
            }
    }
    return scored;
}

namespace {

std::vector<AnalysedFace> toAnalysedFaces(const std::vector<ScoredFace>& scored, bool wholeFrame) {
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
        face.call = s.call;
        face.tooSmall = s.tooSmall;
        face.crop = s.crop.image.clone();
        face.thumbnail = toQImage(face.crop);
        face.detected = s.face;
        face.wholeFrame = wholeFrame;
        result.push_back(std::move(face));
    }
    return result;
}

} // namespace

std::vector<AnalysedFace> analyseFaces(const cv::Mat& rgb, Detector& detector, const FaceDetector* faces,
                                       const std::vector<cv::Rect2f>& drawnBoxes,
                                       const std::vector<cv::Rect2f>& followedBoxes) {
    // scoreFrame's rule: no face detector, the whole frame is the face.
    return toAnalysedFaces(scoreFrameWithDrawnFaces(rgb, detector, faces, drawnBoxes, followedBoxes), faces == nullptr);
}

std::vector<AnalysedFace> analyseScannedFaces(const cv::Mat& rgb, Detector& detector,
                                              const std::vector<DetectedFace>& scanned) {
    return toAnalysedFaces(scoreFaces(rgb, detector, scanned), false);
}

} // namespace fakelens::ui
