#include "evaluate/PairedBootstrap.h"

#include "core/SeededRng.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace fakelens {

PairedDifference::PairedDifference()
    : mean(std::numeric_limits<double>::quiet_NaN()), low(std::numeric_limits<double>::quiet_NaN()),
      high(std::numeric_limits<double>::quiet_NaN()) {}

PairedDifference pairedBootstrap(const std::vector<double>& differences, int resamples, std::uint64_t seed) {
    PairedDifference d;
    d.count = int(differences.size());
    if (differences.empty() || resamples < 1)
        return d;
    double sum = 0.0;
    for (double v : differences)
        sum += v;
    d.mean = sum / double(differences.size());
    SeededRng rng(seed);
    std::vector<double> means(static_cast<size_t>(resamples));
    for (double& m : means) {
        double s = 0.0;
        for (size_t i = 0; i < differences.size(); ++i)
            s += differences[size_t(rng.below(differences.size()))];
        m = s / double(differences.size());
    }
    std::sort(means.begin(), means.end());
    // Percentile by the nearest rank, as numpy's "lower"/"higher" would bracket it.
    const auto at = [&](double q) {
        const size_t index = size_t(std::clamp(std::floor(q * double(resamples - 1) + 0.5), 0.0, double(resamples - 1)));
        return means[index];
    };
    d.low = at(0.025);
    d.high = at(0.975);
    return d;
}

} // namespace fakelens
