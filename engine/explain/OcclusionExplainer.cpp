#include "explain/OcclusionExplainer.h"

#include <QtGlobal>

#include "core/Error.h"
#include "explain/ExplainerRegistry.h"
#include "explain/MaskedScorer.h"
#include "explain/SegmentScores.h"

#include <opencv2/core.hpp>

#include <algorithm>
#include <cmath>
#include <string>

namespace fakelens {

namespace {

// A length in pixels at 256 px, at an input whose smaller side is `side`: at least 1.
int scaledToInput(int pixelsAt256, int side) {
    return std::max(1, int(std::lround(double(pixelsAt256) * side / OcclusionExplainer::kReferenceSide)));
}

// Patch starts along one axis of `length` pixels: 0, stride, 2 * stride, ... and then one start
// flush with the far edge, so the last pixels are covered even when the stride does not divide
// the length (Zeiler & Fergus's grid would leave them out, and their saliency undefined).
std::vector<int> starts(int length, int patch, int stride) {
    std::vector<int> out;
    const int last = length - patch;
    for (int start = 0; start < last; start += stride)
        out.push_back(start);
    out.push_back(last);
    return out;
}

} // namespace

OcclusionExplainer::OcclusionExplainer(int patch, int stride, int batchSize)
    : patch_(patch), stride_(stride), batchSize_(std::max(1, batchSize)) {
    if (patch < 1 || stride < 1)
        throw Error(ErrorCode::InvalidArgument, "OCCLUSION", "needs a patch and a stride of at least 1 px");
    // A stride longer than the patch would leave stripes of pixels no patch hides, and no score.
    if (stride > patch)
        throw Error(ErrorCode::InvalidArgument, "occlusion.stride",
                    "the stride (" + std::to_string(stride) + " px) must not exceed the patch (" +
                        std::to_string(patch) + " px)");
}

OcclusionExplainer::OcclusionExplainer(const ExplainerSettings& settings)
    : OcclusionExplainer(settings.integer("OCCLUSION", "patch"), settings.integer("OCCLUSION", "stride"),
                         settings.batchSize) {}

OcclusionExplainer::Geometry OcclusionExplainer::geometry(int side) const {
    Geometry g;
    g.patch = std::min(scaledToInput(patch_, side), side);
    // Scaling keeps stride <= patch (lround is monotone); the clamp to the side could break it.
    g.stride = std::min(scaledToInput(stride_, side), g.patch);
    return g;
}

std::vector<cv::Rect> OcclusionExplainer::patchesFor(const cv::Size& input) const {
    const int side = std::min(input.width, input.height);
    if (side < 1)
        throw Error(ErrorCode::InvalidArgument, "OCCLUSION", "empty input");
    const Geometry g = geometry(side);
    const std::vector<int> xs = starts(input.width, g.patch, g.stride);
    const std::vector<int> ys = starts(input.height, g.patch, g.stride);
    std::vector<cv::Rect> patches;
    patches.reserve(xs.size() * ys.size());
    for (int y : ys)
        for (int x : xs)
            patches.emplace_back(x, y, g.patch, g.patch);
    return patches;
}

int OcclusionExplainer::patchCount(const cv::Size& input) const {
    const int side = std::min(input.width, input.height);
    if (side < 1)
        return 0;
    const Geometry g = geometry(side);
    // starts() yields ceil((length - patch) / stride) strided starts plus the flush one.
    auto along = [&](int length) { return (length - g.patch + g.stride - 1) / g.stride + 1; };
    return along(input.width) * along(input.height);
}

Explanation OcclusionExplainer::explain(const ExplainContext& ctx) const {
    if (!ctx.segments || ctx.segments->count < 1)
        throw Error(ErrorCode::InvalidArgument, "OCCLUSION", "no segmentation");
    if (ctx.image.empty())
        throw Error(ErrorCode::InvalidArgument, "OCCLUSION", "no image");
    // Checked before the forwards, not after them.
    if (ctx.segments->labels.size() != ctx.image.size())
        throw Error(ErrorCode::InvalidArgument, "OCCLUSION", "segmentation is not at the input size");
    const std::vector<cv::Rect> patches = patchesFor(ctx.image.size());

    // Mask 0 keeps the whole face: its score is the reference every drop is taken from, and it
    // travels in the first batch instead of costing a detector call of its own.
    MaskedScorer scorer(ctx, batchSize_);
    const std::vector<double> scores = scorer.score(
        int(patches.size()) + 1,
        [&](int index, cv::Mat& mask) {
            mask.setTo(1.0f);
            if (index > 0)
                mask(patches[size_t(index - 1)]).setTo(0.0f);
        },
        "occlusion");

    // Sums in double: a detector that is very sure moves P(fake) by ~1e-10, below float's step
    // near 1 (the same care as RISE's centring).
    cv::Mat sum = cv::Mat::zeros(ctx.image.size(), CV_64F);
    cv::Mat covered = cv::Mat::zeros(ctx.image.size(), CV_64F);
    for (size_t i = 0; i < patches.size(); ++i) {
        sum(patches[i]) += scores[0] - scores[i + 1];
        covered(patches[i]) += 1.0;
    }
    cv::Mat mean = sum / covered; // every pixel is covered (the flush last patches)

    Explanation result;
    mean.convertTo(result.saliency, CV_32F);
    result.segmentScores = meanPerSegment(result.saliency, *ctx.segments);
    result.ranking = rankDescending(result.segmentScores);
    result.saliencyDisplay = normalizeForDisplay(result.saliency);
    result.inferences = scorer.inferences();
    result.designDigest = scorer.designDigest();
    ctx.progress.report(1.0, "occlusion");
    return result;
}

const MethodDescriptor& occlusionDescriptor() {
    static const MethodDescriptor method = [] {
        MethodDescriptor m;
        m.name = "OCCLUSION";
        m.description = "Occlusion (Zeiler & Fergus 2014): slides a square patch over the face (32 px at 256, "
                        "every 16 px, the last patches flush with the edges), hides it and scores each copy; a "
                        "pixel's saliency is the mean drop of P(fake) over the patches that cover it, and a "
                        "segment's score is its mean saliency. Deterministic: no random numbers.";
        m.scoreLabel = QT_TRANSLATE_NOOP("MethodText", "mean drop of P(fake) with the region hidden");
        m.hasAdversarialForm = true;
        m.classicFill = FillKind::Grey;
        m.parameters = {
            {"patch", QT_TRANSLATE_NOOP("MethodText", "patch side (px at 256)"), OcclusionExplainer::kDefaultPatch,
             4, 128, true, SamplesScaling::Fixed},
            {"stride", QT_TRANSLATE_NOOP("MethodText", "stride (px at 256)"), OcclusionExplainer::kDefaultStride,
             1, 128, true, SamplesScaling::Fixed},
        };
        // Patches at the reference size plus the face itself (the input is not known here).
        m.expectedForwards = [](const ExplainerSettings& s) {
            const int patch = s.integer("OCCLUSION", "patch");
            // A stride beyond the patch is refused when the explainer is made, not here.
            const OcclusionExplainer occlusion(patch, std::min(s.integer("OCCLUSION", "stride"), patch), 1);
            const int side = OcclusionExplainer::kReferenceSide;
            return double(occlusion.patchCount(cv::Size(side, side)) + 1);
        };
        m.make = [](const ExplainerSettings& s) { return std::make_unique<OcclusionExplainer>(s); };
        return m;
    }();
    return method;
}

} // namespace fakelens
