#pragma once

#include <opencv2/core/types.hpp>

#include <vector>

namespace fakelens {

// The few face reference points the cropper and the detector's sanity check need, computed
// from 68 dlib landmarks with the same point groups as the face_recognition package that
// MesoNet's own pipeline.py used (so that our MesoNet crop is the one it was trained on):
//   eyes  = mean of 36-41 and of 42-47 ("left_eye", "right_eye"),
//   mouth = mean of the "top_lip" and "bottom_lip" centroids (12 points each, overlapping),
//   nose  = mean of the "nose_bridge" (27-30) and "nose_tip" (31-35) centroids.
struct FaceGeometry {
    cv::Point2f leftEye;  // image left, i.e. the subject's right eye (36-41)
    cv::Point2f rightEye; // image right (42-47)
    cv::Point2f eyeMid;
    cv::Point2f mouth;
    cv::Point2f nose;

    // Throws Error(InvalidArgument) unless there are exactly 68 landmarks.
    static FaceGeometry fromLandmarks(const std::vector<cv::Point2f>& landmarks);

    double eyeDistance() const;      // between the two eye centres
    double eyeMouthDistance() const; // from the eye midpoint to the mouth centre
};

} // namespace fakelens
