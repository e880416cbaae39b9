#pragma once

#include "explain/NesAttack.h"

#include <cstddef>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <utility>

namespace fakelens {

// NES samples already computed, keyed by (face image, model file, NES settings, seed), so the
// four _adv methods of one face (and a re-run from the GUI) share one attack. Thread-safe; keeps
// the `capacity` most recently used samples.
class AdversarialSampleCache {
public:
    explicit AdversarialSampleCache(std::size_t capacity = 8);

    // A key that changes when any input of the attack changes: image bytes, model path, seed and
    // every setting that changes the result (the mask included; the batch size is left out).
    static std::string makeKey(const cv::Mat& image, const std::string& modelPath,
                               const NesSettings& settings, std::uint64_t seed);

    std::shared_ptr<const NesResult> find(const std::string& key);
    void insert(const std::string& key, std::shared_ptr<const NesResult> result);

    // The cached sample, or runNes() (outside the lock) and remember it. `computed` (optional)
    // tells whether the attack ran in this call.
    std::shared_ptr<const NesResult> getOrCompute(Detector& detector, const cv::Mat& image,
                                                  const NesSettings& settings, std::uint64_t seed,
                                                  ProgressReporter progress, CancelToken cancel,
                                                  bool* computed = nullptr);

    void clear();
    std::size_t size() const;
    std::size_t capacity() const { return capacity_; }

private:
    using Entry = std::pair<std::string, std::shared_ptr<const NesResult>>;
    mutable std::mutex mutex_;
    std::size_t capacity_;
    std::list<Entry> entries_; // most recently used first
};

} // namespace fakelens
