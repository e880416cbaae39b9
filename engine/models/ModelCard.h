#pragma once

#include <array>
#include <string>
#include <vector>

namespace fakelens {

// How the model's raw output turns into P(fake).
enum class OutputKind {
    SigmoidReal, // one sigmoid unit = P(real); P(fake) = 1 - output
    SigmoidFake, // one sigmoid unit = P(fake)
    Softmax,     // logits over `classes`; P(fake) = 1 - softmax[realIndex]
};

// Which part of the frame the model expects to see.
enum class CropPolicy {
    MesoNet,     // MesoNet's training crop: centred on the nose, 2.2 x face size, upright
    BoundingBox, // the detector's box enlarged by `cropMargin` on each side
};

enum class ChannelOrder { RGB, BGR };

// The description of a detector that FakeLens needs to feed it and read its answer. Read from a
// JSON file beside a TorchScript model (schema in README.md, "Model cards"); built in for native
// MesoNet weights.
struct ModelCard {
    int cardVersion = 1;
    std::string name;
    std::string description;
    int inputWidth = 256;
    int inputHeight = 256;
    ChannelOrder channelOrder = ChannelOrder::RGB;
    // Input to the network = (pixel_0_255 * scale - mean[c]) / std[c].
    double scale = 1.0 / 255.0;
    std::array<double, 3> mean{0.0, 0.0, 0.0};
    std::array<double, 3> std{1.0, 1.0, 1.0};
    OutputKind output = OutputKind::SigmoidReal;
    std::vector<std::string> classes;
    int realIndex = 0;
    // A face is called fake when P(fake) >= threshold.
    double threshold = 0.5;
    CropPolicy crop = CropPolicy::MesoNet;
    double cropMargin = 0.3; // BoundingBox only: fraction of the box side added on each side

    // Parses and validates; throws Error(ModelCardInvalid) naming the file and the first wrong
    // field, e.g. "model card X.json: field 'input_size' must be two integers 16..4096".
    static ModelCard fromJson(const std::string& jsonText, const std::string& sourceName);
    static ModelCard fromFile(const std::string& path);
    std::string toJson() const;

    bool isFake(double fakeProbability) const { return fakeProbability >= threshold; }
};

const char* outputKindName(OutputKind kind);
const char* cropPolicyName(CropPolicy policy);

} // namespace fakelens
