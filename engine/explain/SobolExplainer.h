#pragma once

#include "explain/Explainer.h"

#include <memory>

namespace fakelens {

// SOBOL (Fel et al. 2021, "Look at the variance!"), as the paper ran it from Fel's reference
// repository: real-valued grid x grid masks from a scrambled Sobol' design (see SobolIndices.h),
// upsampled with nearest neighbour to the input size, perturbations image * m + fill * (1 - m),
// total-order Sobol' indices by Jansen's estimator, and the grid of indices resized to the input
// with bicubic interpolation as the saliency. N * (grid^2 + 2) forwards (2112 with the paper's
// grid 8 and 32 designs). Classic fill: blur, as the paper's text says; the reference code's
// default perturbation is Fel's "inpainting" (hidden pixels set to 0), so its classic SOBOL
// maps differ from ours (the _adv form is the same either way).
class SobolExplainer : public Explainer {
public:
    // Throws InvalidArgument unless grid >= 1 and designs is a power of two >= 2 (the
    // reference asserts the same: only 2^m points of a Sobol' sequence are balanced).
    explicit SobolExplainer(const ExplainerSettings& settings);

    std::string name() const override { return "SOBOL"; }
    FillKind classicFill() const override { return FillKind::Blur; }
    Explanation explain(const ExplainContext& ctx) const override;

    // Detector forwards one explain() makes: N * (d + 2) with d = grid^2.
    int forwardsPerExplanation() const { return designs_ * (grid_ * grid_ + 2); }

private:
    int grid_;
    int designs_;
    int batchSize_;
};


} // namespace fakelens
