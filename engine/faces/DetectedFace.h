#pragma once

#include <opencv2/core/types.hpp>

#include <vector>

namespace fakelens {

// Where a face's box came from: the face detector (or the tracker following one), or the
// examiner, who drew it on the frame because the detector missed the face (issue 18, part 5).
// A drawn face is cropped, scored, explained and evaluated like any other; only the label differs.
enum class FaceOrigin { Detector, Examiner };

// "detector" / "examiner": the word the JSON, the case and the report use.
inline const char* faceOriginName(FaceOrigin origin) {
    return origin == FaceOrigin::Examiner ? "examiner" : "detector";
}

// One face found in a frame. All coordinates are frame pixels (pixel centres at integers, the
// convention of cv::warpAffine), whatever scale the detector worked at internally.
struct DetectedFace {
    cv::Rect2f box;
    // dlib's HOG score relative to its own threshold: 0 is dlib's default operating point,
    // real frontal faces usually score 0.5..3.
    double confidence = 0;
    // The 68 points of the iBUG 300-W scheme in dlib order (jaw 0-16, brows 17-26, nose 27-35,
    // eyes 36-47, mouth 48-67); empty when the face came from somewhere without landmarks, in
    // which case croppers fall back to the box.
    std::vector<cv::Point2f> landmarks;
    // How far the inner landmarks followed a 10% shift of the box (0 = anchored on the face,
    // 1 = they just moved with the box); -1 when the detector did not measure it.
    double landmarkDrift = -1;
    FaceOrigin origin = FaceOrigin::Detector;
};

// A face's size for the "too small to judge" rule (ModelCard::tooSmallToJudge): the shorter side
// of its box in source (frame) pixels, the detector's box or, on a tracked frame, the re-fitted one.
inline double faceBoxSide(const cv::Rect2f& box) { return double(box.width < box.height ? box.width : box.height); }

} // namespace fakelens
