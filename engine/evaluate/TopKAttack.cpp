#include "evaluate/TopKAttack.h"

#include "core/Error.h"

#include <algorithm>
#include <cmath>

namespace fakelens {

namespace {

// The delta of `steps` 1/255 units.
double budgetEpsilon(int steps) { return steps / 255.0; }

} // namespace

TopKAttack::TopKAttack(Detector& detector, const NesSettings& settings, bool measureMinimalBudget,
                       bool keepAttackedImages)
    : detector_(detector), settings_(settings),
      // delta does not bound the total change in the paper-compatible rule, so there is no
      // budget to search.
      measureMinimalBudget_(measureMinimalBudget && !settings.paperCompatible),
      keepAttackedImages_(keepAttackedImages) {
    if (settings_.maxIterations < 1)
        throw Error(ErrorCode::InvalidArgument, "top-k attack", "maxIterations must be at least 1");
}

int TopKAttack::maxBudget() const {
    return std::max(1, int(std::lround(settings_.epsilon * 255.0)));
}

int attackedSegments(int k, int eligible) {
    return eligible < 0 ? k : std::max(1, std::min(k, eligible));
}

std::vector<int> attackedSegmentSet(const std::vector<int>& ranking, int k, int eligible) {
    const size_t count = std::min(ranking.size(), size_t(attackedSegments(k, eligible)));
    std::vector<int> top(ranking.begin(), ranking.begin() + std::ptrdiff_t(count));
    std::sort(top.begin(), top.end());
    return top;
}

std::vector<AttackOutcome> TopKAttack::run(const cv::Mat& image, double fakeProbability,
                                           const Segmentation& segments,
                                           const std::vector<int>& ranking, int topK,
                                           std::uint64_t seed, ProgressReporter progress,
                                           CancelToken cancel, int eligibleSegments, AttackMemo* memo) const {
    if (topK < 1)
        throw Error(ErrorCode::InvalidArgument, "top-k attack", "k must be at least 1");
    if (ranking.empty() || segments.count < 1)
        throw Error(ErrorCode::InvalidArgument, "top-k attack", "the ranking is empty");
    const int kMax = std::min<int>(topK, int(ranking.size()));
    AttackMemo ownMemo; // without the caller's, k still reuses the attack of a smaller k
    AttackMemo& outcomesBySegments = memo ? *memo : ownMemo;
    std::vector<AttackOutcome> outcomes;
    for (int k = 1; k <= kMax; ++k) {
        std::vector<int> top = attackedSegmentSet(ranking, k, eligibleSegments);
        const auto known = outcomesBySegments.find(top);
        if (known != outcomesBySegments.end()) {
            AttackOutcome same = known->second;
            same.k = k;
            same.reused = true;
            outcomes.push_back(std::move(same));
            continue;
        }
        const cv::Mat mask = segments.maskOf(top);
        AttackOutcome outcome = attack(image, fakeProbability, mask, seed,
                                       progress.sub(double(k - 1) / kMax, double(k) / kMax), cancel);
        outcome.k = k;
        outcomesBySegments.emplace(std::move(top), outcome);
        outcomes.push_back(std::move(outcome));
    }
    return outcomes;
}

AttackOutcome TopKAttack::attack(const cv::Mat& image, double fakeProbability, const cv::Mat& mask,
                                 std::uint64_t seed, ProgressReporter progress,
                                 CancelToken cancel) const {
    NesSettings settings = settings_;
    settings.mask = mask;
    const double mainShare = measureMinimalBudget_ ? 0.5 : 1.0;
    const NesResult nes = runNes(detector_, image, settings, seed, progress.sub(0.0, mainShare), cancel);

    AttackOutcome outcome;
    outcome.fakeProbabilityAfter = 1.0 - nes.finalRealProbability;
    outcome.flipped = nes.flipped;
    outcome.stillFake = !nes.flipped;
    outcome.sufficiency = fakeProbability - outcome.fakeProbabilityAfter;
    // runNes stops at M steps when it never flips, so its count already is the effort.
    outcome.iterations = nes.flipped ? nes.iterations : settings.maxIterations;
    outcome.inferences = nes.inferences;
    outcome.seconds = nes.seconds;
    outcome.linf = nes.linf;
    if (keepAttackedImages_)
        outcome.attacked = nes.adversarial;

    if (measureMinimalBudget_) {
        if (!nes.flipped) {
            outcome.minimalBudget = kBudgetNeverFlipped;
        } else {
            // After t steps of alpha no value moved more than t * alpha: any delta above that
            // reproduces this very attack, so it flips too (see the header).
            const int identicalPathBudget =
                int(std::floor(nes.iterations * settings.alpha * 255.0 + 1e-6)) + 1;
            const int upper = std::min(maxBudget(), identicalPathBudget);
            outcome.minimalBudget = searchMinimalBudget(image, mask, upper, seed,
                                                        progress.sub(mainShare, 1.0), cancel, outcome);
        }
    }
    progress.report(1.0, "attack");
    return outcome;
}

int TopKAttack::searchMinimalBudget(const cv::Mat& image, const cv::Mat& mask, int knownFlippingBudget,
                                    std::uint64_t seed, ProgressReporter progress, CancelToken cancel,
                                    AttackOutcome& outcome) const {
    // Invariant: `low` does not flip (delta 0 leaves the image as it is: fake), `high` does.
    int low = 0;
    int high = knownFlippingBudget;
    // ceil(log2(high)) probes at most: progress by probe.
    const int expectedProbes = std::max(1, int(std::ceil(std::log2(double(std::max(2, high))))));
    int probe = 0;
    while (high - low > 1) {
        const int middle = low + (high - low) / 2;
        NesSettings settings = settings_;
        settings.mask = mask;
        settings.epsilon = budgetEpsilon(middle);
        const double from = std::min(1.0, double(probe) / expectedProbes);
        const double to = std::min(1.0, double(probe + 1) / expectedProbes);
        const NesResult nes = runNes(detector_, image, settings, seed, progress.sub(from, to), cancel);
        ++probe;
        ++outcome.budgetAttacks;
        outcome.budgetInferences += nes.inferences;
        if (nes.flipped) {
            const int identicalPathBudget =
                int(std::floor(nes.iterations * settings.alpha * 255.0 + 1e-6)) + 1;
            high = std::min(middle, std::max(low + 1, identicalPathBudget));
        } else {
            low = middle;
        }
    }
    return high;
}

} // namespace fakelens
