#include "faces/FrameScorer.h"

#include "core/Error.h"
#include "faces/FaceDetector.h"
#include "models/Detector.h"

namespace fakelens {

std::vector<ScoredFace> scoreFrame(const cv::Mat& rgb, Detector& detector, const FaceDetector* faceDetector,
                                   const std::vector<cv::Rect2f>& drawnBoxes) {
    if (!drawnBoxes.empty() && !faceDetector)
        throw Error(ErrorCode::InvalidArgument, "face box",
                    "a drawn face box needs face detection's landmark model (not with --no-detect)");
    for (const cv::Rect2f& box : drawnBoxes) // every box checked before any work
        checkDrawnBox(box, rgb.size());
    std::vector<ScoredFace> faces;
    if (faceDetector) {
        for (const DetectedFace& face : faceDetector->detect(rgb)) {
            ScoredFace scored;
            scored.face = face;
            scored.crop = cropFace(rgb, face, detector.card());
            faces.push_back(std::move(scored));
        }
        for (const cv::Rect2f& box : drawnBoxes) {
            ScoredFace scored;
            scored.face = faceDetector->fitDrawnFace(rgb, box);
            scored.crop = cropFace(rgb, scored.face, detector.card());
            faces.push_back(std::move(scored));
        }
    } else {
        ScoredFace whole;
        whole.face.box = cv::Rect2f(0.f, 0.f, float(rgb.cols), float(rgb.rows));
        whole.face.confidence = 0.0;
        whole.crop = wholeImageCrop(rgb, detector.card());
        faces.push_back(std::move(whole));
    }
    if (faces.empty())
        return faces;

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
    return faces;
}

} // namespace fakelens
