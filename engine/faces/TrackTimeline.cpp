#include "faces/TrackTimeline.h"

#include "core/Error.h"
#include "faces/VideoVerdict.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace fakelens {

void TrackTimeline::add(const TrackPoint& point) {
    if (!points_.empty() && point.frame <= points_.back().frame)
        throw Error(ErrorCode::InvalidArgument, "track " + std::to_string(id_),
                    "frames must increase: " + std::to_string(point.frame) + " after " +
                        std::to_string(points_.back().frame));
    points_.push_back(point);
    if (point.detected)
        ++detections_;
}

std::vector<double> TrackTimeline::smoothedScores(int window) const {
    const int n = int(points_.size());
    std::vector<double> out(size_t(n), 0.0);
    const int half = window <= 1 ? 0 : window / 2;
    // Prefix sums keep this linear in the length whatever the window.
    std::vector<double> prefix(size_t(n) + 1, 0.0);
    for (int i = 0; i < n; ++i)
        prefix[size_t(i) + 1] = prefix[size_t(i)] + double(points_[size_t(i)].fakeProbability);
    for (int i = 0; i < n; ++i) {
        const int lo = std::max(0, i - half), hi = std::min(n - 1, i + half);
        out[size_t(i)] = (prefix[size_t(hi) + 1] - prefix[size_t(lo)]) / double(hi - lo + 1);
    }
    return out;
}

double TrackTimeline::fakeScore() const {
    std::vector<double> scores;
    scores.reserve(points_.size());
    for (const TrackPoint& p : points_)
        scores.push_back(p.fakeProbability);
    return topFractionMean(std::move(scores), kVideoTopFraction);
}

int TrackTimeline::pointNearestTo(int frame) const {
    if (points_.empty())
        return -1;
    const auto it = std::lower_bound(points_.begin(), points_.end(), frame,
                                     [](const TrackPoint& p, int f) { return p.frame < f; });
    if (it == points_.begin())
        return 0;
    if (it == points_.end())
        return int(points_.size()) - 1;
    const auto before = it - 1;
    return int((frame - before->frame <= it->frame - frame ? before : it) - points_.begin());
}

} // namespace fakelens
