#include "explain/OcclusionExplainer.h"

#include "core/Error.h"
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
        throw Error(ErrorCode::InvalidArgument, "OCCLUSION",
                    "the stride (" + std::to_string(stride) + " px) must not exceed the patch (" +
                        std::to_string(patch) + " px)");
}

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

} // namespace fakelens
