#include "models/Detector.h"

#include "core/Error.h"

#include <opencv2/imgproc.hpp>

namespace fakelens {

cv::Mat Detector::prepareInput(const cv::Mat& rgbCrop) const {
    if (rgbCrop.empty() || (rgbCrop.type() != CV_8UC3 && rgbCrop.type() != CV_32FC3))
        throw Error(ErrorCode::InvalidArgument, "face crop",
                    "must be a non-empty RGB image, 8-bit or float in [0, 1]");
    const ModelCard& c = card();
    const cv::Size input(c.inputWidth, c.inputHeight);
    cv::Mat resized = rgbCrop;
    if (rgbCrop.size() != input)
        cv::resize(rgbCrop, resized, input, 0, 0, cv::INTER_AREA);
    cv::Mat prepared;
    if (resized.type() == CV_8UC3)
        resized.convertTo(prepared, CV_32FC3, 1.0 / 255.0);
    else
        prepared = resized.clone(); // never hand out a view of the caller's image
    return prepared;
}

double Detector::fakeProbability(const cv::Mat& inputRgbFloat) {
    const ModelCard& c = card();
    if (inputRgbFloat.type() != CV_32FC3 || inputRgbFloat.cols != c.inputWidth ||
        inputRgbFloat.rows != c.inputHeight)
        throw Error(ErrorCode::InvalidArgument, "detector input",
                    "must be a float RGB image of the model's input size");
    const cv::Mat contiguous = inputRgbFloat.isContinuous() ? inputRgbFloat : inputRgbFloat.clone();
    return fakeProbabilities(contiguous.ptr<float>(), 1).at(0);
}

std::vector<double> Detector::scoreCrops(const std::vector<cv::Mat>& rgbCrops) {
    const ModelCard& c = card();
    ImageBatch batch(int(rgbCrops.size()), c.inputHeight, c.inputWidth);
    for (size_t i = 0; i < rgbCrops.size(); ++i) {
        cv::Mat dst(c.inputHeight, c.inputWidth, CV_32FC3, batch.image(int(i)));
        prepareInput(rgbCrops[i]).copyTo(dst);
    }
    return fakeProbabilities(batch);
}

LayerGradients Detector::layerGradients(const cv::Mat&) {
    throw Error(ErrorCode::InvalidArgument, modelPath(),
                "this detector gives no gradients (Grad-CAM needs a TorchScript or native model whose "
                "card names its layer in 'gradcam_layer')");
}

} // namespace fakelens
