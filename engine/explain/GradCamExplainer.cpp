#include "explain/GradCamExplainer.h"

#include "core/Error.h"
#include "explain/ExplainerRegistry.h"
#include "explain/GradCam.h"
#include "explain/SegmentScores.h"

#include <QtGlobal>

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

const MethodDescriptor& gradCamDescriptor() {
    static const MethodDescriptor method = [] {
        MethodDescriptor m;
        m.name = "GRADCAM";
        m.description = "Grad-CAM: a white-box method that reads the detector itself. Each feature map of the "
                        "model's last convolution block is weighted by the mean gradient of the fake score (the "
                        "log-odds of P(fake)) with respect to it; the positive part of the weighted sum, resized "
                        "to the face, marks where the features that raised the fake score lie. One forward and "
                        "one backward pass, nothing hidden, so no adversarial form; its resolution is the layer's "
                        "(32 x 32 for MesoNet). A segment's score is its mean map value.";
        m.scoreLabel = QT_TRANSLATE_NOOP("MethodText", "mean Grad-CAM value");
        m.hasAdversarialForm = false;
        m.needsGradients = true;
        m.classicFill = FillKind::Zeros; // never used: Grad-CAM perturbs nothing
        m.expectedForwards = [](const ExplainerSettings&) { return 1.0; };
        m.make = [](const ExplainerSettings&) { return std::make_unique<GradCamExplainer>(); };
        return m;
    }();
    return method;
}

} // namespace fakelens
