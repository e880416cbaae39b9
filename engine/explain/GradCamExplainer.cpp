#include "explain/GradCamExplainer.h"

#include "core/Error.h"
#include "explain/GradCam.h"
#include "explain/SegmentScores.h"

namespace fakelens {

Explanation GradCamExplainer::explain(const ExplainContext& ctx) const {
    if (!ctx.detector || !ctx.segments || ctx.image.empty())
        throw Error(ErrorCode::InvalidArgument, "GRADCAM", "needs a detector, a face and its segments");
    if (!ctx.detector->supportsGradients())
        throw Error(ErrorCode::InvalidArgument, "GRADCAM",
                    "needs the detector's gradients: a TorchScript or native model whose card names "
                    "'gradcam_layer' (" + ctx.detector->modelPath() + " gives none)");
    ctx.cancel.throwIfCancelled();
    Explanation result;
    result.saliency = gradCam(*ctx.detector, ctx.image);
    result.saliencyDisplay = normalizeForDisplay(result.saliency);
    result.segmentScores = meanPerSegment(result.saliency, *ctx.segments);
    result.ranking = rankDescending(result.segmentScores);
    result.inferences = 1; // one forward (and its backward pass)
    return result;
}

std::unique_ptr<Explainer> makeGradCamExplainer(const ExplainerSettings&) {
    return std::make_unique<GradCamExplainer>();
}

} // namespace fakelens
