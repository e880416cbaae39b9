#include "faces/VideoVerdict.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <map>

namespace fakelens {

double topFractionMean(std::vector<double> values, double fraction) {
    values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return std::isnan(v); }),
                 values.end());
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const size_t k = std::clamp<size_t>(size_t(std::ceil(fraction * double(values.size()) - 1e-9)), 1, values.size());
    std::partial_sort(values.begin(), values.begin() + std::ptrdiff_t(k), values.end(), std::greater<double>());
    double sum = 0;
    for (size_t i = 0; i < k; ++i)
        sum += values[i];
    return sum / double(k);
}

std::string VideoVerdict::rule() {
    return "mean of the top 10% of per-frame maximum P(fake) over confirmed face tracks";
}

VideoVerdict videoVerdict(const std::vector<TrackTimeline>& tracks, double threshold) {
    std::map<int, double> frameMax;
    for (const TrackTimeline& t : tracks) {
        if (!t.confirmed())
            continue;
        for (const TrackPoint& p : t.points()) {
            auto [it, inserted] = frameMax.emplace(p.frame, p.fakeProbability);
            if (!inserted)
                it->second = std::max(it->second, double(p.fakeProbability));
        }
    }
    std::vector<double> maxima;
    maxima.reserve(frameMax.size());
    for (const auto& [frame, score] : frameMax)
        maxima.push_back(score);
    VideoVerdict v;
    v.framesWithFaces = int(maxima.size());
    v.framesInTopFraction =
        maxima.empty() ? 0 : std::max(1, int(std::ceil(kVideoTopFraction * double(maxima.size()) - 1e-9)));
    v.fakeScore = topFractionMean(std::move(maxima));
    v.fake = !std::isnan(v.fakeScore) && v.fakeScore >= threshold;
    return v;
}

} // namespace fakelens
