#pragma once

#include "core/CancelToken.h"
#include "core/Progress.h"
#include "models/Detector.h"

#include <opencv2/core/mat.hpp>

#include <cstdint>
#include <vector>

namespace fakelens {

// Settings of the NES attack (Algorithm 1 of Tsigos et al. 2025); defaults are the paper's for
// producing explanations (the evaluation uses maxIterations = 50).
struct NesSettings {
    double sigma = 0.001;          // search variance
    int samples = 40;              // n antithetic pairs per iteration -> 2n images
    double alpha = 1.0 / 255;      // step (learning rate)
    double epsilon = 16.0 / 255;   // maximum distortion delta (L-infinity)
    int maxIterations = 80;        // M
    // Reproduce the paper's code instead of Algorithm 1 as described: clip each *step* to
    // delta and never project onto the delta-ball around x (only onto [0, 1]), so the total
    // change can grow past delta over many iterations.
    bool paperCompatible = false;
    // Algorithm 1 draws u ~ N(0_D, I_{D,D}): one noise value per pixel, shared by R, G and B
    // (the authors' code: noise of shape D x D x 1), so the gradient and every step are per
    // pixel and the adversarial change is grey. perChannel = true draws and steps each colour
    // channel on its own (3x the search space; FakeLens' default before issue 15).
    bool perChannel = false;
    // Optional CV_8U mask at the image size: pixels are changed (and probed) only where it is
    // nonzero. The evaluation's top-k attack uses it.
    cv::Mat mask;
    int batchSize = 80;            // images per detector call
};

struct NesResult {
    cv::Mat adversarial;               // CV_32FC3, [0,1]
    int iterations = 0;                // gradient steps taken
    long long inferences = 0;          // every image forwarded, checks included
    double finalRealProbability = 0;   // P(real) of `adversarial`
    bool flipped = false;              // the detector calls `adversarial` real
    double linf = 0;                   // max |adversarial - x| over pixels and channels
    double l2 = 0;                     // Euclidean norm of adversarial - x (all values, [0,1] units)
    std::vector<double> realProbabilityCurve; // P(real) of x_adv before each step, and at the end
    double seconds = 0;
};

// "per-pixel" or "per-channel": how the noise was drawn, for the JSON, results and the report.
// Inline: the results-file parser (RunHeader) uses it, and the fuzzers link that parser alone.
inline const char* nesNoiseName(const NesSettings& settings) {
    return settings.perChannel ? "per-channel" : "per-pixel";
}

// Runs the attack on `image` (CV_32FC3 RGB [0,1] at the detector's input size) to make the
// detector call it real (P(fake) < card().threshold). Each iteration checks x_adv (one
// inference), stops if it is real, else probes x_adv +- sigma*u_j for n Gaussian u_j in batches
// and steps alpha*sign(g). Deterministic for a seed: every noise image has its own stream, so
// the noise does not depend on batchSize (the detector's float results may, in the last bits).
// Reports progress under "nes" and throws CancelledError before any detector call once
// `cancel` is set, so a cancel waits for at most one batch.
NesResult runNes(Detector& detector, const cv::Mat& image, const NesSettings& settings,
                 std::uint64_t seed, ProgressReporter progress = {}, CancelToken cancel = {});

} // namespace fakelens
