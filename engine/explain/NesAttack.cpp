#include "explain/NesAttack.h"

#include "core/Error.h"
#include "core/SeededRng.h"

#include <opencv2/core.hpp>
#include <opencv2/core/utility.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace fakelens {

namespace {

void validate(const Detector& detector, const cv::Mat& image, const NesSettings& s) {
    const ModelCard& card = detector.card();
    if (image.empty() || image.type() != CV_32FC3 || image.cols != card.inputWidth ||
        image.rows != card.inputHeight)
        throw Error(ErrorCode::InvalidArgument, "NES",
                    "image must be CV_32FC3 at the detector's input size");
    if (!(s.sigma > 0) || s.samples < 1 || !(s.alpha > 0) || !(s.epsilon > 0) ||
        s.maxIterations < 0 || s.batchSize < 1)
        throw Error(ErrorCode::InvalidArgument, "NES",
                    "sigma, alpha, epsilon, samples and batch size must be positive");
    if (!s.mask.empty() && (s.mask.type() != CV_8U || s.mask.size() != image.size()))
        throw Error(ErrorCode::InvalidArgument, "NES", "mask must be CV_8U at the image size");
}

// Per noise value 1 where the attack may change it, 0 elsewhere; empty = all. A noise value is
// one pixel (per-pixel noise) or one pixel and channel.
std::vector<float> expandMask(const cv::Mat& mask, int noisePerPixel) {
    if (mask.empty())
        return {};
    std::vector<float> out(mask.total() * size_t(noisePerPixel));
    for (int y = 0; y < mask.rows; ++y) {
        const unsigned char* row = mask.ptr<unsigned char>(y);
        for (int x = 0; x < mask.cols; ++x) {
            const float v = row[x] ? 1.0f : 0.0f;
            float* o = &out[(size_t(y) * mask.cols + x) * size_t(noisePerPixel)];
            for (int c = 0; c < noisePerPixel; ++c)
                o[c] = v;
        }
    }
    return out;
}

} // namespace

NesResult runNes(Detector& detector, const cv::Mat& image, const NesSettings& settings,
                 std::uint64_t seed, ProgressReporter progress, CancelToken cancel) {
    validate(detector, image, settings);
    const auto started = std::chrono::steady_clock::now();
    const int height = image.rows, width = image.cols;
    const size_t values = size_t(height) * width * 3;
    // The noise dimension D: one value per pixel (Algorithm 1) or per pixel and channel; each
    // noise value moves valuesPerNoise image values (R, G and B, or one of them).
    const int valuesPerNoise = settings.perChannel ? 1 : 3;
    const size_t noiseValues = values / size_t(valuesPerNoise);
    const double threshold = detector.card().threshold;
    const int pairs = settings.samples;
    // Whole antithetic pairs per detector call, at least one pair.
    const int pairsPerBatch = std::max(1, settings.batchSize / 2);
    const float sigma = float(settings.sigma);
    const float alpha = float(settings.alpha);
    const float epsilon = float(settings.epsilon);

    const cv::Mat original = image.isContinuous() ? image : image.clone();
    const float* x = original.ptr<float>();
    cv::Mat adversarial = original.clone();
    float* xadv = adversarial.ptr<float>();
    const std::vector<float> allowed = expandMask(settings.mask, settings.perChannel ? 3 : 1);

    NesResult result;
    // Buffers reused by every iteration: the noise of one batch of pairs, the probes, g.
    cv::Mat noise(pairsPerBatch, int(noiseValues), CV_32F);
    ImageBatch probes(2 * pairsPerBatch, height, width);
    std::vector<double> gradient(noiseValues);

    auto realProbabilityOfAdversarial = [&]() {
        cancel.throwIfCancelled();
        const std::vector<double> p = detector.fakeProbabilities(xadv, 1);
        ++result.inferences;
        return std::make_pair(1.0 - p.at(0), p.at(0));
    };

    progress.report(0.0, "nes");
    for (int iteration = 0;; ++iteration) {
        const auto [pReal, pFake] = realProbabilityOfAdversarial();
        result.realProbabilityCurve.push_back(pReal);
        result.finalRealProbability = pReal;
        if (pFake < threshold) {
            result.flipped = true;
            break;
        }
        if (iteration == settings.maxIterations)
            break;

        // Each noise image has its own stream (seed, iteration, pair), so neither the batch
        // size nor the order of drawing can change the result.
        const std::uint64_t iterationSeed = SeededRng::derive(seed, std::uint64_t(iteration));
        std::fill(gradient.begin(), gradient.end(), 0.0);
        for (int first = 0; first < pairs; first += pairsPerBatch) {
            const int count = std::min(pairsPerBatch, pairs - first);
            cv::Mat u = noise.rowRange(0, count);
            // The pairs are independent (each has its own stream), so they are drawn on all
            // cores: between detector calls the inference threads are idle, and drawing 40
            // Gaussian images one after another cost a third of the forward time.
            cv::parallel_for_(cv::Range(0, count), [&](const cv::Range& range) {
                for (int j = range.start; j < range.end; ++j) {
                    cv::Mat row = u.row(j);
                    cv::RNG(SeededRng::derive(iterationSeed, std::uint64_t(first + j)))
                        .fill(row, cv::RNG::NORMAL, 0.0, 1.0);
                    float* uj = u.ptr<float>(j);
                    if (!allowed.empty())
                        for (size_t k = 0; k < noiseValues; ++k)
                            uj[k] *= allowed[k];
                    float* plus = probes.image(2 * j);
                    float* minus = probes.image(2 * j + 1);
                    // Two loops rather than an index division per value: this runs for every
                    // value of every probe.
                    if (valuesPerNoise == 1) {
                        for (size_t k = 0; k < values; ++k) {
                            const float d = sigma * uj[k];
                            plus[k] = xadv[k] + d;
                            minus[k] = xadv[k] - d;
                        }
                    } else {
                        for (size_t p = 0, k = 0; p < noiseValues; ++p)
                            for (int c = 0; c < 3; ++c, ++k) {
                                const float d = sigma * uj[p];
                                plus[k] = xadv[k] + d;
                                minus[k] = xadv[k] - d;
                            }
                    }
                }
            });
            cancel.throwIfCancelled();
            const std::vector<double> p = detector.fakeProbabilities(probes.pixels.data(), 2 * count);
            result.inferences += 2 * count;
            std::vector<double> differences(static_cast<size_t>(count));
            for (int j = 0; j < count; ++j)
                // F(x+su)_real - F(x-su)_real = P_fake(x-su) - P_fake(x+su), taken straight from
                // the fake probabilities (double, see Detector) so no 1 - p rounding eats it.
                differences[size_t(j)] = p[size_t(2 * j + 1)] - p[size_t(2 * j)];
            // Split over the values, each summing the pairs in order: the same sums, bit for
            // bit, whatever the number of threads.
            cv::parallel_for_(cv::Range(0, int((noiseValues + 4095) / 4096)), [&](const cv::Range& range) {
                const size_t begin = size_t(range.start) * 4096;
                const size_t end = std::min(noiseValues, size_t(range.end) * 4096);
                for (int j = 0; j < count; ++j) {
                    const double difference = differences[size_t(j)];
                    if (difference == 0.0)
                        continue;
                    const float* uj = u.ptr<float>(j);
                    for (size_t k = begin; k < end; ++k)
                        gradient[k] += difference * uj[k];
                }
            });
            progress.report((iteration + double(first + count) / pairs) / std::max(1, settings.maxIterations),
                            "nes");
        }
        // g /= 2 n sigma does not change sign(g), so it is left out. sign(0) = 0: no step.
        for (size_t k = 0; k < values; ++k) {
            const size_t noiseIndex = k / size_t(valuesPerNoise); // per pixel: R, G, B step alike
            const double g = gradient[noiseIndex];
            if (g == 0.0)
                continue;
            float step = g > 0 ? alpha : -alpha;
            if (!allowed.empty() && allowed[noiseIndex] == 0.0f)
                continue;
            float next;
            if (settings.paperCompatible) {
                // clip_delta(alpha * sign(g)), then the valid range only.
                step = std::clamp(step, -epsilon, epsilon);
                next = xadv[k] + step;
            } else {
                next = std::clamp(xadv[k] + step, x[k] - epsilon, x[k] + epsilon);
            }
            xadv[k] = std::clamp(next, 0.0f, 1.0f);
        }
        ++result.iterations;
    }

    double maxAbs = 0, sumSq = 0;
    for (size_t k = 0; k < values; ++k) {
        const double d = double(xadv[k]) - double(x[k]);
        maxAbs = std::max(maxAbs, std::abs(d));
        sumSq += d * d;
    }
    result.adversarial = adversarial;
    result.linf = maxAbs;
    result.l2 = std::sqrt(sumSq);
    result.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    progress.report(1.0, "nes");
    return result;
}

} // namespace fakelens
