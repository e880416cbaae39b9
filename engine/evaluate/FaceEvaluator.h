#pragma once

#include "core/CancelToken.h"
#include "core/Progress.h"
#include "evaluate/EvaluationSettings.h"
#include "evaluate/IntrinsicMetrics.h"
#include "evaluate/TopKAttack.h"
#include "explain/Explainer.h"
#include "explain/NesAttack.h"
#include "explain/Segmentation.h"
#include "models/Detector.h"

#include <opencv2/core/mat.hpp>

#include <optional>
#include <string>
#include <vector>

namespace fakelens {

// One ranking (an explanation method's, or the RANDOM baseline's) evaluated on one face.
struct MethodEvaluation {
    std::string method;               // "LIME", "LIME_adv", ..., or "RANDOM"
    std::vector<int> ranking;         // segment ids, most important first
    int eligibleSegments = -1;        // Explanation::eligibleSegments (-1: every segment)
    double seconds = 0;               // explanation time (the shared NES sample excluded)
    long long inferences = 0;         // explanation forwards (the shared NES sample excluded)
    std::optional<IntrinsicMetrics> intrinsic; // Pino et al.'s metrics; none for RANDOM
    std::vector<AttackOutcome> attacks;        // k = 1..topK
    // Per k: fraction of the top-k segments' area inside the manipulation mask; empty when
    // the face has no mask.
    std::vector<double> localisation;
};

// Everything evaluateFace() found for one face; the GUI shows it, the dataset runner turns it
// into a results-file record.
struct FaceEvaluation {
    cv::Mat image;                    // the face as the detector saw it (CV_32FC3, input size)
    double fakeProbability = 0;       // P(fake) of `image`
    bool calledFake = false;          // only faces called fake are explained and attacked
    Segmentation segments;            // SLIC segments the rankings refer to (empty if not fake)
    std::vector<Explanation> explanations;       // as explainFace() returned them
    std::optional<NesResult> adversarialSample;  // the _adv methods' shared NES sample
    std::vector<MethodEvaluation> methods;       // requested order, then RANDOM
    // agreement[i][j] = Spearman's rho between the rankings of methods[i] and methods[j].
    std::vector<std::vector<double>> agreement;
    bool hasManipulationMask = false;
    double seconds = 0;               // the whole evaluation of this face
};

// The evaluation of Tsigos et al. (2025, section 4.2) for one face, shared by the GUI and the
// CLI: when the detector calls `faceImage` fake, explains it with every method in `methods`
// (names as expandMethodNames() takes them; empty = only the RANDOM baseline) through
// explainFace(), ranks the SLIC segments, adds the RANDOM baseline ranking (when
// settings.randomBaseline), and for each ranking and k = 1..settings.topK runs the top-k NES
// attack (TopKAttack). Also computes the intrinsic metrics of each explanation, the
// localisation against `manipulationMask` (optional mask image, white = manipulated, any size:
// it is mapped onto the input like the face) and the pairwise rank agreement.
//
// `faceImage` is CV_32FC3 [0,1] or CV_8UC3 RGB, any size (resized to the input with
// INTER_AREA). When the detector calls it real the result has calledFake = false and nothing
// else is run. Deterministic for settings.seed; reports progress (stages "segment", "nes",
// "lime", ..., "attack") and throws CancelledError once `cancel` is set.
FaceEvaluation evaluateFace(Detector& detector, const cv::Mat& faceImage,
                            const std::vector<std::string>& methods,
                            const EvaluationSettings& settings, ProgressReporter progress = {},
                            CancelToken cancel = {}, const cv::Mat& manipulationMask = {});

// Where an attack of `evaluation.methods[method].attacks[attack]` was run: itself when it ran,
// or, for a copy (AttackOutcome::reused), the first attack of the same segments
// (attackedSegmentSet()) that ran, in the order evaluateFace() ran them. nullopt when the
// position is out of range or a copy's origin is missing (a hand-edited case).
struct AttackPosition {
    size_t method = 0;
    size_t attack = 0;
};
std::optional<AttackPosition> attackOrigin(const FaceEvaluation& evaluation, size_t method, size_t attack);

} // namespace fakelens
