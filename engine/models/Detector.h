#pragma once

#include "models/ModelCard.h"

#include <opencv2/core/mat.hpp>

#include <string>
#include <vector>

namespace fakelens {

// Where inference runs. Auto = CUDA when LibTorch sees a GPU, else the CPU.
enum class DeviceChoice { Auto, Cpu, Cuda };

DeviceChoice parseDeviceChoice(const std::string& text); // throws InvalidArgument

// A batch of images already at the model's input size, in FakeLens' pixel domain: RGB float32
// in [0, 1] (uint8 / 255), NHWC contiguous. Explainers and attacks work in this domain; the
// detector applies the model card's own normalisation.
struct ImageBatch {
    int count = 0;
    int height = 0;
    int width = 0;
    std::vector<float> pixels; // count * height * width * 3

    ImageBatch() = default;
    ImageBatch(int n, int h, int w) : count(n), height(h), width(w), pixels(size_t(n) * h * w * 3) {}
    float* image(int i) { return pixels.data() + size_t(i) * height * width * 3; }
    const float* image(int i) const { return pixels.data() + size_t(i) * height * width * 3; }
    size_t imageSize() const { return size_t(height) * width * 3; }
};

// A deepfake detector: scores face crops with P(fake).
// Not thread-safe: one caller at a time (the UI serialises engine jobs per detector).
class Detector {
public:
    virtual ~Detector() = default;

    virtual const ModelCard& card() const = 0;
    // "cpu" or "cuda:0".
    virtual std::string deviceName() const = 0;
    // The file the model was loaded from (an ensemble: its members' files joined by " + ").
    virtual std::string modelPath() const = 0;
    // Every model file whose weights decide the score, in order: what a case hashes.
    virtual std::vector<std::string> modelFiles() const { return {modelPath()}; }

    // Images per forward pass. Callers may pass any count to fakeProbabilities(); it is split
    // into forwards of this size. On CPU small batches are fastest (activations stay in cache).
    // Detectors without a batch limit of their own keep the defaults.
    virtual int batchSize() const { return 64; }
    // Whether the detector can give gradients (white-box methods such as Grad-CAM need them).
    virtual bool supportsGradients() const { return false; }
    virtual void setBatchSize(int images) {} // clamped to >= 1 where it applies

    // P(fake) for `count` images of card().inputHeight x inputWidth in the pixel domain, starting
    // at `nhwc`. Splits into internal batches as needed.
    // Double precision on purpose: a model that emits P(real) in float32 gives P(fake) = 1 - p
    // in steps of ~6e-8 near 1 if the subtraction is done in float, so on a very confident fake
    // every difference NES and the explainers take would be 0. The model's own output is
    // widened first and the complement taken in double (issue 15).
    virtual std::vector<double> fakeProbabilities(const float* nhwc, int count) = 0;

    std::vector<double> fakeProbabilities(const ImageBatch& batch) {
        return fakeProbabilities(batch.pixels.data(), batch.count);
    }
    double fakeProbability(const cv::Mat& inputRgbFloat); // one CV_32FC3 image at input size

    // Face crops of any size (CV_8UC3 RGB) -> resized to the input with INTER_AREA -> P(fake).
    std::vector<double> scoreCrops(const std::vector<cv::Mat>& rgbCrops);

    // Converts an RGB crop (CV_8UC3, or CV_32FC3 in [0,1]) of any size to a new CV_32FC3 [0,1]
    // image at the model's input size (OpenCV INTER_AREA, the resize whose reference outputs
    // FakeLens matches).
    cv::Mat prepareInput(const cv::Mat& rgbCrop) const;
};

} // namespace fakelens
