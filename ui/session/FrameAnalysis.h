#pragma once

#include "faces/DetectedFace.h"
#include "faces/FrameScorer.h"
#include "models/ModelCard.h"

#include <QImage>
#include <QPolygonF>
#include <QRectF>

#include <opencv2/core/mat.hpp>

#include <vector>

namespace fakelens {
class Detector;
class FaceDetector;
}

namespace fakelens::ui {

// One scored face of the shown frame, ready for display.
struct AnalysedFace {
    int id = 0;                     // 1-based, in the engine's order (left to right)
    QRectF box;                     // frame pixels
    QPolygonF cropOutline;          // where the detector's crop lies in the frame
    double detectionConfidence = 0;
    double fakeProbability = 0;
    FaceCall call = FaceCall::Real; // ModelCard::call: the word shown
    bool fake() const { return call == FaceCall::Fake; } // the call, as a yes/no
    bool tooSmall = false;          // ModelCard::tooSmallToJudge: left out of the verdict by default
    cv::Mat crop;                   // CV_8UC3 RGB at the model's input size: what gets explained
    QImage thumbnail;               // the same crop, for the face list
    DetectedFace detected;          // the engine's face (box, landmarks, origin): what re-crops start from
    bool wholeFrame = false;        // scored as the whole frame (face detection off)
};

// The shown frame and its faces. `faces` is empty until detection has run (`scored`).
struct FrameAnalysis {
    int frameIndex = 0;
    QImage frame;
    bool scored = false;
    std::vector<AnalysedFace> faces;
};

// The engine's scoreFrame with the examiner's faces: `drawnBoxes` (frame pixels) after the
// detected faces (origin Examiner). `followedBoxes` are where the timeline's scan followed a
// drawn face on this frame (DrawnFaces::followedOn): scored as drawn faces, unless a detection
// overlaps one as the tracker matches a detection to a track (TrackerOptions::matchIoU); then
// it is that detection, marked as the examiner's face, as the scan has it. For the shown frame
// and for the report's frames alike.
std::vector<ScoredFace> scoreFrameWithDrawnFaces(const cv::Mat& rgb, Detector& detector, const FaceDetector* faces,
                                                 const std::vector<cv::Rect2f>& drawnBoxes,
                                                 const std::vector<cv::Rect2f>& followedBoxes);

// Runs on an engine job: detects (or, with a null face detector, takes the whole frame) and
// scores the faces of `rgb` with scoreFrameWithDrawnFaces().
std::vector<AnalysedFace> analyseFaces(const cv::Mat& rgb, Detector& detector, const FaceDetector* faces,
                                       const std::vector<cv::Rect2f>& drawnBoxes = {},
                                       const std::vector<cv::Rect2f>& followedBoxes = {});

// Runs on an engine job: the faces a video scan found or followed on this frame
// (TimelinePoint::detectedFaces), cropped and scored as the scan scored them (scoreFaces), so
// the shown frame gives each face the P(fake) its timeline shows. A fresh detection would not:
// between detections the scan's face is the tracker's re-fit, not what the detector finds.
std::vector<AnalysedFace> analyseScannedFaces(const cv::Mat& rgb, Detector& detector,
                                              const std::vector<DetectedFace>& scanned);

} // namespace fakelens::ui
