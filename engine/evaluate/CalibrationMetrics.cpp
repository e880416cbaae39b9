#include "evaluate/CalibrationMetrics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace fakelens {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}

double rocAuc(const std::vector<double>& fakeScores, const std::vector<double>& realScores) {
    const size_t nf = fakeScores.size(), nr = realScores.size();
    if (nf == 0 || nr == 0)
        return kNaN;
    // (score, is fake), sorted; tied scores share their average rank, which is what makes a
    // tied pair count half in U = R_fake - nf (nf + 1) / 2.
    std::vector<std::pair<double, bool>> all;
    all.reserve(nf + nr);
    for (double s : fakeScores)
        all.emplace_back(s, true);
    for (double s : realScores)
        all.emplace_back(s, false);
    std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    double fakeRankSum = 0;
    for (size_t i = 0; i < all.size();) {
        size_t j = i;
        while (j < all.size() && all[j].first == all[i].first)
            ++j;
        const double averageRank = (double(i + 1) + double(j)) / 2.0; // ranks i+1 .. j
        for (size_t k = i; k < j; ++k)
            if (all[k].second)
                fakeRankSum += averageRank;
        i = j;
    }
    const double u = fakeRankSum - double(nf) * double(nf + 1) / 2.0;
    return u / (double(nf) * double(nr));
}

ProportionInterval wilsonInterval(int hits, int trials) {
    if (trials <= 0)
        return {kNaN, kNaN};
    constexpr double z = 1.959963984540054; // the 97.5th percentile of the standard normal
    const double n = trials, p = double(hits) / n, z2 = z * z;
    const double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    const double half = z * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

double ThresholdCounts::tpr() const {
    const int fakes = truePositives + falseNegatives;
    return fakes > 0 ? double(truePositives) / fakes : kNaN;
}

double ThresholdCounts::fpr() const {
    const int reals = falsePositives + trueNegatives;
    return reals > 0 ? double(falsePositives) / reals : kNaN;
}

ThresholdCounts countAtThreshold(const std::vector<double>& fakeScores, const std::vector<double>& realScores,
                                 double threshold) {
    ThresholdCounts c;
    for (double s : fakeScores)
        ++(s >= threshold ? c.truePositives : c.falseNegatives);
    for (double s : realScores)
        ++(s >= threshold ? c.falsePositives : c.trueNegatives);
    return c;
}

std::vector<ReliabilityBin> reliabilityTable(const std::vector<double>& fakeScores,
                                             const std::vector<double>& realScores, int bins) {
    bins = std::max(1, bins);
    std::vector<ReliabilityBin> table(static_cast<size_t>(bins));
    std::vector<double> sums(size_t(bins), 0.0);
    std::vector<int> fakes(size_t(bins), 0);
    const auto binOf = [bins](double s) {
        const int b = int(std::floor(s * bins));
        return std::clamp(b, 0, bins - 1); // 1.0 belongs to the last bin
    };
    for (int pass = 0; pass < 2; ++pass)
        for (double s : pass == 0 ? fakeScores : realScores) {
            const int b = binOf(s);
            ++table[size_t(b)].count;
            sums[size_t(b)] += s;
            fakes[size_t(b)] += pass == 0 ? 1 : 0;
        }
    for (int b = 0; b < bins; ++b) {
        ReliabilityBin& bin = table[size_t(b)];
        bin.low = double(b) / bins;
        bin.high = double(b + 1) / bins;
        bin.fakes = fakes[size_t(b)];
        bin.meanScore = bin.count > 0 ? sums[size_t(b)] / bin.count : kNaN;
        bin.fractionFake = bin.count > 0 ? double(fakes[size_t(b)]) / bin.count : kNaN;
    }
    return table;
}

std::optional<ScoreBand> proposedInconclusiveBand(const std::vector<ReliabilityBin>& table, double precision) {
    std::optional<ScoreBand> band;
    for (const ReliabilityBin& bin : table) {
        // On counts, so that 4 of 5 reaches 0.8 exactly (no 1 - 0.2 rounding).
        const double needed = precision * bin.count - 1e-9;
        if (bin.count == 0 || bin.fakes >= needed || bin.count - bin.fakes >= needed)
            continue;
        if (!band)
            band = ScoreBand{bin.low, bin.high};
        band->high = bin.high;
    }
    return band;
}

} // namespace fakelens
