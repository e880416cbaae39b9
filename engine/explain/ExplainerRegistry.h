#pragma once

#include "explain/Explainer.h"
#include "explain/MethodDescriptor.h"

#include <memory>
#include <string>
#include <vector>

namespace fakelens {

// Each method's descriptor, provided by its own file (LimeExplainer.cpp, ...). A new method is
// one new file (its Explainer and descriptor) plus one line in the table in ExplainerRegistry.cpp.
const MethodDescriptor& limeDescriptor();
const MethodDescriptor& shapDescriptor();
const MethodDescriptor& sobolDescriptor();
const MethodDescriptor& riseDescriptor();
const MethodDescriptor& occlusionDescriptor();
const MethodDescriptor& gradCamDescriptor();

// Every method's descriptor, in display order.
const std::vector<const MethodDescriptor*>& methodDescriptors();

// The descriptor of a base name (case-insensitive, without "_adv"); throws Error(InvalidArgument)
// listing the known names otherwise.
const MethodDescriptor& methodDescriptor(const std::string& base);

// The base methods in display order: "LIME", "SHAP", "SOBOL", "RISE", ...
std::vector<std::string> explainerNames();

// The explainer for a base name (case-insensitive); throws Error(InvalidArgument) listing the
// known names otherwise.
std::unique_ptr<Explainer> createExplainer(const std::string& name, const ExplainerSettings& settings);

// Makes every method's explainer once from `settings` and throws the first constructor's
// Error(InvalidArgument). A constructor is where a method checks the parameters that only make
// sense together (OCCLUSION's stride no longer than its patch), which the per-parameter ranges of
// ExplainerSettings cannot: callers check before any model loads or work starts.
void checkExplainerSettings(const ExplainerSettings& settings);

// A method = a base explainer in its classic or adversarial (_adv) form.
struct MethodName {
    std::string base;          // canonical, e.g. "LIME"
    bool adversarial = false;
    std::string display() const { return adversarial ? base + "_adv" : base; } // "LIME_adv"
};

// "lime_adv" / "LIME" / "Rise_ADV" -> MethodName; throws InvalidArgument for unknown names and
// for the _adv form of a method that has none.
MethodName parseMethodName(const std::string& text);

// Every method in display order, each base followed by its _adv form where it has one:
// LIME, LIME_adv, SHAP, SHAP_adv, ...
std::vector<std::string> allMethodNames();

// The methods a detector can run: allMethodNames() without those that need gradients when
// `detectorHasGradients` is false. What "all" means for that detector.
std::vector<std::string> allMethodNames(bool detectorHasGradients);

// Canonical names of a request: each entry is a method name, a comma-separated list of them,
// or "all" (allMethodNames(detectorHasGradients)); duplicates are dropped, first occurrence wins
// the order.
std::vector<std::string> expandMethodNames(const std::vector<std::string>& requested,
                                           bool detectorHasGradients = true);

// "lime|lime_adv|shap|...|all": the names the CLI accepts, for help texts.
std::string methodChoicesText();

// Whether a progress stage name ("lime", "shap", ...) is a method's: explainFace reports each
// method's stage under its lower-case base name.
bool isMethodStage(const std::string& stage);

} // namespace fakelens
