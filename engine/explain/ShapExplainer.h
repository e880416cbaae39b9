#pragma once

#include "explain/Explainer.h"

namespace fakelens {

// KernelSHAP over the segments (shap.KernelExplainer's sampling and solve, see KernelShap.h):
// a hidden segment takes ctx.fill, f = P(fake). `shapEvaluations` counts every detector
// evaluation: f(x), f(all hidden) and shapEvaluations - 2 coalitions. The values meet the
// efficiency constraint sum = f(x) - f(all hidden) exactly. No L1 feature selection (shap's
// "auto" would drop segments; every segment gets a value here). saliency = each pixel's segment
// value; segmentScores = the mean saliency per segment (the paper's rule, = the values);
// ranking by value, largest first.
// The paper's text describes SHAP over the segments, which is what this is; the authors' code
// ran shap's Partition explainer (a hierarchical clustering of the image, blur masker) instead,
// so its SHAP maps are not segment-wise and differ from ours.
class ShapExplainer : public Explainer {
public:
    explicit ShapExplainer(const ExplainerSettings& settings);

    std::string name() const override { return "SHAP"; }
    FillKind classicFill() const override { return FillKind::Blur; }
    Explanation explain(const ExplainContext& ctx) const override;

private:
    int evaluations_;
    int batchSize_;
};

} // namespace fakelens
