#include "explain/AdversarialSampleCache.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace fakelens {

namespace {

// FNV-1a, 64 bit: a stable content hash (std::hash is not stable across builds).
struct Fnv1a {
    std::uint64_t h = 1469598103934665603ULL;
    void add(const void* data, std::size_t n) {
        const auto* p = static_cast<const unsigned char*>(data);
        for (std::size_t i = 0; i < n; ++i) {
            h ^= p[i];
            h *= 1099511628211ULL;
        }
    }
    template <typename T> void addValue(const T& v) { add(&v, sizeof v); }
};

void addMat(Fnv1a& hash, const cv::Mat& m) {
    hash.addValue(m.rows);
    hash.addValue(m.cols);
    hash.addValue(m.type());
    if (m.empty())
        return;
    const std::size_t rowBytes = m.cols * m.elemSize();
    for (int y = 0; y < m.rows; ++y)
        hash.add(m.ptr(y), rowBytes);
}

} // namespace

AdversarialSampleCache::AdversarialSampleCache(std::size_t capacity)
    : capacity_(std::max<std::size_t>(1, capacity)) {}

std::string AdversarialSampleCache::makeKey(const cv::Mat& image, const std::string& modelPath,
                                            const NesSettings& settings, std::uint64_t seed) {
    Fnv1a imageHash;
    addMat(imageHash, image);
    Fnv1a maskHash;
    addMat(maskHash, settings.mask);
    char text[512];
    std::snprintf(text, sizeof text, "%016llx|%.17g|%d|%.17g|%.17g|%d|%d|%d|%016llx|%016llx|",
                  static_cast<unsigned long long>(imageHash.h), settings.sigma, settings.samples,
                  settings.alpha, settings.epsilon, settings.maxIterations,
                  settings.paperCompatible ? 1 : 0, settings.perChannel ? 1 : 0, static_cast<unsigned long long>(maskHash.h),
                  static_cast<unsigned long long>(seed));
    return text + modelPath;
}

std::shared_ptr<const NesResult> AdversarialSampleCache::find(const std::string& key) {
    std::lock_guard<std::mutex> lock(mutex_);
    for (auto it = entries_.begin(); it != entries_.end(); ++it)
        if (it->first == key) {
            entries_.splice(entries_.begin(), entries_, it); // now most recently used
            return entries_.front().second;
        }
    return nullptr;
}

void AdversarialSampleCache::insert(const std::string& key, std::shared_ptr<const NesResult> result) {
    std::lock_guard<std::mutex> lock(mutex_);
    entries_.remove_if([&](const Entry& e) { return e.first == key; });
    entries_.emplace_front(key, std::move(result));
    while (entries_.size() > capacity_)
        entries_.pop_back();
}

std::shared_ptr<const NesResult> AdversarialSampleCache::getOrCompute(
    Detector& detector, const cv::Mat& image, const NesSettings& settings, std::uint64_t seed,
    ProgressReporter progress, CancelToken cancel, bool* computed) {
    const std::string key = makeKey(image, detector.modelPath(), settings, seed);
    if (auto hit = find(key)) {
        if (computed)
            *computed = false;
        progress.report(1.0, "nes");
        return hit;
    }
    // The attack runs without the lock: another face (or detector) may use the cache meanwhile.
    auto result = std::make_shared<const NesResult>(
        runNes(detector, image, settings, seed, progress, cancel));
    insert(key, result);
    if (computed)
        *computed = true;
    return result;
}

void AdversarialSampleCache::clear() {
    std::lock_guard<std::mutex> lock(mutex_);
    entries_.clear();
}

std::size_t AdversarialSampleCache::size() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return entries_.size();
}

} // namespace fakelens
