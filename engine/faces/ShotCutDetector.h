#pragma once

#include <opencv2/core/mat.hpp>

namespace fakelens {

// Tells when consecutive analysed frames belong to different shots, so that a tracker does not
// carry a face's landmarks across a cut onto whatever now sits at the same place. Compares
// 64x48 grey thumbnails: the mean absolute difference in grey levels jumps at a cut.
// Measured on ../shared/samples/videos (consecutive frames): the three cuts of
// hamilton_real_multiface.mp4 give 27-30, its fastest camera pan 13, ffpp_519 (static camera)
// under 2. The default threshold of 20 sits between.
class ShotCutDetector {
public:
    explicit ShotCutDetector(double threshold = 20.0) : threshold_(threshold) {}

    // `gray` is the next analysed frame (CV_8UC1). True when it starts a new shot (never for
    // the first frame).
    bool update(const cv::Mat& gray);
    // The difference measured by the last update() (0 for the first frame).
    double lastDifference() const { return lastDifference_; }
    void reset() { previous_.release(); }

private:
    double threshold_;
    double lastDifference_ = 0.0;
    cv::Mat previous_;
};

} // namespace fakelens
