#include "explain/SobolExplainer.h"

#include "core/Error.h"
#include "explain/ExplainerRegistry.h"
#include "core/SeededRng.h"
#include "explain/MaskedScorer.h"
#include "explain/SegmentScores.h"
#include "explain/SobolIndices.h"

#include <QtGlobal>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace fakelens {

namespace {

// Label of this method's random stream, so SOBOL's design differs from the other methods' draws
// under the same seed.
constexpr std::uint64_t kSobolStream = 0x50B0'1000ULL;

// Source cell of each output pixel for PyTorch's interpolate(mode="nearest"), which Fel's
// reference uses to upsample the grid masks: floor(dst * in / out) with a float scale, clamped.
std::vector<int> nearestSource(int outSize, int inSize) {
    std::vector<int> source(static_cast<size_t>(outSize));
    const float scale = float(inSize) / float(outSize);
    for (int dst = 0; dst < outSize; ++dst)
        source[size_t(dst)] = std::min(int(std::floor(float(dst) * scale)), inSize - 1);
    return source;
}

} // namespace

SobolExplainer::SobolExplainer(const ExplainerSettings& settings)
    : grid_(settings.integer("SOBOL", "grid")), designs_(settings.integer("SOBOL", "designs")),
      batchSize_(std::max(1, settings.batchSize)) {
    if (grid_ < 1 || 2 * grid_ * grid_ > 3667)
        throw Error(ErrorCode::InvalidArgument, "sobol.grid", "SOBOL's grid size must be in [1, 42]");
    if (designs_ < 2 || (designs_ & (designs_ - 1)) != 0)
        throw Error(ErrorCode::InvalidArgument, "sobol.designs",
                    "SOBOL's number of designs must be a power of two >= 2");
}

Explanation SobolExplainer::explain(const ExplainContext& ctx) const {
    if (!ctx.segments)
        throw Error(ErrorCode::InvalidArgument, "SOBOL", "no segmentation");
    if (ctx.image.empty())
        throw Error(ErrorCode::InvalidArgument, "SOBOL", "no image");
    // Checked before the forwards, not after them.
    if (ctx.segments->labels.size() != ctx.image.size())
        throw Error(ErrorCode::InvalidArgument, "SOBOL", "segmentation is not at the input size");
    const int height = ctx.image.rows;
    const int width = ctx.image.cols;
    const int dims = grid_ * grid_;

    const SobolDesign design = makeSobolDesign(dims, designs_, SeededRng::derive(ctx.seed, kSobolStream));
    const std::vector<int> sourceRow = nearestSource(height, grid_);
    const std::vector<int> sourceCol = nearestSource(width, grid_);

    // Each mask is written straight into the scorer's buffer from its design row: no mask is
    // ever stored, and the design itself is only N * (d + 2) * d floats (540 KB at 8 x 8, 32).
    // Rows that take the same grid row are copies of the one above (32 rows per cell at 256 px).
    auto makeMask = [&](int index, cv::Mat& mask) {
        const float* cells = design.row(index);
        for (int y = 0; y < height; ++y) {
            float* out = mask.ptr<float>(y);
            if (y > 0 && sourceRow[size_t(y)] == sourceRow[size_t(y - 1)]) {
                std::memcpy(out, mask.ptr<float>(y - 1), size_t(width) * sizeof(float));
                continue;
            }
            const float* cellRow = cells + size_t(sourceRow[size_t(y)]) * size_t(grid_);
            for (int x = 0; x < width; ++x)
                out[x] = cellRow[sourceCol[size_t(x)]];
        }
    };

    MaskedScorer scorer(ctx, batchSize_);
    const std::vector<double> outputs = scorer.score(design.rows(), makeMask, "sobol");
    const std::vector<double> indices = jansenTotalIndices(outputs, designs_, dims);

    cv::Mat indexGrid(grid_, grid_, CV_32F);
    for (int i = 0; i < dims; ++i)
        indexGrid.at<float>(i / grid_, i % grid_) = float(indices[size_t(i)]);

    Explanation result;
    // Fel's reference resizes the index grid with cv2.resize(..., INTER_CUBIC).
    cv::resize(indexGrid, result.saliency, cv::Size(width, height), 0, 0, cv::INTER_CUBIC);
    result.inferences = scorer.inferences();
    result.designDigest = scorer.designDigest();
    result.segmentScores = meanPerSegment(result.saliency, *ctx.segments);
    result.ranking = rankDescending(result.segmentScores);
    result.saliencyDisplay = normalizeForDisplay(result.saliency);
    return result;
}

const MethodDescriptor& sobolDescriptor() {
    static const MethodDescriptor method = [] {
        MethodDescriptor m;
        m.name = "SOBOL";
        m.description = "SOBOL: total Sobol indices of a grid of soft masks (8x8 by default): how much of the "
                        "variation of P(fake) each cell explains, alone and with others. Classic fill: blur, as "
                        "the paper's text says (the authors' code sets hidden pixels to 0).";
        m.scoreLabel = QT_TRANSLATE_NOOP("MethodText", "total Sobol index");
        m.classicFill = FillKind::Blur;
        m.parameters = {
            {"grid", QT_TRANSLATE_NOOP("MethodText", "grid cells per side"), 8, 1, 42, true, SamplesScaling::Fixed},
            {"designs", QT_TRANSLATE_NOOP("MethodText", "designs"), 32, 2, 65536, true,
             SamplesScaling::PowerOfTwoOfSamplesOver64},
        };
        // Jansen's estimator: two base matrices plus one per grid cell, per design.
        m.paperSeconds = 13.9;
        m.paperAdversarialSeconds = 44.2;
        m.expectedForwards = [](const ExplainerSettings& s) {
            const double grid = s.value("SOBOL", "grid");
            return s.value("SOBOL", "designs") * (grid * grid + 2);
        };
        m.make = [](const ExplainerSettings& s) { return std::make_unique<SobolExplainer>(s); };
        return m;
    }();
    return method;
}

} // namespace fakelens
