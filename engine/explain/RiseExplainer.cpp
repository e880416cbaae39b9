#include "explain/RiseExplainer.h"

#include "core/Error.h"
#include "explain/ExplainerRegistry.h"
#include "core/SeededRng.h"
#include "explain/MaskedScorer.h"
#include "explain/SegmentScores.h"

#include <QtGlobal>

#include <opencv2/core.hpp>

#include <algorithm>
#include <atomic>
#include <cmath>

namespace fakelens {

namespace {

// Label of this method's random stream (see SeededRng::derive).
constexpr std::uint64_t kRiseStream = 0x815E'2000ULL;
// Rows per parallel stripe of the weighted sum, and masks between cancel checks there.
constexpr int kStripeRows = 16;
constexpr int kCancelEvery = 256;

// Source taps of PyTorch's bilinear upsampling with align_corners=False from `in` cells to `out`
// pixels: src = (dst + 0.5) * in / out - 0.5, clamped at 0, in float as PyTorch computes it.
void bilinearTaps(int in, int out, std::vector<int>& lo, std::vector<int>& hi,
                  std::vector<float>& w) {
    lo.resize(size_t(out));
    hi.resize(size_t(out));
    w.resize(size_t(out));
    const float scale = float(in) / float(out);
    for (int dst = 0; dst < out; ++dst) {
        const float src = std::max(0.0f, scale * (float(dst) + 0.5f) - 0.5f);
        const int l = std::min(int(src), in - 1);
        lo[size_t(dst)] = l;
        hi[size_t(dst)] = std::min(l + 1, in - 1);
        w[size_t(dst)] = src - float(l);
    }
}

} // namespace

RiseExplainer::MaskSet::MaskSet(int count, int grid, double keepProbability, int height,
                                int width, std::uint64_t seed)
    : count_(count), grid_(grid), height_(height), width_(width), keep_(keepProbability) {
    if (count < 1 || grid < 1 || height < 1 || width < 1 || !(keepProbability > 0.0) ||
        keepProbability > 1.0)
        throw Error(ErrorCode::InvalidArgument, "RISE",
                    "need masks >= 1, grid >= 1 and a keep probability in (0, 1]");
    const int cellH = (height + grid - 1) / grid;
    const int cellW = (width + grid - 1) / grid;
    bilinearTaps(grid, (grid + 1) * cellH, loY_, hiY_, wY_);
    bilinearTaps(grid, (grid + 1) * cellW, loX_, hiX_, wX_);

    // One sequential stream, drawn in mask order: grid cells row by row, then the y and x
    // offsets (the reference's order). The set depends only on its arguments.
    SeededRng rng(seed);
    const size_t cellsPerMask = size_t(grid) * size_t(grid);
    cells_.resize(size_t(count) * cellsPerMask);
    offsets_.resize(size_t(2 * count));
    for (int i = 0; i < count; ++i) {
        std::uint8_t* c = cells_.data() + size_t(i) * cellsPerMask;
        for (size_t k = 0; k < cellsPerMask; ++k)
            c[k] = rng.bernoulli(keepProbability) ? 1 : 0;
        offsets_[size_t(2 * i)] = int(rng.below(std::uint64_t(cellH)));
        offsets_[size_t(2 * i + 1)] = int(rng.below(std::uint64_t(cellW)));
    }
}

const std::uint8_t* RiseExplainer::MaskSet::cells(int index) const {
    return cells_.data() + size_t(index) * size_t(grid_) * size_t(grid_);
}

void RiseExplainer::MaskSet::expandRows(int index, int firstRow, int lastRow, float* rows) const {
    const std::uint8_t* c = cells(index);
    const int dx = offsetX(index);
    for (int a = firstRow; a <= lastRow; ++a) {
        const std::uint8_t* cellRow = c + size_t(a) * size_t(grid_);
        float* out = rows + size_t(a) * size_t(width_);
        for (int x = 0; x < width_; ++x) {
            const size_t u = size_t(x + dx);
            const float w = wX_[u];
            out[x] = (1.0f - w) * float(cellRow[loX_[u]]) + w * float(cellRow[hiX_[u]]);
        }
    }
}

void RiseExplainer::MaskSet::write(int index, cv::Mat& mask) const {
    if (index < 0 || index >= count_)
        throw Error(ErrorCode::InvalidArgument, "RISE", "mask index out of range");
    if (mask.rows != height_ || mask.cols != width_ || mask.type() != CV_32F)
        mask.create(height_, width_, CV_32F);
    // Bilinear interpolation is separable: expand the grid rows along x once, then blend two
    // of them per output row. About two multiply-adds per pixel, no full-size temporary.
    std::vector<float> rows(size_t(grid_) * size_t(width_));
    expandRows(index, 0, grid_ - 1, rows.data());
    const int dy = offsetY(index);
    for (int y = 0; y < height_; ++y) {
        const size_t v = size_t(y + dy);
        const float w = wY_[v];
        const float* r0 = rows.data() + size_t(loY_[v]) * size_t(width_);
        const float* r1 = rows.data() + size_t(hiY_[v]) * size_t(width_);
        float* out = mask.ptr<float>(y);
        for (int x = 0; x < width_; ++x)
            out[x] = (1.0f - w) * r0[x] + w * r1[x];
    }
}

cv::Mat RiseExplainer::MaskSet::weightedSum(const std::vector<double>& weights,
                                            const CancelToken& cancel) const {
    if (int(weights.size()) != count_)
        throw Error(ErrorCode::InvalidArgument, "RISE", "one weight per mask expected");
    cv::Mat sum(height_, width_, CV_32F);
    std::atomic<bool> stopped(false);
    const int stripes = (height_ + kStripeRows - 1) / kStripeRows;
    // Stripes of rows in parallel; inside a stripe every pixel adds the masks in index order, so
    // the result does not depend on how OpenCV schedules the stripes.
    cv::parallel_for_(cv::Range(0, stripes), [&](const cv::Range& range) {
        std::vector<float> rows(size_t(grid_) * size_t(width_));
        std::vector<double> acc(size_t(kStripeRows) * size_t(width_));
        for (int stripe = range.start; stripe < range.end; ++stripe) {
            const int y0 = stripe * kStripeRows;
            const int y1 = std::min(height_, y0 + kStripeRows);
            std::fill(acc.begin(), acc.end(), 0.0);
            for (int i = 0; i < count_; ++i) {
                if (i % kCancelEvery == 0 && (stopped.load() || cancel.isCancelled())) {
                    stopped.store(true);
                    return;
                }
                const double f = weights[size_t(i)];
                if (f == 0.0)
                    continue;
                // A stripe of 16 rows touches one or two grid rows: expand only those.
                const int dy = offsetY(i);
                expandRows(i, loY_[size_t(y0 + dy)], hiY_[size_t(y1 - 1 + dy)], rows.data());
                for (int y = y0; y < y1; ++y) {
                    const size_t v = size_t(y + dy);
                    const float w = wY_[v];
                    const float* r0 = rows.data() + size_t(loY_[v]) * size_t(width_);
                    const float* r1 = rows.data() + size_t(hiY_[v]) * size_t(width_);
                    double* a = acc.data() + size_t(y - y0) * size_t(width_);
                    for (int x = 0; x < width_; ++x)
                        a[x] += f * double((1.0f - w) * r0[x] + w * r1[x]);
                }
            }
            for (int y = y0; y < y1; ++y) {
                const double* a = acc.data() + size_t(y - y0) * size_t(width_);
                float* out = sum.ptr<float>(y);
                for (int x = 0; x < width_; ++x)
                    out[x] = float(a[x]);
            }
        }
    });
    if (stopped.load())
        throw CancelledError();
    return sum;
}

RiseExplainer::RiseExplainer(const ExplainerSettings& settings)
    : masks_(settings.integer("RISE", "masks")), grid_(settings.integer("RISE", "grid")),
      keep_(settings.value("RISE", "keep_probability")),
      batchSize_(std::max(1, settings.batchSize)) {
    if (masks_ < 1 || grid_ < 1 || !(keep_ > 0.0) || keep_ > 1.0)
        throw Error(ErrorCode::InvalidArgument, "RISE",
                    "need masks >= 1, grid >= 1 and a keep probability in (0, 1]");
}

RiseExplainer::MaskSet RiseExplainer::masksFor(int height, int width, std::uint64_t seed) const {
    return MaskSet(masks_, grid_, keep_, height, width, SeededRng::derive(seed, kRiseStream));
}

Explanation RiseExplainer::explain(const ExplainContext& ctx) const {
    if (!ctx.segments)
        throw Error(ErrorCode::InvalidArgument, "RISE", "no segmentation");
    if (ctx.image.empty())
        throw Error(ErrorCode::InvalidArgument, "RISE", "no image");
    // Checked before the forwards, not after them.
    if (ctx.segments->labels.size() != ctx.image.size())
        throw Error(ErrorCode::InvalidArgument, "RISE", "segmentation is not at the input size");
    const MaskSet masks = masksFor(ctx.image.rows, ctx.image.cols, ctx.seed);

    // The forwards are nearly all the work; the weighted sum after them gets the last 2 %.
    ExplainContext scoring = ctx;
    scoring.progress = ctx.progress.sub(0.0, 0.98);
    MaskedScorer scorer(scoring, batchSize_);
    // Masks are expanded straight into the scorer's buffer, one at a time.
    std::vector<double> scores =
        scorer.score(masks.count(), [&](int index, cv::Mat& mask) { masks.write(index, mask); }, "rise");

    // Centred on the mean score: sum_i (f_i - mean) m_i / (N p). Its expectation is the paper's
    // E[f M] / p minus the constant mean (E[M] = p at every pixel), so rankings and the min-max
    // heatmap are the paper's; but the centring removes the term mean * (sum_i m_i / (N p)),
    // which is pure mask-density noise (~1e-2 at N = 4000) and swamps the signal of a detector
    // that is very sure (P(fake) = 1 - 1e-9 moves by ~1e-10). The mean is taken in double and
    // the weights stay double until the sum, so nothing of that signal is rounded away.
    double mean = 0.0;
    for (double f : scores)
        mean += f;
    mean /= double(std::max<size_t>(1, scores.size()));
    for (double& f : scores)
        f -= mean;

    Explanation result;
    result.saliency = masks.weightedSum(scores, ctx.cancel);
    result.saliency *= 1.0 / (double(masks.count()) * keep_);
    result.inferences = scorer.inferences();
    result.designDigest = scorer.designDigest();
    result.segmentScores = meanPerSegment(result.saliency, *ctx.segments);
    result.ranking = rankDescending(result.segmentScores);
    result.saliencyDisplay = normalizeForDisplay(result.saliency);
    ctx.progress.report(1.0, "rise");
    return result;
}

const MethodDescriptor& riseDescriptor() {
    static const MethodDescriptor method = [] {
        MethodDescriptor m;
        m.name = "RISE";
        m.description = "RISE: averages thousands of random smooth masks weighted by the P(fake) each one leaves "
                        "(centred on the mean P(fake), which removes mask-density noise and shifts the map by a "
                        "constant); a segment's score is its mean saliency.";
        m.scoreLabel = QT_TRANSLATE_NOOP("MethodText", "mean P(fake) with the region kept");
        m.classicFill = FillKind::Zeros;
        m.parameters = {
            {"masks", QT_TRANSLATE_NOOP("MethodText", "masks"), 4000, 1, 1000000, true, SamplesScaling::Samples},
            {"grid", QT_TRANSLATE_NOOP("MethodText", "grid cells per side"), 7, 1, 64, true, SamplesScaling::Fixed},
            {"keep_probability", QT_TRANSLATE_NOOP("MethodText", "keep probability"), 0.5, 0.01, 1, false,
             SamplesScaling::Fixed},
        };
        m.paperSeconds = 12.9;
        m.paperAdversarialSeconds = 53.9;
        m.expectedForwards = [](const ExplainerSettings& s) { return s.value("RISE", "masks"); };
        m.make = [](const ExplainerSettings& s) { return std::make_unique<RiseExplainer>(s); };
        return m;
    }();
    return method;
}

} // namespace fakelens
