#include "explain/ShapExplainer.h"

#include "core/Error.h"
#include "explain/ExplainerRegistry.h"
#include "core/SeededRng.h"
#include "explain/KernelShap.h"
#include "explain/MaskedScorer.h"
#include "explain/SegmentScores.h"

#include <QtGlobal>

namespace fakelens {

ShapExplainer::ShapExplainer(const ExplainerSettings& settings)
    : evaluations_(settings.integer("SHAP", "evaluations")), batchSize_(settings.batchSize) {
    if (evaluations_ < 3)
        throw Error(ErrorCode::InvalidArgument, "SHAP", "needs at least 3 evaluations");
}

Explanation ShapExplainer::explain(const ExplainContext& ctx) const {
    if (!ctx.segments || ctx.segments->count < 1)
        throw Error(ErrorCode::InvalidArgument, "SHAP", "no segmentation");
    const Segmentation& segments = *ctx.segments;
    const int features = segments.count;

    SeededRng rng(ctx.seed);
    const CoalitionDesign design = sampleCoalitions(features, evaluations_ - 2, rng);
    const int coalitions = design.count();

    // Evaluation 0 is the face, 1 the all-hidden image, then the coalitions.
    const std::vector<unsigned char> allOn(static_cast<size_t>(features), 1);
    const std::vector<unsigned char> allOff(static_cast<size_t>(features), 0);
    MaskedScorer scorer(ctx, batchSize_);
    const std::vector<double> scores = scorer.score(
        coalitions + 2,
        [&](int index, cv::Mat& mask) {
            const unsigned char* keep = index == 0   ? allOn.data()
                                        : index == 1 ? allOff.data()
                                                     : &design.masks[size_t(index - 2) * features];
            MaskedScorer::writeSegmentMask(segments, keep, mask);
        },
        "shap");

    const std::vector<double> values(scores.begin() + 2, scores.end());
    const std::vector<double> phi = solveKernelShap(design, values, scores[0], scores[1]);

    Explanation result;
    result.saliency = paintSegments(segments, phi);
    result.segmentScores = meanPerSegment(result.saliency, segments);
    result.ranking = rankDescending(result.segmentScores);
    result.inferences = scorer.inferences();
    result.designDigest = scorer.designDigest();
    return result;
}

const MethodDescriptor& shapDescriptor() {
    static const MethodDescriptor method = [] {
        MethodDescriptor m;
        m.name = "SHAP";
        m.description = "SHAP (KernelSHAP): estimates each segment's Shapley value, its average contribution to "
                        "P(fake) over coalitions of visible segments. As the paper's text describes it; the "
                        "authors' code used shap's Partition explainer instead.";
        m.scoreLabel = QT_TRANSLATE_NOOP("MethodText", "Shapley value (change of P(fake))");
        m.classicFill = FillKind::Blur;
        m.parameters = {
            {"evaluations", QT_TRANSLATE_NOOP("MethodText", "evaluations"), 2000, 3, 1000000, true,
             SamplesScaling::Samples},
        };
        m.expectedForwards = [](const ExplainerSettings& s) { return s.value("SHAP", "evaluations"); };
        m.make = [](const ExplainerSettings& s) { return std::make_unique<ShapExplainer>(s); };
        return m;
    }();
    return method;
}

} // namespace fakelens
