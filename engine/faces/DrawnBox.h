#pragma once

#include <opencv2/core/types.hpp>

#include <string>
#include <vector>

namespace fakelens {

// A face box the examiner drew because the face detector missed the face (issue 18, part 5),
// on one frame of the evidence (an image is frame 0). In a video scan the drawn face starts a
// track that the landmark tracker follows like any other (FaceTracker, VideoScanOptions).
struct DrawnBox {
    int frame = 0;
    cv::Rect2f box; // frame pixels, checked with checkDrawnBox()
};

// The boxes of an image (`source` names it in the error): an image has one frame, frame 0, so a
// box drawn on any other frame is Error(InvalidArgument) naming that frame.
std::vector<cv::Rect2f> drawnBoxesOnImage(const std::vector<DrawnBox>& drawn, const std::string& source);

} // namespace fakelens
