#pragma once

#include "models/Detector.h"

#include <opencv2/core/mat.hpp>

#include <functional>
#include <string>

namespace fakelens {

// A detector for tests whose P(fake) is a plain function of one input image (CV_32FC3 RGB in
// [0, 1] at the card's input size), so a test can state the true answer in closed form. It
// counts its calls (fakeProbabilities) to show how work was batched.
class FunctionDetector : public Detector {
public:
    using Score = std::function<double(const cv::Mat& input)>;
    FunctionDetector(ModelCard card, Score score) : card_(std::move(card)), score_(std::move(score)) {}

    const ModelCard& card() const override { return card_; }
    std::string deviceName() const override { return "cpu"; }
    std::string modelPath() const override { return "synthetic://function/" + card_.name; }
    std::vector<double> fakeProbabilities(const float* nhwc, int count) override;
    using Detector::fakeProbabilities;

    int calls() const { return calls_; }

private:
    ModelCard card_;
    Score score_;
    int calls_ = 0;
};

// A card for 256x256 inputs that crops the detector box itself (BoundingBox, no margin), so a
// 256-pixel box is copied into the input pixel for pixel; threshold 0.5.
ModelCard boxCopyCard(const std::string& name);

} // namespace fakelens
