#pragma once

#include "explain/Segmentation.h"

#include <opencv2/core/mat.hpp>

#include <vector>

namespace fakelens {

// Helpers every explainer shares to turn its answer into per-segment scores and a ranking.

// Mean of a CV_32F saliency map over each segment (the paper's segment score for SHAP, SOBOL
// and RISE).
std::vector<double> meanPerSegment(const cv::Mat& saliency, const Segmentation& segments);

// A CV_32F map in which every pixel carries its segment's value.
cv::Mat paintSegments(const Segmentation& segments, const std::vector<double>& values);

// Segment ids by value, largest first; ties keep the lower id first (deterministic).
std::vector<int> rankDescending(const std::vector<double>& values);

// A [0,1] copy for display: min-max scaled; a constant map becomes zeros.
cv::Mat normalizeForDisplay(const cv::Mat& saliency);

} // namespace fakelens
