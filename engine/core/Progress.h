#pragma once

#include <functional>
#include <string>

namespace fakelens {

// Called by long engine work with the fraction done (0..1) and a short stage name
// ("nes", "lime", ...). May be called from a worker thread; it must be cheap.
using ProgressCallback = std::function<void(double fraction, const std::string& stage)>;

// Reports progress through an optional callback, mapping a sub-range of the work onto [0,1]
// so that nested stages can report their own 0..1 without knowing where they sit.
class ProgressReporter {
public:
    ProgressReporter(ProgressCallback callback = {}, double begin = 0.0, double end = 1.0)
        : callback_(std::move(callback)), begin_(begin), end_(end) {}

    void report(double fraction, const std::string& stage) const {
        if (callback_)
            callback_(begin_ + (end_ - begin_) * clamp01(fraction), stage);
    }
    // A reporter for the part [from, to] of this one's range.
    ProgressReporter sub(double from, double to) const {
        return ProgressReporter(callback_, begin_ + (end_ - begin_) * from,
                                begin_ + (end_ - begin_) * to);
    }

private:
    static double clamp01(double v) { return v < 0 ? 0 : (v > 1 ? 1 : v); }
    ProgressCallback callback_;
    double begin_;
    double end_;
};

} // namespace fakelens
