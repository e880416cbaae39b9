#pragma once

#include <cstdint>
#include <random>

namespace fakelens {

// The only source of randomness in the engine: a 64-bit Mersenne Twister from an explicit seed.
// Sub-streams are derived by mixing a label into the seed so that, e.g., the NES noise and the
// LIME masks of one run do not depend on the order in which they are drawn.
class SeededRng {
public:
    explicit SeededRng(std::uint64_t seed) : engine_(seed) {}

    static std::uint64_t derive(std::uint64_t seed, std::uint64_t label) {
        // splitmix64 finaliser: cheap and well mixed.
        std::uint64_t z = seed + 0x9E3779B97F4A7C15ULL * (label + 1);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    std::uint64_t next() { return engine_(); }
    // Uniform in [0, 1) built from the raw bits, independent of the standard library's
    // distribution implementations (which differ between vendors).
    double uniform() { return double(engine_() >> 11) * (1.0 / 9007199254740992.0); }
    bool bernoulli(double p) { return uniform() < p; }
    // Uniform integer in [0, n).
    std::uint64_t below(std::uint64_t n) { return n == 0 ? 0 : next() % n; }
    std::mt19937_64& engine() { return engine_; }

private:
    std::mt19937_64 engine_;
};

} // namespace fakelens
