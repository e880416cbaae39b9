#pragma once

#include "core/CancelToken.h"
#include "core/Progress.h"
#include "faces/DetectedFace.h"
#include "faces/RobustnessResult.h"

#include <opencv2/core/mat.hpp>

#include <optional>
#include <string>
#include <vector>

namespace fakelens {

class Detector;

// The variants, in the order of RobustnessResult::variants: JPEG re-encoding of the frame at
// quality 90, 75, 50; the frame downscaled by 0.75 and 0.5 (INTER_AREA, the face with it); the
// face moved by one frame pixel right, down, left, up.
const std::vector<std::string>& robustnessVariantNames();

// What one robustness test is about: the evidence frame and the face as scored on it.
struct RobustnessSubject {
    cv::Mat frameRgb;          // CV_8UC3 RGB, the whole evidence frame
    DetectedFace face;         // box and landmarks in frame coordinates
    // The face is the whole frame (--no-detect): each variant is cropped with wholeImageCrop,
    // and the shifts move the frame's content by one pixel instead of a box.
    bool wholeFrame = false;
    // The face's own P(fake) as shown to the examiner. When given it is the reference (the same
    // crop scored in another batch can differ in the last bits on some backends); when not,
    // the original crop is scored alone first.
    std::optional<double> originalFakeProbability;
};

// Re-scores the face under each variant through the same crop as its own score (cropFace or
// wholeImageCrop with the detector's card) and Detector::scoreCrops, all variants in one
// call. Deterministic. Checks `cancel` between the steps; progress stages "robustness".
RobustnessResult testRobustness(const RobustnessSubject& subject, Detector& detector,
                                const ProgressReporter& progress = {}, const CancelToken& cancel = {});

} // namespace fakelens
