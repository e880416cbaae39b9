#pragma once

#include <opencv2/core/mat.hpp>

#include <vector>

namespace fakelens {

struct SlicOptions {
    int segments = 50;        // wanted number of superpixels (the paper's setting)
    float ruler = 10.0f;      // compactness
    int iterations = 10;
    int minElementPercent = 25; // connectivity enforcement: merge pieces smaller than this % of a segment
};

// SLIC superpixels of a face crop: labels 0..count-1, every segment one connected region.
struct Segmentation {
    cv::Mat labels;          // CV_32S, same size as the image
    int count = 0;
    std::vector<int> areas;  // pixels per segment

    // A CV_8U mask (255 inside) of the union of the given segments.
    cv::Mat maskOf(const std::vector<int>& segmentIds) const;
};

// `rgb` is CV_32FC3 [0,1] or CV_8UC3. Deterministic.
Segmentation segmentSlic(const cv::Mat& rgb, const SlicOptions& options = {});

} // namespace fakelens
