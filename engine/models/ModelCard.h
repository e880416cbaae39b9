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

// The word a face score becomes: the one face-verdict rule (ModelCard::call) that `detect`, the
// workbench, the case and the report all print.
enum class FaceCall { Real, Fake, Inconclusive };

// "real", "fake" or "inconclusive": the JSON and case value.
const char* faceCallName(FaceCall call);

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
    // Card key "inconclusive": [low, high] with 0 <= low <= threshold <= high <= 1, low < high.
    // A score in the closed band [low, high] is "inconclusive" (neither fake nor real); no band
    // by default, and then every score is fake or real by the threshold.
    bool hasInconclusiveBand = false;
    double inconclusiveLow = 0.0;
    double inconclusiveHigh = 0.0;
    // Card key "min_face_fraction": a face whose box (its shorter side, in source pixels) is
    // smaller than this fraction of the model's input side (the shorter of width and height) is
    // "too small to judge" (64 px for MesoNet's 256): the model would see it upscaled 4x or more.
    double minFaceFraction = 0.25;
    // Card key "gradcam_layer": the layer Grad-CAM reads, a submodule's dotted path in the
    // TorchScript module (e.g. "l4", "features.7") or the name of one of the module's methods
    // (native MesoNet: "conv4"); its output is the activation map. Empty: the model gives no
    // gradients (Detector::supportsGradients() is false).
    std::string gradcamLayer;

    // Parses and validates; throws Error(ModelCardInvalid) naming the file and the first wrong
    // field, e.g. "model card X.json: field 'input_size' must be two integers 16..4096".
    static ModelCard fromJson(const std::string& jsonText, const std::string& sourceName);
    static ModelCard fromFile(const std::string& path);
    std::string toJson() const;

    // The threshold alone (fake when P(fake) >= threshold), for decisions that are not a verdict
    // word, e.g. whether an adversarial search has a fake face to flip.
    bool isFake(double fakeProbability) const { return fakeProbability >= threshold; }
    // The face verdict: inconclusive inside the band, else fake or real by the threshold.
    FaceCall call(double fakeProbability) const;
    bool inconclusive(double fakeProbability) const {
        return hasInconclusiveBand && fakeProbability >= inconclusiveLow && fakeProbability <= inconclusiveHigh;
    }
    // The smallest box side (pixels) a face needs to be judged.
    double minFaceSide() const;
    bool tooSmallToJudge(double boxShorterSide) const { return boxShorterSide < minFaceSide(); }
};

const char* outputKindName(OutputKind kind);
const char* cropPolicyName(CropPolicy policy);

} // namespace fakelens
