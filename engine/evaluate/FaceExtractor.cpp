#include "evaluate/FaceExtractor.h"

#include "core/Error.h"
#include "faces/FaceCropper.h"
#include "faces/FaceDetector.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace fakelens {

FaceInput parseFaceInput(const std::string& text) {
    if (text == "auto")
        return FaceInput::Auto;
    if (text == "whole")
        return FaceInput::WholeImage;
    if (text == "detect")
        return FaceInput::Detect;
    throw Error(ErrorCode::InvalidArgument, "face input", "must be auto, whole or detect, not '" + text + "'");
}

const char* faceInputName(FaceInput input) {
    switch (input) {
    case FaceInput::Auto: return "auto";
    case FaceInput::WholeImage: return "whole";
    case FaceInput::Detect: return "detect";
    }
    return "auto";
}

std::string faceInputDescription(FaceInput input) {
    switch (input) {
    case FaceInput::WholeImage:
        return "whole: each image is one face crop, resized whole to the input (INTER_AREA)";
    case FaceInput::Detect:
        return "detect: the largest face found by dlib HOG, cropped with the model card's policy";
    case FaceInput::Auto:
        break;
    }
    return "auto: whole image when its longer side <= " + std::to_string(kFaceCropMaxSide) +
           " px, else the largest detected face cropped with the model card's policy";
}

FaceExtractor::FaceExtractor(FaceInput input) : input_(input) {}

FaceExtractor::~FaceExtractor() = default;

ExtractedFace FaceExtractor::extract(const cv::Mat& rgb, const cv::Mat& maskImage, const ModelCard& card) {
    ExtractedFace out;
    const bool detect = input_ == FaceInput::Detect ||
                        (input_ == FaceInput::Auto && std::max(rgb.cols, rgb.rows) > kFaceCropMaxSide);
    if (!detect) {
        out.found = true;
        out.face = rgb;
        out.mask = maskImage; // same geometry: evaluateFace maps both onto the input alike
        return out;
    }
    if (!detector_)
        detector_ = std::make_unique<FaceDetector>();
    const std::vector<DetectedFace> faces = detector_->detect(rgb);
    if (faces.empty())
        return out;
    // One face per image: the largest, as the one a dataset's frame is about.
    const auto largest = std::max_element(faces.begin(), faces.end(), [](const DetectedFace& a, const DetectedFace& b) {
        return a.box.area() < b.box.area();
    });
    const FaceCrop crop = cropFace(rgb, *largest, card);
    out.found = true;
    out.detected = true;
    out.face = crop.image;
    if (!maskImage.empty()) {
        if (maskImage.size() != rgb.size())
            throw Error(ErrorCode::InvalidArgument, "manipulation mask", "mask and frame sizes differ");
        // The same affine as the face; nearest keeps the mask binary, the border is "not
        // manipulated".
        cv::warpAffine(maskImage, out.mask, crop.frameToCrop, crop.image.size(), cv::INTER_NEAREST,
                       cv::BORDER_CONSTANT, cv::Scalar::all(0));
    }
    return out;
}

} // namespace fakelens
