#pragma once

#include <cstdint>
#include <vector>

namespace fakelens {

// The name of the chance baseline: segments in a seeded random order.
constexpr const char* kRandomMethod = "RANDOM";

// The segment ids 0..count-1 in a random order drawn from `seed` (Fisher-Yates on SeededRng,
// so the order is the same on every platform).
std::vector<int> randomRanking(int count, std::uint64_t seed);

// Spearman's rank correlation between two rankings of the same segments (each a permutation
// of the same ids, most important first): rho = 1 - 6 sum d^2 / (n (n^2 - 1)), d the difference
// of a segment's positions. Permutations have no ties, so this equals Pearson's correlation of
// the ranks. 1 = same order, -1 = reversed, ~0 = unrelated. NaN for fewer than two segments;
// throws InvalidArgument when the two are not permutations of the same ids.
double spearmanRankCorrelation(const std::vector<int>& rankingA, const std::vector<int>& rankingB);

} // namespace fakelens
