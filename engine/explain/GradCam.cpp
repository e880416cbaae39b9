#include "explain/GradCam.h"

#include "core/Error.h"

#include <opencv2/imgproc.hpp>

namespace fakelens {

cv::Mat gradCamMap(const LayerGradients& layer, cv::Size inputSize) {
    if (layer.channels <= 0 || layer.height <= 0 || layer.width <= 0 ||
        layer.activations.size() != layer.size() || layer.gradients.size() != layer.size())
        throw Error(ErrorCode::InvalidArgument, "Grad-CAM",
                    "layer '" + layer.layer + "' has inconsistent activation and gradient shapes");
    const size_t plane = size_t(layer.height) * layer.width;
    // Summed in double: a 32x32 plane of small gradients loses digits in float.
    cv::Mat sum(layer.height, layer.width, CV_64F, cv::Scalar(0));
    for (int c = 0; c < layer.channels; ++c) {
        const float* g = layer.gradients.data() + c * plane;
        double weight = 0.0;
        for (size_t i = 0; i < plane; ++i)
            weight += g[i];
        weight /= double(plane);
        const float* a = layer.activations.data() + c * plane;
        double* out = sum.ptr<double>();
        for (size_t i = 0; i < plane; ++i)
            out[i] += weight * a[i];
    }
    cv::Mat map;
    sum.convertTo(map, CV_32F);
    map = cv::max(map, 0.0f); // ReLU: only what speaks for "fake"
    if (map.size() != inputSize)
        cv::resize(map, map, inputSize, 0, 0, cv::INTER_LINEAR);
    return map;
}

cv::Mat gradCam(Detector& detector, const cv::Mat& inputRgbFloat) {
    return gradCamMap(detector.layerGradients(inputRgbFloat), inputRgbFloat.size());
}

} // namespace fakelens
