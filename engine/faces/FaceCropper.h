#pragma once

#include "faces/DetectedFace.h"
#include "models/ModelCard.h"

#include <opencv2/core/mat.hpp>

#include <vector>

namespace fakelens {

// A face cut out of a frame at a model's input size, with the geometry needed to draw it back
// onto the frame (explanation heatmaps, the crop outline).
struct FaceCrop {
    cv::Mat image; // CV_8UC3 RGB, card.inputWidth x card.inputHeight
    // 2x3 CV_64F affine from frame pixel coordinates to crop pixel coordinates, both with
    // pixel centres at integers (the cv::warpAffine convention). Invert it with
    // cv::invertAffineTransform to map crop pixels (a heatmap) back onto the frame.
    cv::Mat frameToCrop;
    // The crop square's outer corners in frame coordinates, in the order TL, TR, BR, BL of the
    // crop (rotated with it). frameToCrop maps them to (-0.5,-0.5), (W-0.5,-0.5), (W-0.5,H-0.5)
    // and (-0.5,H-0.5): the outer edges of the crop's corner pixels.
    std::vector<cv::Point2f> cornersInFrame;
};

// The crop card.crop asks for:
// - CropPolicy::MesoNet: MesoNet's training crop (pipeline.py of DariusAf/MesoNet): a square
//   centred on the nose, of side 2.2 x 1.3 x max(eye distance, eyes-to-mouth distance), rotated
//   so that the eyes-to-mouth axis is vertical. Faces without landmarks fall back to the box.
// - CropPolicy::BoundingBox: the detector box grown by card.cropMargin x its side on each side,
//   made square around its centre, not rotated.
// Pixels outside the frame repeat the border pixel (BORDER_REPLICATE). Throws
// Error(InvalidArgument) for an empty or non-CV_8UC3 frame, or a face without a usable box.
FaceCrop cropFace(const cv::Mat& frameRgb, const DetectedFace& face, const ModelCard& card);

// For --no-detect: the whole image resized (INTER_AREA, aspect not kept) to the input size.
FaceCrop wholeImageCrop(const cv::Mat& rgb, const ModelCard& card);

} // namespace fakelens
