#pragma once

#include "explain/Explainer.h"
#include "explain/ExplainerSettings.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace fakelens {

// Everything the rest of FakeLens knows about one explanation method. Each method's file
// provides its descriptor next to its Explainer; ExplainerRegistry.cpp lists the descriptors.
// The workbench's settings, the CLI's options, the report's parameter table and method notes,
// results-file headers, cost estimates and the bench read these and never name a method.
// Texts are English; the UI and the report translate them in the "MethodText" context (each
// method file marks them with QT_TRANSLATE_NOOP so lupdate finds them).
struct MethodDescriptor {
    std::string name;            // "LIME": canonical, upper case, no "_adv"
    std::string description;     // one paragraph for the report's method notes
    std::string scoreLabel;      // what a segment score means, e.g. "Shapley value (change of P(fake))"
    bool hasAdversarialForm = true; // false: no "_adv" form exists (e.g. a gradient method)
    bool needsGradients = false;    // runs only on a detector whose supportsGradients() is true
    FillKind classicFill{};
    std::vector<ParameterSpec> parameters;
    // The paper's own Python code on a 2-core CPU machine, Meso4_DF, df00204.jpg, in seconds
    // (shared/README.md): what bench compares against; 0 = not measured.
    double paperSeconds = 0;
    double paperAdversarialSeconds = 0;
    // Detector forwards one explanation costs with these settings (progress and cost estimates).
    std::function<double(const ExplainerSettings&)> expectedForwards;
    std::function<std::unique_ptr<Explainer>(const ExplainerSettings&)> make;
};

} // namespace fakelens
