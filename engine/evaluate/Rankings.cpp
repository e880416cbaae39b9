#include "evaluate/Rankings.h"

#include "core/Error.h"
#include "core/SeededRng.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <utility>

namespace fakelens {

std::vector<int> randomRanking(int count, std::uint64_t seed) {
    std::vector<int> order(size_t(std::max(0, count)));
    std::iota(order.begin(), order.end(), 0);
    SeededRng rng(seed);
    // Fisher-Yates with the engine's own uniform integers (std::shuffle is implementation-defined).
    for (size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[size_t(rng.below(i))]);
    return order;
}

namespace {

// position[id] = place of segment `id` in `ranking`; throws unless it is a permutation of 0..n-1.
std::vector<long long> positions(const std::vector<int>& ranking, size_t n) {
    std::vector<long long> position(n, -1);
    for (size_t place = 0; place < ranking.size(); ++place) {
        const int id = ranking[place];
        if (id < 0 || size_t(id) >= n || position[size_t(id)] >= 0)
            throw Error(ErrorCode::InvalidArgument, "spearman",
                        "rankings must be permutations of the same segment ids");
        position[size_t(id)] = (long long)place;
    }
    return position;
}

} // namespace

double spearmanRankCorrelation(const std::vector<int>& rankingA, const std::vector<int>& rankingB) {
    if (rankingA.size() != rankingB.size())
        throw Error(ErrorCode::InvalidArgument, "spearman", "rankings of different lengths");
    const size_t n = rankingA.size();
    if (n < 2)
        return std::numeric_limits<double>::quiet_NaN();
    const std::vector<long long> a = positions(rankingA, n);
    const std::vector<long long> b = positions(rankingB, n);
    long long sumSquares = 0;
    for (size_t id = 0; id < n; ++id) {
        const long long d = a[id] - b[id];
        sumSquares += d * d;
    }
    const double nn = double(n);
    return 1.0 - 6.0 * double(sumSquares) / (nn * (nn * nn - 1.0));
}

} // namespace fakelens
