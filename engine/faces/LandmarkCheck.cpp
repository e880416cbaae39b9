#include "faces/LandmarkCheck.h"

#include "faces/FaceGeometry.h"

#include <dlib/image_processing/shape_predictor.h>
#include <dlib/opencv.h>

#include <opencv2/core.hpp>

#include <algorithm>
#include <array>
#include <cmath>

namespace fakelens {

namespace {

// dlib's regression trees compare absolute grey-level differences, so on a dark, flat face
// (the audience in hamilton_real_multiface.mp4: std dev 12-17 grey levels) they barely move off
// the initial mean shape and the landmarks follow the box like on a non-face (drift 0.5-0.8).
// Stretching the patch to a standard deviation of at least 50 (typical of well-lit faces:
// 35-60) brings those faces to a drift of 0.1-0.3 and leaves the false faces at 0.5-1.
constexpr double kTargetContrast = 50.0;
constexpr double kMaxContrastGain = 8.0; // a flat wall would otherwise become pure noise
// 10% keeps the shifted start inside the predictor's capture range for a real face; at 25%
// even real faces lose their landmarks and the measure no longer separates them.
constexpr double kDriftShift = 0.10;
constexpr int kDriftDirections = 8;
constexpr int kFirstInnerLandmark = 17; // the jaw line (0-16) is weakly anchored on any face

} // namespace

LandmarkCheck::LandmarkCheck(const dlib::shape_predictor& predictor, const cv::Mat& scanGray,
                             const cv::Rect& box)
    : predictor_(predictor), box_(box) {
    const cv::Rect image(0, 0, scanGray.cols, scanGray.rows);
    // One box side of margin on each side leaves room for the shifted fits in drift().
    const cv::Rect roi =
        cv::Rect(box.x - box.width, box.y - box.height, box.width * 3, box.height * 3) & image;
    const cv::Rect inner = box & image;
    patchOrigin_ = roi.tl();
    cv::Scalar mean, stddev;
    cv::meanStdDev(scanGray(inner.area() > 0 ? inner : roi), mean, stddev);
    if (stddev[0] >= kTargetContrast) {
        patch_ = scanGray(roi);
    } else {
        const double gain = std::min(kTargetContrast / std::max(stddev[0], 1e-3), kMaxContrastGain);
        scanGray(roi).convertTo(patch_, CV_8U, gain, 128.0 - gain * mean[0]);
    }
    landmarks_ = fitAt(box);
}

std::vector<cv::Point2f> LandmarkCheck::fitAt(const cv::Rect& box) const {
    const dlib::cv_image<unsigned char> view(patch_);
    const long left = box.x - patchOrigin_.x;
    const long top = box.y - patchOrigin_.y;
    const dlib::full_object_detection shape =
        predictor_(view, dlib::rectangle(left, top, left + box.width - 1, top + box.height - 1));
    std::vector<cv::Point2f> pts;
    pts.reserve(shape.num_parts());
    for (unsigned long i = 0; i < shape.num_parts(); ++i)
        pts.emplace_back(float(shape.part(i).x() + patchOrigin_.x),
                         float(shape.part(i).y() + patchOrigin_.y));
    return pts;
}

double LandmarkCheck::drift() const {
    std::array<double, kDriftDirections> follow{};
    const double pi = std::acos(-1.0);
    for (int d = 0; d < kDriftDirections; ++d) {
        const double angle = 2.0 * pi * d / kDriftDirections;
        const int dx = int(std::lround(std::cos(angle) * box_.width * kDriftShift));
        const int dy = int(std::lround(std::sin(angle) * box_.height * kDriftShift));
        const double norm2 = double(dx) * dx + double(dy) * dy;
        if (norm2 == 0) // only for boxes under 5 px, which HOG never returns
            continue;
        const std::vector<cv::Point2f> moved = fitAt(box_ + cv::Point(dx, dy));
        double sum = 0;
        for (size_t i = kFirstInnerLandmark; i < landmarks_.size(); ++i) {
            const cv::Point2f delta = moved[i] - landmarks_[i];
            sum += (delta.x * dx + delta.y * dy) / norm2; // projection on the shift, in shifts
        }
        follow[size_t(d)] = sum / double(landmarks_.size() - kFirstInnerLandmark);
    }
    // The median ignores one or two directions where the shifted box leaves the image or
    // crosses a strong edge.
    std::sort(follow.begin(), follow.end());
    return 0.5 * (follow[kDriftDirections / 2 - 1] + follow[kDriftDirections / 2]);
}

bool LandmarkCheck::plausibleGeometry(const std::vector<cv::Point2f>& landmarks,
                                      const cv::Rect& box) {
    if (landmarks.size() != 68)
        return false;
    const FaceGeometry g = FaceGeometry::fromLandmarks(landmarks);
    const double side = std::max(box.width, box.height);
    const double eyes = g.eyeDistance();
    const double eyesToMouth = g.eyeMouthDistance();
    if (eyes <= 0 || eyesToMouth <= 0)
        return false;
    // Bounds are about twice as wide as what ~500 real detections in the samples showed
    // (eye distance 0.31-0.50 of the box, eyes-to-mouth 0.91-1.48 eye distances, eye-mouth
    // axis within 17 degrees of vertical and of perpendicular to the eye line).
    if (eyes < 0.2 * side || eyes > 0.75 * side)
        return false;
    if (eyesToMouth < 0.6 * eyes || eyesToMouth > 2.0 * eyes)
        return false;
    const cv::Point2f eyeLine = g.rightEye - g.leftEye;
    const cv::Point2f down = g.mouth - g.eyeMid;
    if (down.y < 0.5 * eyesToMouth) // mouth below the eyes, within 60 degrees of vertical
        return false;
    const double sine = (eyeLine.x * down.y - eyeLine.y * down.x) / (eyes * eyesToMouth);
    if (sine < 0.75) // mouth roughly square to the eye line, on the chin's side
        return false;
    const cv::Rect2f near(float(box.x - 0.25 * side), float(box.y - 0.25 * side),
                          float(box.width + 0.5 * side), float(box.height + 0.5 * side));
    const auto inside = std::count_if(landmarks.begin(), landmarks.end(),
                                      [&](const cv::Point2f& p) { return near.contains(p); });
    return inside >= 55; // 80% of 68
}

} // namespace fakelens
