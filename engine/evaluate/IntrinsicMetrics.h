#pragma once

#include <opencv2/core/mat.hpp>

namespace fakelens {

// The intrinsic metrics Pino et al. (2021, section 4.2) define to compare explanations without
// ground truth, for one explanation map (one "frame"; the averages over frames and videos are
// the summary's means over faces). Inter-frame consistency needs consecutive video frames and
// does not apply to single faces.
//
// Our reading of the paper:
// - The map is first min-max scaled to [0, 1], as the authors' heatmaps are (issue 15): the
//   metrics of a map and of the same map plus a constant are equal. (Dividing by the largest
//   absolute value instead squeezed RISE and SOBOL, whose maps sit far from zero, into
//   [0.9, 1] and made their variance and centredness incomparable with LIME's and SHAP's.)
// - variance V = the pixel variance of that map (population variance, eq. 1), in [0, 0.25].
// - intra-frame consistency rho = mean of a(i,j) over the four shifts of 10% of the image
//   size (up, down, left, right), divided by a(0,0) (eq. 4-5), where
//   a(i,j) = sum over the pixels (h,w) whose shifted partner (h+i, w+j) is inside the image of
//   (x(h,w) - mean)(x(h+i,w+j) - mean), with the mean of the whole map. "10% of the size" is
//   10% of the height for vertical shifts and of the width for horizontal ones (they coincide
//   for square faces). In [-1, 1]; noise gives ~0, smooth blobs give values near 1.
// - centredness mu = sum of x^2 over the inner 50% / sum of x^2 over the map (eq. 6), the inner
//   50% being the centred rectangle of half the area (each side scaled by 1/sqrt(2)). In
//   [0, 1]; a map that spreads its energy uniformly scores ~0.5.
// A constant map has no defined rho or mu: they are NaN (left out of the means), V is 0.
struct IntrinsicMetrics {
    double variance = 0;
    double intraFrameConsistency = 0;
    double centredness = 0;
};

// `saliency`: CV_32F or CV_64F, one channel.
IntrinsicMetrics intrinsicMetrics(const cv::Mat& saliency);

} // namespace fakelens
