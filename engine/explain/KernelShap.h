#pragma once

#include "core/SeededRng.h"

#include <vector>

namespace fakelens {

// The coalitions KernelSHAP evaluates, chosen as the shap package's KernelExplainer does:
// coalition sizes whose every subset fits the budget (smallest and largest sizes first, both
// a subset and its complement) are enumerated with their exact Shapley-kernel weight; the
// rest of the budget is sampled by size from the remaining kernel weight, random members,
// paired with the complement, duplicates adding weight instead of evaluations. Weights are
// normalised like shap's (the sampled ones share the weight the enumerated sizes left over).
struct CoalitionDesign {
    int features = 0;
    std::vector<unsigned char> masks; // coalitions x features, 1 = feature present
    std::vector<double> weights;      // one per coalition
    int count() const { return features > 0 ? int(masks.size() / size_t(features)) : 0; }
};

// At most `budget` coalitions (all 2^M - 2 proper non-empty ones when that is fewer).
CoalitionDesign sampleCoalitions(int features, int budget, SeededRng& rng);

// Shapley values from the coalition values f(S) (`values`, one per coalition), with the
// efficiency constraint sum(phi) = fullValue - emptyValue enforced exactly by eliminating the
// last feature (as shap does) and solving the weighted least squares for the others with
// Eigen's complete orthogonal decomposition (robust to rank deficiency).
std::vector<double> solveKernelShap(const CoalitionDesign& design, const std::vector<double>& values,
                                    double fullValue, double emptyValue);

} // namespace fakelens
