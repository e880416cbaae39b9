#include "faces/ShotCutDetector.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace fakelens {

bool ShotCutDetector::update(const cv::Mat& gray) {
    cv::Mat thumbnail;
    // INTER_AREA averages blocks of pixels, so decoder noise and small motion stay small.
    cv::resize(gray, thumbnail, cv::Size(64, 48), 0, 0, cv::INTER_AREA);
    const bool first = previous_.empty();
    lastDifference_ = first ? 0.0 : cv::norm(thumbnail, previous_, cv::NORM_L1) / double(thumbnail.total());
    previous_ = thumbnail;
    return !first && lastDifference_ > threshold_;
}

} // namespace fakelens
