#pragma once

#include "explain/Explainer.h"

namespace fakelens {

// LIME for images (lime_image.LimeImageExplainer with the paper's settings): "samples"
// random on/off vectors over the segments (the first all on), each hidden segment taken from
// ctx.fill; sample weights sqrt(exp(-d^2 / width^2)) for the cosine distance d to the all-on
// vector; a weighted ridge regression (alpha 1, with intercept) of P(fake) on the vectors.
// segmentScores = the regression weights; ranking = by weight, largest first; only the segments
// with a positive weight are eligible for the top-k attack (lime's positive_only view, which the
// reference ranks: a k beyond them attacks just those); saliency = each pixel's segment weight.
class LimeExplainer : public Explainer {
public:
    explicit LimeExplainer(const ExplainerSettings& settings);

    std::string name() const override { return "LIME"; }
    FillKind classicFill() const override { return FillKind::SegmentMean; }
    Explanation explain(const ExplainContext& ctx) const override;

    static constexpr double kRidgeAlpha = 1.0; // sklearn Ridge default, as lime uses it

private:
    int samples_;
    double kernelWidth_;
    int batchSize_;
};

} // namespace fakelens
