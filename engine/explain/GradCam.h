#pragma once

#include "models/Detector.h"
#include "models/LayerGradients.h"

#include <opencv2/core/mat.hpp>

namespace fakelens {

// Grad-CAM (Selvaraju et al., ICCV 2017) from a layer's activations A and the fake score's
// gradients: channel weights w_c = spatial mean of dS/dA_c, map = ReLU(sum_c w_c A_c), resized
// bilinearly (OpenCV INTER_LINEAR) to `inputSize`. CV_32F. Throws Error(InvalidArgument) for
// inconsistent shapes.
cv::Mat gradCamMap(const LayerGradients& layer, cv::Size inputSize);

// The map for one CV_32FC3 [0,1] image at the detector's input size. Throws like
// Detector::layerGradients when the detector gives no gradients.
cv::Mat gradCam(Detector& detector, const cv::Mat& inputRgbFloat);

} // namespace fakelens
