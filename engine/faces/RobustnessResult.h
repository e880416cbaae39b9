#pragma once

#include "models/ModelCard.h"

#include <string>
#include <vector>

namespace fakelens {

// One perturbation of the evidence and the detector's answer on it.
struct RobustnessVariant {
    std::string name;            // "jpeg90", "scale0.75", "shift-right", ... (robustnessVariantNames())
    double fakeProbability = 0.0;
    FaceCall call = FaceCall::Real; // the model card's face verdict on this score
};

// How a face's P(fake) moves under re-encoding, downscaling and a one-pixel shift (issue 18,
// part 4). "unstable" means at least one variant gets another verdict than the face itself
// (fake, real or, with the card's band, inconclusive).
struct RobustnessResult {
    double originalFakeProbability = 0.0;
    FaceCall originalCall = FaceCall::Real;
    std::vector<RobustnessVariant> variants;
    double minFakeProbability = 0.0;  // over the variants and the original
    double maxFakeProbability = 0.0;
    double maxAbsChange = 0.0;        // max |variant - original|
    bool unstable = false;

    bool empty() const { return variants.empty(); }
};

} // namespace fakelens
