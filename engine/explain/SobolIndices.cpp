#include "explain/SobolIndices.h"

#include "core/Error.h"
#include "core/SeededRng.h"

#include <boost/random/sobol.hpp>

#include <exception>
#include <string>

namespace fakelens {

namespace {

constexpr int kBits = 32;

// Parity of the set bits of v: the GF(2) dot product used by the linear matrix scramble.
inline std::uint32_t parity(std::uint32_t v) { return std::uint32_t(__builtin_parity(v)); }

// One dimension's scramble: y = M x XOR shift over GF(2), digits counted from the most
// significant bit. M is lower triangular with a unit diagonal, so digit k of y depends only on
// digits 1..k of x: the first m digits are permuted bijectively, which is why the 2^m-point
// stratification of the sequence survives.
struct DigitScramble {
    std::uint32_t rows[kBits]; // rows[k]: which digits of x make digit k (bit 31 - k) of y
    std::uint32_t shift;

    explicit DigitScramble(SeededRng& rng) {
        for (int k = 0; k < kBits; ++k) {
            const std::uint32_t diagonal = 1u << (kBits - 1 - k);
            // Bits above the diagonal's bit are the more significant digits 1..k-1.
            const std::uint32_t above = k == 0 ? 0u : ~((diagonal << 1) - 1u);
            const std::uint32_t random = std::uint32_t(rng.next() >> 32);
            rows[k] = diagonal | (random & above);
        }
        shift = std::uint32_t(rng.next() >> 32);
    }

    std::uint32_t apply(std::uint32_t x) const {
        std::uint32_t y = 0;
        for (int k = 0; k < kBits; ++k)
            y |= parity(rows[k] & x) << (kBits - 1 - k);
        return y ^ shift;
    }
};

} // namespace

std::vector<double> scrambledSobolPoints(int count, int dimension, std::uint64_t seed) {
    if (count < 0 || dimension < 1 ||
        dimension > int(boost::random::detail::qrng_tables::sobol::max_dimension))
        throw Error(ErrorCode::InvalidArgument, "sobol",
                    "dimension must be in [1, 3667], got " + std::to_string(dimension));
    std::vector<double> points(size_t(count) * size_t(dimension));
    if (count == 0)
        return points;

    // The scramble is drawn first and in dimension order, so a point set depends only on
    // (count, dimension, seed).
    SeededRng rng(seed);
    std::vector<DigitScramble> scrambles;
    scrambles.reserve(size_t(dimension));
    for (int d = 0; d < dimension; ++d)
        scrambles.emplace_back(rng);

    constexpr double kScale = 1.0 / 4294967296.0; // 2^-32
    try {
        boost::random::sobol_engine<std::uint32_t, kBits> engine(static_cast<std::size_t>(dimension));
        for (int i = 0; i < count; ++i) {
            for (int d = 0; d < dimension; ++d) {
                // Point 0 is the origin, which boost skips; the rest are boost's in order.
                const std::uint32_t raw = i == 0 ? 0u : std::uint32_t(engine());
                points[size_t(i) * dimension + d] = double(scrambles[size_t(d)].apply(raw)) * kScale;
            }
        }
    } catch (const std::exception& e) {
        throw Error(ErrorCode::InvalidArgument, "sobol", e.what());
    }
    return points;
}

SobolDesign makeSobolDesign(int dimensions, int designs, std::uint64_t seed) {
    if (designs < 2 || dimensions < 1)
        throw Error(ErrorCode::InvalidArgument, "sobol",
                    "need at least 2 designs and 1 dimension");
    const std::vector<double> ab = scrambledSobolPoints(designs, 2 * dimensions, seed);

    SobolDesign design;
    design.designs = designs;
    design.dimensions = dimensions;
    design.values.resize(size_t(design.rows()) * size_t(dimensions));
    const size_t d = size_t(dimensions);
    auto a = [&](int j, size_t i) { return float(ab[size_t(j) * 2 * d + i]); };
    auto b = [&](int j, size_t i) { return float(ab[size_t(j) * 2 * d + d + i]); };
    float* out = design.values.data();
    for (int j = 0; j < designs; ++j, out += d)
        for (size_t i = 0; i < d; ++i)
            out[i] = a(j, i);
    for (int j = 0; j < designs; ++j, out += d)
        for (size_t i = 0; i < d; ++i)
            out[i] = b(j, i);
    for (size_t c = 0; c < d; ++c)
        for (int j = 0; j < designs; ++j, out += d)
            for (size_t i = 0; i < d; ++i)
                out[i] = i == c ? b(j, i) : a(j, i);
    return design;
}

std::vector<double> jansenTotalIndices(const std::vector<double>& outputs, int designs,
                                       int dimensions) {
    if (designs < 1 || dimensions < 1 ||
        outputs.size() != size_t(designs) * size_t(dimensions + 2))
        throw Error(ErrorCode::InvalidArgument, "sobol",
                    "expected N * (d + 2) outputs for the Jansen estimator");
    const size_t n = size_t(designs);
    // Outputs are laid out A, B, C_0, ...: the first 2n are f(A) then f(B).
    const double* fa = outputs.data();

    double mean = 0.0;
    for (size_t j = 0; j < 2 * n; ++j)
        mean += fa[j];
    mean /= double(2 * n);
    double variance = 0.0;
    for (size_t j = 0; j < 2 * n; ++j)
        variance += (double(fa[j]) - mean) * (double(fa[j]) - mean);
    variance /= double(2 * n);

    std::vector<double> indices(size_t(dimensions), 0.0);
    // A constant output (e.g. a saturated detector) has nothing to attribute; 0/0 would be NaN.
    if (!(variance > 0.0))
        return indices;
    for (size_t i = 0; i < size_t(dimensions); ++i) {
        const double* fc = fa + 2 * n + i * n;
        double sum = 0.0;
        for (size_t j = 0; j < n; ++j) {
            const double diff = double(fa[j]) - double(fc[j]);
            sum += diff * diff;
        }
        indices[i] = sum / (2.0 * double(n) * variance);
    }
    return indices;
}

} // namespace fakelens
