#pragma once

#include "explain/Explainer.h"
#include "explain/NesAttack.h"
#include "explain/Segmentation.h"

#include <cstdint>

namespace fakelens {

// The NES attack of the evaluation (section 4.3 of Tsigos et al. 2025): sigma 0.001, n 40,
// alpha 1/255, delta 16/255 and M = 50 (the explanations' own NES sample uses M = 80).
inline NesSettings evaluationAttackDefaults() {
    NesSettings s;
    s.maxIterations = 50;
    return s;
}

// Everything that decides the result of evaluating one face, apart from the detector and the
// methods. Defaults are the paper's protocol plus the two measures FakeLens adds because the
// paper's budget saturates (effort and minimal budget, see TopKAttack.h).
struct EvaluationSettings {
    int topK = 3;                                  // attack the top-1 .. top-K segments
    NesSettings attack = evaluationAttackDefaults(); // the top-k attack (mask set per k)
    // Search the smallest delta (in 1/255 steps up to attack.epsilon) that still flips the
    // verdict. Costs a few more attacks per (method, k); off for quick runs.
    bool measureMinimalBudget = true;
    bool randomBaseline = true;                    // add the "RANDOM" ranking as a baseline row
    bool keepAttackedImages = true;                // keep each attacked image in the result

    // How the explanations are produced (the paper's settings by default).
    ExplainerSettings explainer;
    SlicOptions slic;
    NesSettings explanationNes;                    // M = 80 for the _adv methods' sample

    // The face's seed: explanations, the random ranking and the attacks derive theirs from it.
    // Dataset runs derive it from the run seed and the image's relative path, so an image's
    // result does not depend on which shard or in which order it was evaluated.
    std::uint64_t seed = 0;
};

} // namespace fakelens
