#pragma once

#include "explain/Explainer.h"

#include <opencv2/core/types.hpp>

#include <memory>
#include <vector>

namespace fakelens {

// Occlusion (Zeiler & Fergus 2014): a square patch slides over the face and every position is
// scored with the patch's pixels taken from ctx.fill (classic: grey 0.5; _adv: the NES sample).
// The patch side and the stride are given in pixels at a 256-pixel input and scaled to the
// detector's input (the smaller side), so a setting means the same part of the face on every
// model. Positions step by the stride from the top-left corner, and the last row and column of
// positions is flush with the far edge, so every pixel is covered at least once.
// drop = P(fake)(face) - P(fake)(occluded); saliency per pixel = the mean drop over the patches
// that cover it; segmentScores = the mean saliency per segment; ranking by score, largest first.
// Deterministic: no random numbers, so the seed is unused and both forms score the same masks.
// Forwards: one per patch position plus one for the face itself.
class OcclusionExplainer : public Explainer {
public:
    static constexpr int kReferenceSide = 256; // the input size the patch and stride refer to
    static constexpr int kDefaultPatch = 32;   // Zeiler & Fergus's patch at 256 px
    static constexpr int kDefaultStride = 16;

    // "patch" and "stride" of the OCCLUSION entry; throws like the other constructor.
    explicit OcclusionExplainer(const ExplainerSettings& settings);
    // Throws InvalidArgument for a patch or stride below 1, or a stride longer than the patch.
    OcclusionExplainer(int patch, int stride, int batchSize);

    std::string name() const override { return "OCCLUSION"; }
    FillKind classicFill() const override { return FillKind::Grey; }
    Explanation explain(const ExplainContext& ctx) const override;

    // The patches for an input of this size (top-left first, row by row), at the input's scale.
    std::vector<cv::Rect> patchesFor(const cv::Size& input) const;
    // Number of patches, the same as patchesFor(input).size(), without building them.
    int patchCount(const cv::Size& input) const;

private:
    struct Geometry {
        int patch = 0;  // side at the input's scale, at most the input's smaller side
        int stride = 0; // at the input's scale, at most the patch
    };
    Geometry geometry(int smallerSide) const;

    int patch_;
    int stride_;
    int batchSize_;
};

} // namespace fakelens
