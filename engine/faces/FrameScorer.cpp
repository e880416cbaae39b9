#include "faces/FrameScorer.h"

#include "core/Error.h"
#include "faces/FaceDetector.h"
#include "models/Detector.h"

namespace fakelens {

namespace {

// Scores the crops of `faces` in one detector batch and fills in each face's answer.
void scoreCropsOf(std::vector<ScoredFace>& faces, Detector& detector) {
    if (faces.empty())
        return;
    std::vector<cv::Mat> crops;
    crops.reserve(faces.size());
    for (const ScoredFace& f : faces)
        crops.push_back(f.crop.image);
    const std::vector<double> scores = detector.scoreCrops(crops);
    for (size_t i = 0; i < faces.size(); ++i) {
        faces[i].fakeProbability = scores[i];
        faces[i].call = detector.card().call(scores[i]);
        faces[i].tooSmall = detector.card().tooSmallToJudge(faceBoxSide(faces[i].face.box));
    }
}

} // namespace

std::vector<ScoredFace> scoreFrame(const cv::Mat& rgb, Detector& detector, const FaceDetector* faceDetector,
                                   const std::vector<cv::Rect2f>& drawnBoxes) {
    if (!drawnBoxes.empty() && !faceDetector)
        throw Error(ErrorCode::InvalidArgument, "face box",
                    "a drawn face box needs face detection's landmark model (not with --no-detect)");
    for (const cv::Rect2f& box : drawnBoxes) // every box checked before any work
        checkDrawnBox(box, rgb.size());
    if (faceDetector) {
        std::vector<DetectedFace> found = faceDetector->detect(rgb);
        for (const cv::Rect2f& box : drawnBoxes)
            found.push_back(faceDetector->fitDrawnFace(rgb, box));
        return scoreFaces(rgb, detector, found);
    }
    ScoredFace whole;
    whole.face.box = cv::Rect2f(0.f, 0.f, float(rgb.cols), float(rgb.rows));
    whole.face.confidence = 0.0;
    whole.crop = wholeImageCrop(rgb, detector.card());
    std::vector<ScoredFace> faces;
    faces.push_back(std::move(whole));
    scoreCropsOf(faces, detector);
    return faces;
}

std::vector<ScoredFace> scoreFaces(const cv::Mat& rgb, Detector& detector, const std::vector<DetectedFace>& found) {
    std::vector<ScoredFace> faces;
    faces.reserve(found.size());
    for (const DetectedFace& face : found) {
        ScoredFace scored;
        scored.face = face;
        scored.crop = cropFace(rgb, face, detector.card());
        faces.push_back(std::move(scored));
    }
    scoreCropsOf(faces, detector);
    return faces;
}

} // namespace fakelens
