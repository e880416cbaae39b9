#pragma once

#include "explain/Explainer.h"

#include <memory>
#include <string>
#include <vector>

namespace fakelens {

// Factories of the explanation methods, one per file (LimeExplainer.cpp, ...). A new method is
// one new subclass plus one line in the table in ExplainerRegistry.cpp.
std::unique_ptr<Explainer> makeLimeExplainer(const ExplainerSettings& settings);
std::unique_ptr<Explainer> makeShapExplainer(const ExplainerSettings& settings);
std::unique_ptr<Explainer> makeSobolExplainer(const ExplainerSettings& settings);
std::unique_ptr<Explainer> makeRiseExplainer(const ExplainerSettings& settings);

// The base methods in display order: "LIME", "SHAP", "SOBOL", "RISE".
std::vector<std::string> explainerNames();

// The explainer for a base name (case-insensitive); throws Error(InvalidArgument) listing the
// known names otherwise.
std::unique_ptr<Explainer> createExplainer(const std::string& name, const ExplainerSettings& settings);

// A method = a base explainer in its classic or adversarial (_adv) form.
struct MethodName {
    std::string base;          // canonical, e.g. "LIME"
    bool adversarial = false;
    std::string display() const { return adversarial ? base + "_adv" : base; } // "LIME_adv"
};

// "lime_adv" / "LIME" / "Rise_ADV" -> MethodName; throws InvalidArgument for unknown names.
MethodName parseMethodName(const std::string& text);

// The eight methods in display order: LIME, LIME_adv, SHAP, SHAP_adv, SOBOL, SOBOL_adv, ...
std::vector<std::string> allMethodNames();

// Canonical names of a request: each entry is a method name, a comma-separated list of them,
// or "all" (the eight); duplicates are dropped, first occurrence wins the order.
std::vector<std::string> expandMethodNames(const std::vector<std::string>& requested);

} // namespace fakelens
