#include "explain/MaskedScorer.h"

#include "core/Error.h"
#include "core/SeededRng.h"

#include <opencv2/core.hpp>
#include <opencv2/core/utility.hpp>

#include <algorithm>
#include <cstring>

namespace fakelens {

namespace {

// The compositing below walks raw pointers, so both images must be continuous CV_32FC3.
cv::Mat continuousRgbFloat(const cv::Mat& m, const char* what) {
    if (m.empty() || m.type() != CV_32FC3)
        throw Error(ErrorCode::InvalidArgument, what, "must be a CV_32FC3 image");
    return m.isContinuous() ? m : m.clone();
}

// The mask's float bits, eight bytes at a time (it is read for the compositing anyway, so the
// digest costs next to nothing).
std::uint64_t hashMask(const float* mask, size_t pixels) {
    std::uint64_t h = 0x6A09E667F3BCC908ULL ^ pixels;
    size_t p = 0;
    for (; p + 1 < pixels; p += 2) {
        std::uint64_t word;
        std::memcpy(&word, mask + p, sizeof word);
        h = (h ^ word) * 0x100000001B3ULL;
        h ^= h >> 29;
    }
    if (p < pixels) {
        std::uint32_t last;
        std::memcpy(&last, mask + p, sizeof last);
        h = (h ^ last) * 0x100000001B3ULL;
    }
    return h;
}

} // namespace

MaskedScorer::MaskedScorer(const ExplainContext& ctx, int batchSize)
    : ctx_(ctx), batchSize_(std::max(1, batchSize)) {
    if (!ctx.detector)
        throw Error(ErrorCode::InvalidArgument, "MaskedScorer", "no detector");
    if (ctx.image.size() != ctx.fill.size())
        throw Error(ErrorCode::InvalidArgument, "MaskedScorer", "image and fill differ in size");
    const ModelCard& card = ctx.detector->card();
    if (ctx.image.cols != card.inputWidth || ctx.image.rows != card.inputHeight)
        throw Error(ErrorCode::InvalidArgument, "MaskedScorer",
                    "image is not at the detector's input size");
}

std::vector<double> MaskedScorer::score(int count, const MaskMaker& makeMask,
                                        const std::string& stage) {
    std::vector<double> scores;
    if (count <= 0)
        return scores;
    scores.reserve(size_t(count));

    const cv::Mat image = continuousRgbFloat(ctx_.image, "explained image");
    const cv::Mat fill = continuousRgbFloat(ctx_.fill, "fill image");
    const int height = image.rows;
    const int width = image.cols;
    const size_t pixels = size_t(height) * width;
    const float* img = image.ptr<float>();
    const float* fil = fill.ptr<float>();

    // One set of mask buffers and one batch buffer for the whole call: no allocation per image.
    std::vector<cv::Mat> masks(size_t(std::min(batchSize_, count)));
    for (cv::Mat& mask : masks)
        mask.create(height, width, CV_32F);
    ImageBatch batch(std::min(batchSize_, count), height, width);
    std::vector<std::uint64_t> maskHashes(masks.size());

    ctx_.progress.report(0.0, stage);
    for (int start = 0; start < count; start += batchSize_) {
        ctx_.cancel.throwIfCancelled();
        const int n = std::min(batchSize_, count - start);
        // Masks in order on this thread (a mask maker may draw from one random stream), then
        // the compositing on all cores: the detector's threads wait for it otherwise.
        for (int k = 0; k < n; ++k) {
            cv::Mat& mask = masks[size_t(k)];
            makeMask(start + k, mask);
            if (mask.rows != height || mask.cols != width || mask.type() != CV_32F ||
                !mask.isContinuous())
                throw Error(ErrorCode::Internal, stage, "mask maker changed the mask's layout");
        }
        cv::parallel_for_(cv::Range(0, n), [&](const cv::Range& range) {
            for (int k = range.start; k < range.end; ++k) {
                const float* m = masks[size_t(k)].ptr<float>();
                maskHashes[size_t(k)] = hashMask(m, pixels);
                float* out = batch.image(k);
                // image * m + fill * (1 - m): exact for m = 0 and m = 1, so an all-on mask
                // gives the face bit for bit and an all-off mask the fill.
                for (size_t p = 0; p < pixels; ++p) {
                    const float keep = m[p];
                    const float drop = 1.0f - keep;
                    const size_t q = 3 * p;
                    out[q] = img[q] * keep + fil[q] * drop;
                    out[q + 1] = img[q + 1] * keep + fil[q + 1] * drop;
                    out[q + 2] = img[q + 2] * keep + fil[q + 2] * drop;
                }
            }
        });
        for (int k = 0; k < n; ++k) // in index order, whatever the threads did
            digest_ = SeededRng::derive(digest_, maskHashes[size_t(k)]);
        const std::vector<double> batchScores = ctx_.detector->fakeProbabilities(batch.pixels.data(), n);
        if (int(batchScores.size()) != n)
            throw Error(ErrorCode::Internal, "MaskedScorer", "detector returned a wrong count");
        scores.insert(scores.end(), batchScores.begin(), batchScores.end());
        inferences_ += n;
        ctx_.progress.report(double(start + n) / count, stage);
    }
    return scores;
}

void MaskedScorer::writeSegmentMask(const Segmentation& segments, const unsigned char* keep,
                                    cv::Mat& mask) {
    CV_Assert(segments.labels.type() == CV_32S);
    if (mask.size() != segments.labels.size() || mask.type() != CV_32F)
        mask.create(segments.labels.size(), CV_32F);
    // A per-segment lookup keeps the per-pixel work to one load and one store.
    std::vector<float> value(size_t(std::max(segments.count, 1)));
    for (int s = 0; s < segments.count; ++s)
        value[size_t(s)] = keep[s] ? 1.0f : 0.0f;
    for (int y = 0; y < mask.rows; ++y) {
        const int* label = segments.labels.ptr<int>(y);
        float* out = mask.ptr<float>(y);
        for (int x = 0; x < mask.cols; ++x)
            out[x] = value[size_t(label[x])];
    }
}

cv::Mat MaskedScorer::segmentMask(const Segmentation& segments,
                                  const std::vector<unsigned char>& keep) {
    if (int(keep.size()) < segments.count)
        throw Error(ErrorCode::InvalidArgument, "segmentMask", "keep vector shorter than segments");
    cv::Mat mask;
    writeSegmentMask(segments, keep.data(), mask);
    return mask;
}

} // namespace fakelens
