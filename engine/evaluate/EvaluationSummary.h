#pragma once

#include "evaluate/PairedBootstrap.h"

#include "evaluate/ImageResult.h"
#include "evaluate/RunHeader.h"

#include <map>
#include <string>
#include <vector>

namespace fakelens {

// Mean and median of one quantity over images; NaN with count 0.
struct Statistic {
    double mean;
    double median;
    int count = 0;
    Statistic();
};

// Everything one method (or the RANDOM baseline) scored over a run. Vectors indexed by k - 1.
struct MethodSummary {
    std::string method;
    // Table 1: per manipulation type (and "all"), the fraction of the fake images the detector
    // still calls fake after the top-k attack. Denominator: every readable image not labelled
    // real (those the detector already missed count as missed, as on the original images).
    std::map<std::string, std::vector<double>> accuracy;
    // Table 2: per type, mean P(fake | original) - P(fake | attacked) over attacked images.
    std::map<std::string, std::vector<Statistic>> sufficiency;
    // Table 2b: the same sum over every fake image (Table 1's denominator), a fake the detector
    // already missed counting 0: the average the paper's reference code reports.
    std::map<std::string, std::vector<double>> sufficiencyAllFakes;
    // Effort: NES iterations to flip (M when never) and the attack's inferences, over attacked
    // images, all types pooled.
    std::vector<Statistic> effortIterations;
    std::vector<Statistic> effortInferences;
    // Minimal budget in 1/255 units. An attack that never flips counts as maxBudget + 1 (a
    // censored value: the true budget is larger), so means and medians stay defined and rank
    // methods correctly; `flippedWithinBudget` says how often that happened.
    std::vector<Statistic> minimalBudget;
    std::vector<double> flippedWithinBudget;
    // Table 3: explanation cost per image; the _adv methods' shared NES sample separately.
    Statistic seconds;
    Statistic inferences;
    Statistic sampleSeconds;
    Statistic sampleInferences;
    Statistic attackSeconds;     // all top-k attacks of one image (budget search excluded)
    Statistic attackInferences;  // the same in forwards, budget search included
    // Localisation: fraction of the top-k segments' area inside the ground-truth mask.
    std::vector<Statistic> localisation;
    // Pino et al.'s intrinsic metrics (not for RANDOM).
    Statistic variance;
    Statistic intraFrameConsistency;
    Statistic centredness;
};

// The question the paper asks of each method: does its _adv form need a smaller budget (and
// less effort) than its classic form? Classic minus _adv, paired per attacked face, per k.
struct AdversarialComparison {
    std::string method;                        // the base name, e.g. "LIME"
    std::vector<PairedDifference> budget;      // minimal budget (1/255 units, censored as above)
    std::vector<PairedDifference> iterations;  // effort: NES iterations to flip (M when never)
};

// The tables of a run (or of merged shards), computed from the results records only, in path
// order, so that one run and the merge of its shards give bit-identical numbers.
struct EvaluationSummary {
    RunHeader header;                          // of the (first) results file
    std::vector<std::string> methods;          // the rows: methods in run order, then RANDOM
    std::vector<std::string> types;            // manipulation types (sorted), then "all" if several
    int topK = 0;
    int maxBudget = 16;
    bool minimalBudgetMeasured = false;
    int images = 0;                            // records
    int attacked = 0;
    std::map<std::string, int> skipped;        // reason -> images
    std::map<std::string, int> fakeImages;     // type -> accuracy denominator
    std::map<std::string, double> originalAccuracy; // type -> detector accuracy on the originals
    std::vector<MethodSummary> rows;           // one per entry of `methods`
    // agreement[i][j]: mean Spearman rho between the rankings of methods i and j.
    std::vector<std::vector<Statistic>> agreement;
    int imagesWithMask = 0;
    // One entry per method run in both forms, in run order.
    std::vector<AdversarialComparison> adversarialComparison;
};

constexpr const char* kAllTypes = "all";

// Summarises records (in any order; sorted by path here). Records of the same path after the
// first are dropped (`duplicates` counts them, when given).
EvaluationSummary summarize(const RunHeader& header, std::vector<ImageResult> results,
                            int* duplicates = nullptr);

} // namespace fakelens
