#include "models/Detector.h"

#include "core/Error.h"

#include <opencv2/imgproc.hpp>

namespace fakelens {

cv::Mat Detector::prepareInput(const cv::Mat& rgbCrop) const {
    if (rgbCrop.empty() || rgbCrop.type() != CV_8UC3)
        throw Error(ErrorCode::InvalidArgument, "face crop", "must be a non-empty 8-bit RGB image");
    const ModelCard& c = card();
    cv::Mat resized;
    if (rgbCrop.cols == c.inputWidth && rgbCrop.rows == c.inputHeight)
        resized = rgbCrop;
    else
        cv::resize(rgbCrop, resized, cv::Size(c.inputWidth, c.inputHeight), 0, 0, cv::INTER_AREA);
    cv::Mat input;
    resized.convertTo(input, CV_32FC3, 1.0 / 255.0);
    return input;
}

float Detector::fakeProbability(const cv::Mat& inputRgbFloat) {
    const ModelCard& c = card();
    if (inputRgbFloat.type() != CV_32FC3 || inputRgbFloat.cols != c.inputWidth ||
        inputRgbFloat.rows != c.inputHeight)
        throw Error(ErrorCode::InvalidArgument, "detector input",
                    "must be a float RGB image of the model's input size");
    const cv::Mat contiguous = inputRgbFloat.isContinuous() ? inputRgbFloat : inputRgbFloat.clone();
    return fakeProbabilities(contiguous.ptr<float>(), 1).at(0);
}

std::vector<float> Detector::scoreCrops(const std::vector<cv::Mat>& rgbCrops) {
    const ModelCard& c = card();
    ImageBatch batch(int(rgbCrops.size()), c.inputHeight, c.inputWidth);
    for (size_t i = 0; i < rgbCrops.size(); ++i) {
        cv::Mat dst(c.inputHeight, c.inputWidth, CV_32FC3, batch.image(int(i)));
        prepareInput(rgbCrops[i]).copyTo(dst);
    }
    return fakeProbabilities(batch);
}

} // namespace fakelens
