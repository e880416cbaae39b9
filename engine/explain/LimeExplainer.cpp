#include "explain/LimeExplainer.h"

#include <QtGlobal>

#include <algorithm>

#include "core/Error.h"
#include "explain/ExplainerRegistry.h"
#include "core/SeededRng.h"
#include "explain/MaskedScorer.h"
#include "explain/SegmentScores.h"
#include "explain/WeightedRidge.h"

#include <cmath>

namespace fakelens {

LimeExplainer::LimeExplainer(const ExplainerSettings& settings)
    : samples_(settings.integer("LIME", "samples")), kernelWidth_(settings.value("LIME", "kernel_width")),
      batchSize_(settings.batchSize) {}

Explanation LimeExplainer::explain(const ExplainContext& ctx) const {
    if (!ctx.segments || ctx.segments->count < 1)
        throw Error(ErrorCode::InvalidArgument, "LIME", "no segmentation");
    const Segmentation& segments = *ctx.segments;
    const int features = segments.count;
    const int samples = samples_;

    // The on/off design: row 0 all on (the face itself), the rest fair coin flips, 64 per draw.
    std::vector<unsigned char> design(size_t(samples) * features, 1);
    SeededRng rng(ctx.seed);
    std::uint64_t bits = 0;
    int bitsLeft = 0;
    for (size_t i = size_t(features); i < design.size(); ++i) {
        if (bitsLeft == 0) {
            bits = rng.next();
            bitsLeft = 64;
        }
        design[i] = static_cast<unsigned char>(bits & 1u);
        bits >>= 1;
        --bitsLeft;
    }

    MaskedScorer scorer(ctx, batchSize_);
    const std::vector<double> scores = scorer.score(
        samples,
        [&](int index, cv::Mat& mask) {
            MaskedScorer::writeSegmentMask(segments, &design[size_t(index) * features], mask);
        },
        "lime");

    // Cosine distance to the all-on vector: 1 - on / sqrt(on * features); an all-off row has
    // no direction and gets distance 1 (as scikit-learn's pairwise cosine distance).
    const double width = kernelWidth_;
    std::vector<double> x(design.size());
    std::vector<double> y(static_cast<size_t>(samples)), weights(static_cast<size_t>(samples));
    for (int i = 0; i < samples; ++i) {
        int on = 0;
        for (int s = 0; s < features; ++s) {
            const unsigned char bit = design[size_t(i) * features + s];
            x[size_t(i) * features + s] = bit;
            on += bit;
        }
        const double distance = on == 0 ? 1.0 : 1.0 - std::sqrt(double(on) / features);
        weights[size_t(i)] = std::sqrt(std::exp(-distance * distance / (width * width)));
        // Relative to the face's own score (row 0): only the intercept moves, and a detector
        // that is very sure keeps its 1e-10 differences instead of riding on a value near 1.
        y[size_t(i)] = scores[size_t(i)] - scores[0];
    }
    const RidgeFit fit = fitWeightedRidge(x, samples, features, y, weights, kRidgeAlpha);

    Explanation result;
    result.segmentScores = fit.coefficients;
    result.ranking = rankDescending(result.segmentScores);
    result.eligibleSegments = int(std::count_if(fit.coefficients.begin(), fit.coefficients.end(),
                                                [](double w) { return w > 0.0; }));
    result.saliency = paintSegments(segments, result.segmentScores);
    result.inferences = scorer.inferences();
    result.designDigest = scorer.designDigest();
    return result;
}

const MethodDescriptor& limeDescriptor() {
    static const MethodDescriptor method = [] {
        MethodDescriptor m;
        m.name = "LIME";
        m.description = "LIME: fits a weighted linear model (ridge, cosine kernel) to the detector's scores of "
                        "many copies of the face with random segments hidden; a segment's score is its weight.";
        m.scoreLabel = QT_TRANSLATE_NOOP("MethodText", "LIME surrogate weight (change of P(fake))");
        m.classicFill = FillKind::SegmentMean;
        m.parameters = {
            {"samples", QT_TRANSLATE_NOOP("MethodText", "samples"), 2000, 2, 1000000, true, SamplesScaling::Samples},
            {"kernel_width", QT_TRANSLATE_NOOP("MethodText", "kernel width"), 0.25, 0.001, 100, false,
             SamplesScaling::Fixed},
        };
        m.paperSeconds = 16.6;
        m.paperAdversarialSeconds = 46.1;
        m.expectedForwards = [](const ExplainerSettings& s) { return s.value("LIME", "samples"); };
        m.make = [](const ExplainerSettings& s) { return std::make_unique<LimeExplainer>(s); };
        return m;
    }();
    return method;
}

} // namespace fakelens
