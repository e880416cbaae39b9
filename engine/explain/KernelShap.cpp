#include "explain/KernelShap.h"

#include "core/Error.h"

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

namespace fakelens {

namespace {

double binomial(int n, int k) {
    // In double: C(50, 25) ~ 1.3e14 is exact enough for the budget comparisons.
    double r = 1.0;
    for (int i = 1; i <= k; ++i)
        r = r * (n - k + i) / i;
    return r;
}

// Calls visit(members) for every k-subset of 0..n-1 in lexicographic order; stops early when
// visit returns false.
template <typename Visit> void forEachSubset(int n, int k, Visit visit) {
    std::vector<int> idx(static_cast<size_t>(k));
    std::iota(idx.begin(), idx.end(), 0);
    for (;;) {
        if (!visit(idx))
            return;
        int i = k - 1;
        while (i >= 0 && idx[size_t(i)] == n - k + i)
            --i;
        if (i < 0)
            return;
        ++idx[size_t(i)];
        for (int j = i + 1; j < k; ++j)
            idx[size_t(j)] = idx[size_t(j - 1)] + 1;
    }
}

class DesignBuilder {
public:
    explicit DesignBuilder(int features) { design_.features = features; }
    int add(const std::vector<unsigned char>& mask, double weight) {
        design_.masks.insert(design_.masks.end(), mask.begin(), mask.end());
        design_.weights.push_back(weight);
        return int(design_.weights.size()) - 1;
    }
    void addWeight(int index, double w) { design_.weights[size_t(index)] += w; }
    int count() const { return int(design_.weights.size()); }
    CoalitionDesign& design() { return design_; }

private:
    CoalitionDesign design_;
};

} // namespace

CoalitionDesign sampleCoalitions(int M, int budget, SeededRng& rng) {
    if (M < 0)
        throw Error(ErrorCode::InvalidArgument, "KernelSHAP", "negative feature count");
    DesignBuilder builder(M);
    if (M < 2 || budget < 1)
        return builder.design(); // one feature: phi = f(x) - f(empty), nothing to sample
    if (M <= 30)
        budget = int(std::min<double>(budget, std::ldexp(1.0, M) - 2.0));

    const int sizes = (M - 1 + 1) / 2;       // ceil((M - 1) / 2): sizes 1..sizes (and complements)
    const int pairedSizes = (M - 1) / 2;     // sizes whose complement is a different size
    std::vector<double> kernel(static_cast<size_t>(sizes));
    for (int i = 1; i <= sizes; ++i)
        kernel[size_t(i - 1)] = (M - 1.0) / (i * double(M - i));
    for (int i = 0; i < pairedSizes; ++i)
        kernel[size_t(i)] *= 2.0;
    const double kernelSum = std::accumulate(kernel.begin(), kernel.end(), 0.0);
    for (double& k : kernel)
        k /= kernelSum;

    // Enumerate whole sizes while the budget lets every subset of the size in.
    int fullSizes = 0;
    int left = budget;
    std::vector<double> remaining = kernel;
    std::vector<unsigned char> mask(static_cast<size_t>(M));
    for (int size = 1; size <= sizes; ++size) {
        double subsets = binomial(M, size);
        const bool paired = size <= pairedSizes;
        if (paired)
            subsets *= 2;
        if (!(left * remaining[size_t(size - 1)] / subsets >= 1.0 - 1e-8))
            break;
        ++fullSizes;
        left -= int(subsets);
        if (remaining[size_t(size - 1)] < 1.0) {
            const double scale = 1.0 - remaining[size_t(size - 1)];
            for (double& r : remaining)
                r /= scale;
        }
        double weight = kernel[size_t(size - 1)] / binomial(M, size);
        if (paired)
            weight /= 2.0;
        forEachSubset(M, size, [&](const std::vector<int>& members) {
            std::fill(mask.begin(), mask.end(), 0);
            for (int m : members)
                mask[size_t(m)] = 1;
            builder.add(mask, weight);
            if (paired) {
                for (auto& b : mask)
                    b ^= 1;
                builder.add(mask, weight);
            }
            return true;
        });
    }

    const int fixedCount = builder.count();
    if (fullSizes == sizes || left <= 0)
        return builder.design();

    // Sample the remaining sizes in proportion to their kernel weight (halved for paired sizes,
    // since each draw also adds the complement).
    std::vector<double> sizeWeights(kernel.begin() + fullSizes, kernel.end());
    for (int i = fullSizes; i < pairedSizes; ++i)
        sizeWeights[size_t(i - fullSizes)] /= 2.0;
    std::vector<double> cumulative(sizeWeights.size());
    std::partial_sum(sizeWeights.begin(), sizeWeights.end(), cumulative.begin());
    const double total = cumulative.back();

    std::map<std::vector<unsigned char>, int> seen;
    std::vector<int> order(static_cast<size_t>(M));
    const long long maxDraws = 4LL * left; // shap's bound on draws
    for (long long draw = 0; left > 0 && draw < maxDraws; ++draw) {
        const double u = rng.uniform() * total;
        const int pick = int(std::upper_bound(cumulative.begin(), cumulative.end(), u) - cumulative.begin());
        const int size = std::min(pick, int(sizeWeights.size()) - 1) + fullSizes + 1;
        // The first `size` entries of a partial Fisher-Yates shuffle are a uniform subset.
        std::iota(order.begin(), order.end(), 0);
        for (int i = 0; i < size; ++i)
            std::swap(order[size_t(i)], order[size_t(i + int(rng.below(std::uint64_t(M - i))))]);
        std::fill(mask.begin(), mask.end(), 0);
        for (int i = 0; i < size; ++i)
            mask[size_t(order[size_t(i)])] = 1;

        const bool paired = size <= pairedSizes;
        auto found = seen.find(mask);
        if (found == seen.end()) {
            const int index = builder.add(mask, 1.0);
            seen.emplace(mask, index);
            --left;
            if (left > 0 && paired) {
                for (auto& b : mask)
                    b ^= 1;
                builder.add(mask, 1.0);
                --left;
            }
        } else {
            builder.addWeight(found->second, 1.0);
            // The complement was stored right after the original.
            if (left > 0 && paired && found->second + 1 < builder.count())
                builder.addWeight(found->second + 1, 1.0);
        }
    }

    // The sampled coalitions share the kernel weight the enumerated sizes did not take.
    CoalitionDesign& design = builder.design();
    const double weightLeft = std::accumulate(kernel.begin() + fullSizes, kernel.end(), 0.0);
    const double sampledSum =
        std::accumulate(design.weights.begin() + fixedCount, design.weights.end(), 0.0);
    if (sampledSum > 0)
        for (size_t i = size_t(fixedCount); i < design.weights.size(); ++i)
            design.weights[i] *= weightLeft / sampledSum;
    return design;
}

std::vector<double> solveKernelShap(const CoalitionDesign& design, const std::vector<double>& values,
                                    double fullValue, double emptyValue) {
    const int M = design.features;
    const int rows = design.count();
    if (int(values.size()) != rows)
        throw Error(ErrorCode::InvalidArgument, "KernelSHAP", "one value per coalition needed");
    const double total = fullValue - emptyValue;
    std::vector<double> phi(static_cast<size_t>(std::max(M, 0)), 0.0);
    if (M == 0)
        return phi;
    if (M == 1 || rows == 0) {
        // Nothing to regress on: split the total evenly (exact for one feature).
        std::fill(phi.begin(), phi.end(), total / M);
        return phi;
    }
    // With phi_last = total - sum(others), the model f(S) - f(empty) = sum_{i in S} phi_i becomes
    //   f(S) - f(empty) - z_last * total = sum_{i < last} (z_i - z_last) phi_i.
    Eigen::MatrixXd A(rows, M - 1);
    Eigen::VectorXd b(rows);
    for (int r = 0; r < rows; ++r) {
        const unsigned char* z = &design.masks[size_t(r) * M];
        const double zLast = z[M - 1];
        const double sw = std::sqrt(std::max(0.0, design.weights[size_t(r)]));
        for (int i = 0; i < M - 1; ++i)
            A(r, i) = sw * (double(z[i]) - zLast);
        b(r) = sw * (values[size_t(r)] - emptyValue - zLast * total);
    }
    const Eigen::VectorXd w = A.completeOrthogonalDecomposition().solve(b);
    double sum = 0.0;
    for (int i = 0; i < M - 1; ++i) {
        phi[size_t(i)] = w(i);
        sum += w(i);
    }
    phi[size_t(M - 1)] = total - sum;
    return phi;
}

} // namespace fakelens
