#pragma once

#include "models/ModelCard.h"

#include <opencv2/core/mat.hpp>

#include <memory>
#include <string>

namespace fakelens {

class FaceDetector;

// How a dataset run takes the face out of each image.
enum class FaceInput {
    Auto,       // whole image when its longer side is <= kFaceCropMaxSide (a face crop), else Detect
    WholeImage, // every image is a face crop: resized whole (INTER_AREA) to the input
    Detect,     // find faces (dlib HOG + landmarks), take the largest, crop it with the card's policy
};

// Images up to this size are taken for face crops in FaceInput::Auto: FaceForensics++ crops
// are 256 px, MesoNet's samples 208-342 px, while video frames start at 640x360.
constexpr int kFaceCropMaxSide = 512;

FaceInput parseFaceInput(const std::string& text); // "auto", "whole", "detect"; InvalidArgument
const char* faceInputName(FaceInput input);
// One line for the results file's parameters.
std::string faceInputDescription(FaceInput input);

// The face of one dataset image, with its ground-truth mask brought into the same geometry.
struct ExtractedFace {
    bool found = false;  // false: no face detected (Detect)
    cv::Mat face;        // CV_8UC3 RGB: the whole image, or the crop at the input size
    cv::Mat mask;        // the manipulation mask aligned with `face` (empty without a mask)
    bool detected = false; // the face came from the face detector
};

// Takes faces out of images as FaceInput says. The face detector (and its ~100 MB landmark
// model) is loaded on first need only. Not thread-safe.
class FaceExtractor {
public:
    explicit FaceExtractor(FaceInput input);
    ~FaceExtractor();

    // `rgb` CV_8UC3; `maskImage` optional (any 8-bit image at the frame's size).
    ExtractedFace extract(const cv::Mat& rgb, const cv::Mat& maskImage, const ModelCard& card);
    FaceInput input() const { return input_; }

private:
    FaceInput input_;
    std::unique_ptr<FaceDetector> detector_;
};

} // namespace fakelens
