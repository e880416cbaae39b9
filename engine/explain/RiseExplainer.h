#pragma once

#include "core/CancelToken.h"
#include "explain/Explainer.h"

#include <opencv2/core/mat.hpp>

#include <cstdint>
#include <memory>
#include <vector>

namespace fakelens {

// RISE (Petsiuk et al. 2018) as the reference implementation the paper used (yiskw713/RISE):
// N random binary grid x grid masks, each cell kept with probability p, upsampled bilinearly
// (align_corners=False) to (grid + 1) * cell with cell = ceil(input / grid), then cropped to the
// input at a random offset in [0, cell) on each axis; the perturbation is
// image * m + fill * (1 - m) and the saliency is sum_i P(fake)_i * m_i / (N * p).
// N forwards (4000 in the paper). Classic fill: zeros.
class RiseExplainer : public Explainer {
public:
    // The N masks of one explanation, drawn up front as N tiny grids plus crop offsets
    // (N * (grid^2 + 8) bytes) and expanded to full size only when needed: 4000 full masks
    // would be 1 GB at 256 x 256.
    class MaskSet {
    public:
        // Throws InvalidArgument for count < 1, grid < 1, size < 1 or p outside (0, 1].
        MaskSet(int count, int grid, double keepProbability, int height, int width,
                std::uint64_t seed);

        int count() const { return count_; }
        int height() const { return height_; }
        int width() const { return width_; }
        double keepProbability() const { return keep_; }
        // The low-resolution grid of mask `index` (grid x grid, 1 = keep) and its crop offset.
        const std::uint8_t* cells(int index) const;
        int offsetY(int index) const { return offsets_[size_t(2 * index)]; }
        int offsetX(int index) const { return offsets_[size_t(2 * index + 1)]; }

        // Writes mask `index` into `mask` (CV_32F height x width, reallocated if needed).
        void write(int index, cv::Mat& mask) const;
        // sum_i weights[i] * m_i as CV_32F height x width, accumulated in double in index order
        // (bit-identical whatever the thread count). Throws CancelledError if `cancel` fires.
        cv::Mat weightedSum(const std::vector<double>& weights, const CancelToken& cancel) const;

    private:
        // Expands grid rows firstRow..lastRow of mask `index` along x into the same rows of
        // `rows` (grid x width).
        void expandRows(int index, int firstRow, int lastRow, float* rows) const;

        int count_, grid_, height_, width_;
        double keep_;
        std::vector<std::uint8_t> cells_;  // count * grid * grid
        std::vector<int> offsets_;         // count * (dy, dx)
        // Bilinear source taps along each axis of the (grid + 1) * cell upsampled mask.
        std::vector<int> loY_, hiY_, loX_, hiX_;
        std::vector<float> wY_, wX_;
    };

    // Throws InvalidArgument for riseMasks < 1, riseGrid < 1 or a keep probability outside (0, 1].
    explicit RiseExplainer(const ExplainerSettings& settings);

    std::string name() const override { return "RISE"; }
    FillKind classicFill() const override { return FillKind::Zeros; }
    Explanation explain(const ExplainContext& ctx) const override;

    // The masks explain() uses for an input of this size and this seed.
    MaskSet masksFor(int height, int width, std::uint64_t seed) const;

private:
    int masks_;
    int grid_;
    double keep_;
    int batchSize_;
};


} // namespace fakelens
