#pragma once

#include <opencv2/core/types.hpp>

namespace fakelens {

// A face box the examiner drew because the face detector missed the face (issue 18, part 5),
// on one frame of the evidence (an image is frame 0). In a video scan the drawn face starts a
// track that the landmark tracker follows like any other (FaceTracker, VideoScanOptions).
struct DrawnBox {
    int frame = 0;
    cv::Rect2f box; // frame pixels, checked with checkDrawnBox()
};

} // namespace fakelens
