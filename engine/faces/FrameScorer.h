#pragma once

#include "faces/DetectedFace.h"
#include "faces/FaceCropper.h"
#include "models/ModelCard.h"

#include <opencv2/core/mat.hpp>

#include <vector>

namespace fakelens {

class Detector;
class FaceDetector;

// One face of a frame with the detector's answer.
struct ScoredFace {
    DetectedFace face;      // box and landmarks in frame coordinates
    FaceCrop crop;          // what the detector saw
    double fakeProbability = 0.0;
    FaceCall call = FaceCall::Real; // ModelCard::call, the word shown for the face
    bool fake() const { return call == FaceCall::Fake; } // the call, as a yes/no
    bool tooSmall = false;          // ModelCard::tooSmallToJudge: left out of the verdict by default
};

// Finds the faces of a frame, crops each with the model card's policy and scores all crops in
// one batch. With `faceDetector` null the whole frame is taken as one face (--no-detect).
// `drawnBoxes` (frame pixels) are faces the examiner drew: they follow the detected faces, in
// the order given, each fitted with FaceDetector::fitDrawnFace() and cropped and scored in the
// same batch as the others. Drawn boxes need the landmark model: with `faceDetector` null they
// throw Error(InvalidArgument), as does a bad box (checkDrawnBox()).
std::vector<ScoredFace> scoreFrame(const cv::Mat& rgb, Detector& detector, const FaceDetector* faceDetector,
                                   const std::vector<cv::Rect2f>& drawnBoxes = {});

// Crops the given faces of a frame with the model card's policy and scores them in one batch,
// as scoreFrame does after detection: for faces found elsewhere, e.g. the ones a video scan
// detected or tracked on this frame, so the frame shows the scan's faces and scores.
std::vector<ScoredFace> scoreFaces(const cv::Mat& rgb, Detector& detector, const std::vector<DetectedFace>& faces);

} // namespace fakelens
