#pragma once

#include "explain/Explainer.h"

namespace fakelens {

// Grad-CAM (Selvaraju et al., ICCV 2017) as an explanation method, the white-box reference next
// to the black-box ones: one forward and one backward pass of the detector (no perturbation, so
// no fill and no adversarial form); saliency = gradCamMap() of the card's gradcam_layer;
// segmentScores = the mean map value per segment (as SOBOL and RISE); ranking by score.
// Needs a detector whose supportsGradients() is true; any other is refused with the reason.
class GradCamExplainer : public Explainer {
public:
    std::string name() const override { return "GRADCAM"; }
    // Never used to hide anything: Grad-CAM perturbs nothing. Zeros is what a caller that asks
    // gets (and what ExplanationRunner would prepare for nothing).
    FillKind classicFill() const override { return FillKind::Zeros; }
    Explanation explain(const ExplainContext& ctx) const override;
};

} // namespace fakelens
