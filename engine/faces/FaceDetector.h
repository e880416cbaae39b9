#pragma once

#include "faces/DetectedFace.h"

#include <opencv2/core/mat.hpp>

#include <memory>
#include <string>
#include <vector>

namespace fakelens {

// Settings of FaceDetector. The defaults were tuned on ../shared/samples (see the comments in
// FaceDetector.cpp for the measurements behind each value).
struct FaceDetectorOptions {
    // Times the (downscaled) frame is doubled before the HOG scan; HOG's window is 80 px, so
    // each doubling halves the smallest face found (~40 px at 1, ~20 px at 2).
    int upsample = 1;
    // Larger frames are detected on a copy whose longer side is this (boxes and landmarks are
    // mapped back); keeps a 1920x1080 frame at ~0.15 s instead of ~0.6 s. 0 = never downscale.
    int maxDetectionSide = 1000;
    // Images whose smaller side (after the downscale above) is under this get one more
    // upsampling: face crops (208-342 px) and 640x360 video. 0 = off.
    int smallImageSide = 400;
    // Detections scoring below this (dlib confidence, 0 = dlib's own threshold) are dropped.
    double minConfidence = 0.0;
    // Drop weak detections whose landmarks do not behave like a face (stability + geometry).
    bool landmarkSanityCheck = true;
    // At or above this confidence the stability test is skipped: no false face in the samples
    // scored above 0.32.
    double strongConfidence = 0.8;
    // Largest landmark drift (see DetectedFace::landmarkDrift) accepted for a weak detection.
    double maxLandmarkDrift = 0.45;
    std::string landmarkModelPath = "/usr/share/dlib/shape_predictor_68_face_landmarks.dat";
};

// dlib's HOG frontal face detector with its 68-point shape predictor. Both are loaded once per
// instance, each on a thread of its own that the constructor starts (the landmark model is
// ~100 MB): the first call that needs one waits for it. detect() may be called from several
// threads; calls are serialised inside (dlib's scanner keeps per-call state).
// Throws Error(InvalidArgument) unless `box` is a usable face box drawn on a frame of `frame`
// size: finite, at least kMinDrawnSide pixels a side, and at least half of it inside the frame
// (a detector's box may reach past the edge, so a box drawn at the same place must be accepted).
constexpr float kMinDrawnSide = 8.f;
void checkDrawnBox(const cv::Rect2f& box, const cv::Size& frame);

class FaceDetector {
public:
    // Throws Error(FileNotFound) when the landmark model is missing, Error(InvalidArgument) for
    // nonsensical options. A landmark model that cannot be read is Error(ModelInvalid), thrown
    // by waitUntilLoaded() and by every call that needs landmarks.
    explicit FaceDetector(const FaceDetectorOptions& options = {});
    ~FaceDetector();
    FaceDetector(const FaceDetector&) = delete;
    FaceDetector& operator=(const FaceDetector&) = delete;

    const FaceDetectorOptions& options() const;
    // Blocks until the landmark model is loaded; throws its Error(ModelInvalid), if any.
    void waitUntilLoaded() const;

    // Faces in a CV_8UC3 RGB frame, sorted left to right (by box x). Throws
    // Error(InvalidArgument) for an empty image or another pixel type.
    std::vector<DetectedFace> detect(const cv::Mat& rgb) const;

    // Re-fits the 68 landmarks inside `box` (frame pixels) of a CV_8UC1 grey frame, with the
    // contrast normalisation detect() uses, at the frame's own scale; ~1 ms per face. For
    // trackers that follow a face between detections (faces/FaceTracker). Empty when the box
    // lies outside the frame. No lock: the shape predictor is read-only, so calls may overlap.
    std::vector<cv::Point2f> fitLandmarks(const cv::Mat& gray, const cv::Rect2f& box) const;

    // A face the examiner drew (frame pixels, checked with checkDrawnBox()): its landmarks are
    // fitted exactly as detect() fits a detection's, on the same scanned image, so a box drawn
    // where detect() put one gives that face's landmarks, crop and P(fake). The box is kept as
    // drawn, origin = Examiner, confidence 0. Throws Error(InvalidArgument) for a bad box.
    DetectedFace fitDrawnFace(const cv::Mat& rgb, const cv::Rect2f& box) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace fakelens
