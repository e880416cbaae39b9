#pragma once

// Internal to faces/: used by FaceDetector.cpp only. dlib stays forward-declared here.

#include <opencv2/core/mat.hpp>

#include <vector>

namespace dlib {
class shape_predictor;
}

namespace fakelens {

// Fits dlib's 68 landmarks to one detection and judges whether they behave like a face.
// Works in the coordinates of the scanned (resized) image.
class LandmarkCheck {
public:
    // `scanGray` is the scanned image in grey levels; `box` the HOG detection in it. Fits the
    // landmarks at once, on a contrast-normalised patch around the box.
    LandmarkCheck(const dlib::shape_predictor& predictor, const cv::Mat& scanGray,
                  const cv::Rect& box);

    const std::vector<cv::Point2f>& landmarks() const { return landmarks_; }

    // Median, over 8 directions, of how far the inner landmarks (brows, nose, eyes, mouth)
    // follow when the box is shifted by 10% of its side, as a fraction of the shift: near 0 when
    // they are anchored on facial features, near 1 when they only follow the box.
    double drift() const;

    // Loose anatomical checks (eye distance vs box, mouth below and between the eyes, points
    // near the box) that reject landmark sets no face produces.
    static bool plausibleGeometry(const std::vector<cv::Point2f>& landmarks, const cv::Rect& box);

private:
    std::vector<cv::Point2f> fitAt(const cv::Rect& box) const;

    const dlib::shape_predictor& predictor_;
    cv::Mat patch_;      // normalised grey patch around the box
    cv::Point patchOrigin_; // its top-left corner in scan coordinates
    cv::Rect box_;
    std::vector<cv::Point2f> landmarks_;
};

} // namespace fakelens
