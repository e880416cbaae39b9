#pragma once

#include "explain/Segmentation.h"

#include <opencv2/core/mat.hpp>

#include <vector>

namespace fakelens {

// The JET colours (CV_8UC3, RGB) of a [0,1] CV_32F map (an Explanation's saliencyDisplay).
cv::Mat heatmapColors(const cv::Mat& saliencyDisplay);

// The heatmap blended over the face: face * (1 - alpha) + colours * alpha, CV_8UC3 RGB at the
// face's size (the map is resized to it with bilinear interpolation). `face` is CV_8UC3 or
// CV_32FC3 [0,1] RGB.
cv::Mat renderHeatmapOverlay(const cv::Mat& saliencyDisplay, const cv::Mat& face, double alpha = 0.5);

// The face (CV_8UC3 RGB) with the outlines of the first `topK` segments of `ranking` drawn in
// `color` (RGB), thickness 1 px at the segmentation's size; for reports ("which regions").
cv::Mat renderTopSegments(const cv::Mat& face, const Segmentation& segments,
                          const std::vector<int>& ranking, int topK,
                          const cv::Scalar& color = cv::Scalar(255, 255, 0));

} // namespace fakelens
