#include "support/FunctionDetector.h"

namespace fakelens {

std::vector<double> FunctionDetector::fakeProbabilities(const float* nhwc, int count) {
    ++calls_;
    std::vector<double> out;
    const size_t size = size_t(card_.inputWidth) * card_.inputHeight * 3;
    for (int i = 0; i < count; ++i) {
        const cv::Mat image(card_.inputHeight, card_.inputWidth, CV_32FC3,
                            const_cast<float*>(nhwc + size * i));
        out.push_back(score_(image));
    }
    return out;
}

ModelCard boxCopyCard(const std::string& name) {
    ModelCard card;
    card.name = name;
    card.inputWidth = 256;
    card.inputHeight = 256;
    card.output = OutputKind::SigmoidFake;
    card.threshold = 0.5;
    card.crop = CropPolicy::BoundingBox;
    card.cropMargin = 0.0;
    return card;
}

} // namespace fakelens
