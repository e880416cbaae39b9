#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace fakelens {

// The sampling and estimation half of the SOBOL explainer (Fel et al. 2021, "Look at the
// variance!"), kept apart from images so it can be checked on analytic functions.

// `count` points of a scrambled Sobol' sequence in [0,1)^dimension, row-major (count x dimension).
// The sequence is boost::random::sobol's (Joe-Kuo direction numbers) with the all-zero point put
// back in front (boost skips it; scipy's qmc.Sobol, which the reference uses, starts with it), so
// the first 2^m points are a (t,m,s)-net. The scramble is Matousek's random linear matrix
// scramble (a random lower-triangular binary matrix per dimension) followed by a random digital
// shift (XOR) of the 32-bit integers, as scipy.stats.qmc.Sobol(scramble=True) does: it keeps the
// net property (every dimension's first 2^m points stratify [0,1) into 2^m equal cells) and
// makes the points depend on `seed` only. Throws InvalidArgument for a dimension boost lacks.
std::vector<double> scrambledSobolPoints(int count, int dimension, std::uint64_t seed);

// The replicated design of Fel's Sampler: rows A (N), B (N), then C_0 ... C_{d-1} (N each),
// where C_i is A with column i taken from B. A and B are the two halves of one N-point
// 2d-dimensional scrambled Sobol' sequence. N * (d + 2) rows of d values.
struct SobolDesign {
    int designs = 0;            // N
    int dimensions = 0;         // d
    std::vector<float> values;  // rows() x dimensions, row-major

    int rows() const { return designs * (dimensions + 2); }
    const float* row(int r) const { return values.data() + std::size_t(r) * std::size_t(dimensions); }
};

SobolDesign makeSobolDesign(int dimensions, int designs, std::uint64_t seed);

// Total-order Sobol' indices by Jansen's estimator from the outputs f of the design's rows, in
// row order:
//   ST_i = (1 / 2N) * sum_j (f(A_j) - f(C_i,j))^2 / Var([f(A), f(B)])
// with the population variance of the 2N outputs of A and B. (Fel's repository divides by the
// sample variance of f(A) alone; that is a constant factor, so rankings do not change.) All
// indices are 0 when the output does not vary (no variance to explain).
std::vector<double> jansenTotalIndices(const std::vector<double>& outputs, int designs,
                                       int dimensions);

} // namespace fakelens
