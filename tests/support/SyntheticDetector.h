#pragma once

#include "models/Detector.h"

#include <opencv2/core/mat.hpp>

#include <memory>
#include <string>

namespace fakelens {

// A detector for tests whose answer depends on one known square patch of its 256x256 input, so
// an explanation can be checked against ground truth.
//
//   P(fake) = sigmoid(gain * (s - offset)),   s = mean over the patch of w(y, x) * pixel
//
// with w = +1/-1 in a one-pixel checkerboard (same sign in all three channels). The synthetic
// image carries that checkerboard with amplitude 0.06 inside the patch, so s = 0.06 there
// (P(fake) ~ 0.77). Anything that destroys the fine texture (segment mean, blur, zeros, noise)
// drives s to ~0 and P(fake) to ~0.08; the score is linear in the pixels, so NES finds its
// gradient easily and an attack within 16/255 flips it. Pixels outside the patch never matter.
class SyntheticDetector : public Detector {
public:
    // The patch's top-left corner and side, in input pixels.
    explicit SyntheticDetector(cv::Rect patch = cv::Rect(136, 88, 16, 16));
    ~SyntheticDetector() override;

    const ModelCard& card() const override { return card_; }
    std::string deviceName() const override { return "cpu"; }
    std::string modelPath() const override;
    std::vector<double> fakeProbabilities(const float* nhwc, int count) override;
    using Detector::fakeProbabilities;

    cv::Rect patch() const { return patch_; }
    // The texture score s of one CV_32FC3 image (what the model thresholds).
    double textureScore(const cv::Mat& image) const;
    long long forwardedImages() const { return forwarded_; }

    static constexpr double kAmplitude = 0.06;
    static constexpr double kOffset = 0.04;
    static constexpr double kGain = 60.0;

private:
    struct Model;
    ModelCard card_;
    cv::Rect patch_;
    std::unique_ptr<Model> model_;
    long long forwarded_ = 0;
};

// The synthetic detector under a card with an inconclusive band [low, high] (threshold 0.5):
// the synthetic face's P(fake) ~0.77 reads "inconclusive" with a band around it.
class BandedSyntheticDetector : public SyntheticDetector {
public:
    BandedSyntheticDetector(double low, double high) : banded_(SyntheticDetector::card()) {
        banded_.hasInconclusiveBand = true;
        banded_.inconclusiveLow = low;
        banded_.inconclusiveHigh = high;
    }
    const ModelCard& card() const override { return banded_; }

private:
    ModelCard banded_;
};

// A 256x256 CV_32FC3 RGB [0,1] "face": smooth shading and a few blobs (so SLIC has structure),
// with the detector's checkerboard in the patch, so SyntheticDetector calls it fake.
cv::Mat makeSyntheticImage(cv::Rect patch = cv::Rect(136, 88, 16, 16));

} // namespace fakelens
