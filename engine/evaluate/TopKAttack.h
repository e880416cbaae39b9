#pragma once

#include "core/CancelToken.h"
#include "core/Progress.h"
#include "explain/NesAttack.h"
#include "explain/Segmentation.h"
#include "models/Detector.h"

#include <opencv2/core/mat.hpp>

#include <cstdint>
#include <map>
#include <vector>

namespace fakelens {

// Minimal-budget values that are not a delta.
constexpr int kBudgetNotMeasured = -1;
constexpr int kBudgetNeverFlipped = 0; // the attack did not flip even at the largest delta

// The outcome of attacking the union of the top-k segments of one ranking.
struct AttackOutcome {
    int k = 0;
    double fakeProbabilityAfter = 0; // P(fake) of the attacked image
    bool stillFake = true;           // the detector still calls it fake: counts towards accuracy
    double sufficiency = 0;          // P(fake | original) - P(fake | attacked)
    bool flipped = false;            // = !stillFake
    // Effort: NES iterations (gradient steps) until the verdict flipped; M when it never did.
    int iterations = 0;
    long long inferences = 0;        // detector forwards of this attack (checks included)
    double seconds = 0;
    double linf = 0;                 // max |attacked - original|
    // Smallest delta, in 1/255 units, at which this top-k attack flips the verdict (1..16 for the
    // paper's delta), kBudgetNeverFlipped or kBudgetNotMeasured.
    int minimalBudget = kBudgetNotMeasured;
    int budgetAttacks = 0;           // extra attacks the bisection ran
    long long budgetInferences = 0;  // their detector forwards
    // Copied from an earlier attack of the same segments of the same face (see AttackMemo):
    // inferences, seconds and the budget search are that attack's, not spent again.
    bool reused = false;
    cv::Mat attacked;                // CV_32FC3 [0,1]; empty unless kept
};

// The evaluation attack of Tsigos et al. (2025, section 4.2): NES restricted to the image
// regions of the top-k segments of an explanation's ranking, for k = 1..K.
//
// Every attack of one face uses the same seed, so the NES noise differs between methods and k
// only through the mask (common random numbers: differences between rows come from the
// rankings, not from luck in the noise).
//
// Minimal budget: the smallest delta = d/255, d in 1..D (D = settings.epsilon * 255), at which
// the attack flips the verdict, found by bisection on d. Bisection assumes the flip is monotone
// in delta (a larger ball contains every path of a smaller one); NES is a stochastic search, so
// that is an assumption, not a theorem: the value found is a flipping budget whose neighbour
// below did not flip. One shortcut is exact, not assumed: when the full attack flips after t
// steps of alpha = 1/255, no pixel moved more than t/255, so with delta >= (t+1)/255 the
// projection never binds and the attack takes bitwise the same path; the bisection starts from
// that upper bound and often needs only one or two extra attacks. With
// NesSettings::paperCompatible delta only clips each step (never the total), so it cannot
// limit the attack and the budget is not measured.
// The outcomes of one face's attacks, by their sorted segment ids. An attack depends only on
// the image, the mask, the seed and the settings, so two rankings (or two k of one ranking) whose
// top-k are the same set of segments get bitwise the same attack: it is run once and copied.
// Valid for one image, one seed and one TopKAttack's settings.
using AttackMemo = std::map<std::vector<int>, AttackOutcome>;

// How many segments the top-k attack masks for `k` when only `eligible` may be taken (-1: all);
// at least one.
int attackedSegments(int k, int eligible);

// The segments the top-k attack of `ranking` changes, sorted: an attack's identity within one
// face (AttackMemo's key). The report finds a reused attack's origin by the same key.
std::vector<int> attackedSegmentSet(const std::vector<int>& ranking, int k, int eligible);

class TopKAttack {
public:
    TopKAttack(Detector& detector, const NesSettings& settings, bool measureMinimalBudget,
               bool keepAttackedImages);

    // Attacks the top-1..topK segments of `ranking` (segment ids, most important first) of
    // `image` (CV_32FC3 [0,1] at the detector's input size), whose P(fake) is
    // `fakeProbability`. k stops at the number of segments. With eligibleSegments >= 0 only that
    // many leading segments may be attacked (LIME's positive weights): a larger k attacks those
    // (attackedSegments()), and its outcome is the smaller k's, copied. With `memo`, a set of
    // segments already attacked for this image and seed is copied from it (reused = true) and
    // every new attack is added to it.
    std::vector<AttackOutcome> run(const cv::Mat& image, double fakeProbability,
                                   const Segmentation& segments, const std::vector<int>& ranking,
                                   int topK, std::uint64_t seed, ProgressReporter progress = {},
                                   CancelToken cancel = {}, int eligibleSegments = -1,
                                   AttackMemo* memo = nullptr) const;

    // One attack restricted to `mask` (CV_8U, nonzero = may change), with the budget search.
    AttackOutcome attack(const cv::Mat& image, double fakeProbability, const cv::Mat& mask,
                         std::uint64_t seed, ProgressReporter progress = {},
                         CancelToken cancel = {}) const;

    // The largest delta in 1/255 units that the settings allow (16 for the paper's).
    int maxBudget() const;

private:
    int searchMinimalBudget(const cv::Mat& image, const cv::Mat& mask, int knownFlippingBudget,
                            std::uint64_t seed, ProgressReporter progress, CancelToken cancel,
                            AttackOutcome& outcome) const;

    Detector& detector_;
    NesSettings settings_;
    bool measureMinimalBudget_;
    bool keepAttackedImages_;
};

} // namespace fakelens
