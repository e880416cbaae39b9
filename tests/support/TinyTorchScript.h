#pragma once

#include <string>

// Writes a TorchScript detector (and its FakeLens card, <stem>.json beside it) whose output is
// P(real) = sigmoid(logit) for every image, whatever the pixels: a model that is "very sure".
// With logit = ln(1e-9) the true P(fake) is 1 - 1e-9, which float32 arithmetic rounds to 1.
// Made with LibTorch's own TorchScript compiler (Module::define), so it loads through the same
// TorchScript path as a user's model.
void writeConstantRealProbabilityModel(const std::string& modelPath, double logit);
