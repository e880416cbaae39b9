#include "faces/FrameScorer.h"

#include "faces/FaceDetector.h"
#include "models/Detector.h"

namespace fakelens {

std::vector<ScoredFace> scoreFrame(const cv::Mat& rgb, Detector& detector, const FaceDetector* faceDetector) {
    std::vector<ScoredFace> faces;
    if (faceDetector) {
        for (const DetectedFace& face : faceDetector->detect(rgb)) {
            ScoredFace scored;
            scored.face = face;
            scored.crop = cropFace(rgb, face, detector.card());
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
        faces[i].fake = faces[i].call == FaceCall::Fake;
        faces[i].tooSmall = detector.card().tooSmallToJudge(faceBoxSide(faces[i].face.box));
    }
    return faces;
}

} // namespace fakelens
