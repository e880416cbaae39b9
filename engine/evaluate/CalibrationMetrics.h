#pragma once

#include <optional>
#include <vector>

namespace fakelens {

// The error-rate arithmetic of a calibration (issue 18): pure functions of the scores, so that a
// test can check them on hand-made numbers with known answers.

// ROC AUC as the Mann-Whitney statistic: the share of (fake, real) pairs in which the fake scores
// higher, a tie counting half. Computed from average ranks (O(n log n)); NaN when a class is empty.
double rocAuc(const std::vector<double>& fakeScores, const std::vector<double>& realScores);

// The verdicts at a threshold (fake when P(fake) >= threshold, as everywhere in FakeLens).
struct ThresholdCounts {
    int truePositives = 0;  // fakes called fake
    int falseNegatives = 0; // fakes called real (missed)
    int falsePositives = 0; // reals called fake (flagged)
    int trueNegatives = 0;  // reals called real
    double tpr() const;     // TP / fakes; NaN without fakes
    double fpr() const;     // FP / reals; NaN without reals
};
// Wilson's 95 % score interval of a proportion `hits` / `trials` (Wilson 1927): unlike the plain
// p +- 1.96 sd it stays inside [0, 1] and is not empty at 0 or `trials` hits, which is what small
// calibration sets give (0 of 2 fakes missed: 0 to 66 %). {NaN, NaN} when trials is 0.
struct ProportionInterval {
    double low = 0;
    double high = 0;
};
ProportionInterval wilsonInterval(int hits, int trials);

ThresholdCounts countAtThreshold(const std::vector<double>& fakeScores, const std::vector<double>& realScores,
                                 double threshold);

// One of the reliability table's equal-width P(fake) bins [low, high) (the last one includes 1).
struct ReliabilityBin {
    double low = 0;
    double high = 0;
    int count = 0;
    int fakes = 0;           // of `count`, labelled fake
    double meanScore = 0;    // NaN when empty
    double fractionFake = 0; // NaN when empty
};
std::vector<ReliabilityBin> reliabilityTable(const std::vector<double>& fakeScores,
                                             const std::vector<double>& realScores, int bins = 10);

// The proposed inconclusive band: from the lowest to the highest non-empty reliability bin in
// which neither class reaches `precision` (fraction fake < precision and fraction real <
// precision, i.e. calling every face of the bin either way would be wrong more than 1 - precision
// of the time). Empty optional when every non-empty bin reaches it. A proposal only: nothing
// applies it.
struct ScoreBand {
    double low = 0;
    double high = 0;
};
std::optional<ScoreBand> proposedInconclusiveBand(const std::vector<ReliabilityBin>& table, double precision = 0.8);

} // namespace fakelens
