#pragma once

#include "explain/Explainer.h"
#include "explain/Segmentation.h"

#include <opencv2/core/mat.hpp>

namespace fakelens {

// The image a classic explainer takes hidden pixels from (CV_32FC3, same size as `image`):
//   SegmentMean: every pixel becomes its segment's mean colour (lime's "hide" colour);
//   Blur: a box blur with a kernel of 128 px at 256 px, scaled with the image (shap's
//         Image masker "blur(128,128)" as the paper used it);
//   Zeros: black;
//   Grey: 0.5 in every channel (Zeiler & Fergus's grey occluder).
// FillKind::Adversarial has no classic form (it needs the NES sample): InvalidArgument.
cv::Mat makeFill(FillKind kind, const cv::Mat& image, const Segmentation& segments);

// The blur kernel side for an image of the given size: 128 at 256 px, at least 1.
int blurKernelSize(const cv::Size& imageSize);

const char* fillKindName(FillKind kind); // "segment-mean", "blur", "zeros", "grey", "adversarial"

} // namespace fakelens
