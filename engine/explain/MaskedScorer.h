#pragma once

#include "explain/Explainer.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace fakelens {

// Scores many perturbed copies of a face in detector batches: copy i is
//   image * m_i + fill * (1 - m_i)
// for a soft mask m_i (CV_32F, input size, 1 = keep the face's pixel, 0 = take the fill).
// Every explainer perturbs this way, so batching, cancel checks, progress and the inference
// count live here once.
class MaskedScorer {
public:
    // Keeps a reference to `ctx`: it must outlive the scorer. Throws InvalidArgument when the
    // image or fill is not at the detector's input size.
    explicit MaskedScorer(const ExplainContext& ctx, int batchSize = 64);

    // Writes mask `index` into `mask` (already allocated CV_32F HxW).
    using MaskMaker = std::function<void(int index, cv::Mat& mask)>;

    // P(fake) of each of `count` perturbed copies, in index order (double: see
    // Detector::fakeProbabilities). Reports progress under `stage` and throws CancelledError
    // between batches once ctx.cancel is set.
    std::vector<double> score(int count, const MaskMaker& makeMask, const std::string& stage);

    // The CV_32F mask (1 = keep) of an on/off segment vector: keep[s] != 0 keeps segment s.
    static cv::Mat segmentMask(const Segmentation& segments, const std::vector<unsigned char>& keep);
    // The same, written into `mask` in place (reallocated only if its size/type is wrong), so a
    // MaskMaker can reuse the scorer's buffer: `keep` points at segments.count flags.
    static void writeSegmentMask(const Segmentation& segments, const unsigned char* keep,
                                 cv::Mat& mask);

    long long inferences() const { return inferences_; }
    // A 64-bit digest of every mask scored so far, in order (their float bits): two runs with
    // equal digests evaluated the same design. A method's classic and _adv forms share their
    // design (common random numbers), and this is how the tests and the results file show it.
    std::uint64_t designDigest() const { return digest_; }

private:
    const ExplainContext& ctx_;
    int batchSize_;
    long long inferences_ = 0;
    std::uint64_t digest_ = 0;
};

} // namespace fakelens
