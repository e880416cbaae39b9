#pragma once

#include "core/CancelToken.h"
#include "core/Progress.h"
#include "explain/AdversarialSampleCache.h"
#include "explain/Explainer.h"
#include "explain/NesAttack.h"
#include "explain/Segmentation.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fakelens {

// What to explain and how: method names as parseMethodName()/expandMethodNames() accept them
// ("LIME", "lime_adv", "all", "LIME,SHAP_adv").
struct ExplainRequest {
    std::vector<std::string> methods;
    ExplainerSettings settings;
    SlicOptions slic;
    NesSettings nes; // maxIterations 80: the paper's setting for explanations
    std::uint64_t seed = 0;
};

struct ExplainReport {
    Segmentation segments;
    cv::Mat image;                            // the face as explained (CV_32FC3, input size)
    std::vector<Explanation> explanations;    // in the order of the expanded request
    std::optional<NesResult> adversarial;     // present when any _adv method ran
    double fakeProbability = 0;               // P(fake) of `image`
};

// The one call the GUI and the CLI use to explain a face: segments it once (SLIC), builds each
// method's classic fill, computes the NES sample once if any _adv method is asked (through
// `cache` when given), and runs every method with a seed derived from request.seed and the
// method's base name (so a method's result does not depend on which others ran, and its classic
// and _adv forms evaluate the same masks). Throws InvalidArgument (adversarialRefusal()) when an
// _adv method is asked for a face the detector calls real. Fills method,
// seconds and saliencyDisplay of each explanation; raw values are kept.
// `faceRgb` is CV_32FC3 [0,1] or CV_8UC3, RGB, any size: it is resized to the detector's input
// with INTER_AREA when needed. Reports progress (stages "segment", "nes", "lime", ...) and
// throws CancelledError within a detector batch of a cancel.
ExplainReport explainFace(Detector& detector, const cv::Mat& faceRgb, const ExplainRequest& request,
                          ProgressReporter progress = {}, CancelToken cancel = {},
                          AdversarialSampleCache* cache = nullptr);

// Rough detector forwards of a method (base name, e.g. "LIME"), of the NES sample, and of a
// whole request: only to share progress bars fairly between stages.
double expectedForwards(const std::string& baseName, const ExplainerSettings& settings);
double expectedNesForwards(const NesSettings& nes);
double expectedForwards(const ExplainRequest& request);

// Why an _adv explanation of a face the detector calls real is refused (explainFace throws
// InvalidArgument with it; the GUI shows it on the disabled methods).
std::string adversarialRefusal(double fakeProbability, double threshold);

// The seed a method gets from a request seed: stable across runs and builds. explainFace passes
// the base name ("LIME" for LIME and LIME_adv), so both forms share their random design.
std::uint64_t methodSeed(std::uint64_t requestSeed, const std::string& methodName);

// The seed explainFace gives method `method` ("LIME", "lime_adv", ...): methodSeed() of its base
// name. The one rule: the report and the case print what this returns.
std::uint64_t explanationSeed(std::uint64_t requestSeed, const std::string& method);

} // namespace fakelens
