#pragma once

#include "core/CancelToken.h"
#include "core/Progress.h"
#include "explain/ExplainerSettings.h"
#include "explain/Segmentation.h"
#include "models/Detector.h"

#include <opencv2/core/mat.hpp>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace fakelens {

// What replaces the hidden parts of the face when an explainer perturbs it.
enum class FillKind {
    SegmentMean, // each hidden segment takes its own mean colour (lime's default)
    Blur,        // a strong blur of the face (kernel 128 at 256 px, scaled)
    Zeros,       // black
    Grey,        // mid grey 0.5 in every channel (occlusion's classic patch)
    Adversarial, // the NES adversarial sample of the face (the paper's _adv methods)
};

// Everything an explainer needs for one face. Images are CV_32FC3, RGB, [0,1], at the
// detector's input size.
struct ExplainContext {
    Detector* detector = nullptr;
    cv::Mat image;               // the face as the detector sees it
    const Segmentation* segments = nullptr;
    cv::Mat fill;                // what a hidden pixel becomes (classic fill or adversarial sample)
    std::uint64_t seed = 0;
    ProgressReporter progress;
    CancelToken cancel;
};

// The answer of one method for one face, explaining the class "fake".
struct Explanation {
    std::string method;                 // "LIME", "LIME_adv", ...
    cv::Mat saliency;                   // CV_32F, input size, raw values (kept for ranking)
    cv::Mat saliencyDisplay;            // CV_32F, the same mapped to [0,1] for display
    std::vector<double> segmentScores;  // one per segment, raw
    std::vector<int> ranking;           // segment ids, most important first
    // How many leading entries of `ranking` the top-k attack may take: LIME's segments with a
    // positive weight (lime's positive_only view, as the reference ranks them); -1 = all.
    int eligibleSegments = -1;
    long long inferences = 0;           // detector forwards this method used (NES excluded)
    std::uint64_t designDigest = 0;     // MaskedScorer::designDigest(): equal for a method's
                                        // classic and _adv forms of one seed (common random numbers)
    double seconds = 0.0;               // wall time of the method (NES excluded)
};

// One explanation method (classic form). The _adv form is the same object run with
// ctx.fill = the adversarial sample. A new method is one file with its subclass and its
// MethodDescriptor, plus one line in ExplainerRegistry.cpp.
class Explainer {
public:
    virtual ~Explainer() = default;
    virtual std::string name() const = 0;      // "LIME", "SHAP", "SOBOL", "RISE"
    virtual FillKind classicFill() const = 0;
    // Fills saliency, segmentScores, ranking and inferences of the result; the caller sets method
    // and seconds. Checks ctx.cancel at least every batch.
    virtual Explanation explain(const ExplainContext& ctx) const = 0;
};

} // namespace fakelens
