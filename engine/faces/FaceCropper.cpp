#include "faces/FaceCropper.h"

#include "core/Error.h"
#include "faces/FaceGeometry.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <string>

namespace fakelens {

namespace {

// MesoNet's pipeline.py: find_coordinates() takes K = 2.2 x max(eye distance, eyes-to-mouth
// distance) and get_aligned_face() then multiplies it by l_factor = 1.3. Measured on the crops
// it produced (../shared/samples/faces/real, ffpp_crops/*/real): side / max(...) = 2.77-2.90,
// centred on the nose point of FaceGeometry within 2 px; with 2.2 alone the crop would be 23%
// tighter than what the network saw in training.
constexpr double kMesoNetSideFactor = 2.2 * 1.3;
// Above this downscale, one bilinear warp skips pixels (aliasing); warp at the native size and
// let INTER_AREA average instead.
constexpr double kMaxDirectDownscale = 1.5;
constexpr int kMaxNativeSide = 4096; // bounds memory for huge faces in 8K frames

void checkFrame(const cv::Mat& rgb, const ModelCard& card, const char* what) {
    if (rgb.empty() || rgb.type() != CV_8UC3)
        throw Error(ErrorCode::InvalidArgument, what, "expected a non-empty 8-bit RGB image");
    if (card.inputWidth <= 0 || card.inputHeight <= 0)
        throw Error(ErrorCode::InvalidArgument, what,
                    "model card '" + card.name + "' has no input size");
}

// A square of side `side` centred on `centre` whose own x axis is `right` and y axis `down`
// (unit vectors, in frame coordinates), as the affine to a width x height grid.
cv::Mat squareToGrid(cv::Point2d centre, double side, cv::Point2d right, cv::Point2d down,
                     int width, int height) {
    // u = ((p - centre) . right / side + 0.5) * width - 0.5, and the same for v.
    const double kx = width / side, ky = height / side;
    cv::Mat m(2, 3, CV_64F);
    m.at<double>(0, 0) = kx * right.x;
    m.at<double>(0, 1) = kx * right.y;
    m.at<double>(0, 2) = -kx * centre.dot(right) + 0.5 * width - 0.5;
    m.at<double>(1, 0) = ky * down.x;
    m.at<double>(1, 1) = ky * down.y;
    m.at<double>(1, 2) = -ky * centre.dot(down) + 0.5 * height - 0.5;
    return m;
}

FaceCrop renderSquare(const cv::Mat& frame, cv::Point2d centre, double side, cv::Point2d right,
                      cv::Point2d down, const ModelCard& card, bool areaResize) {
    const int w = card.inputWidth, h = card.inputHeight;
    FaceCrop crop;
    crop.frameToCrop = squareToGrid(centre, side, right, down, w, h);
    const double half = 0.5 * side;
    const cv::Point2d r = right * half, d = down * half;
    for (const cv::Point2d& p : {centre - r - d, centre + r - d, centre + r + d, centre - r + d})
        crop.cornersInFrame.emplace_back(float(p.x), float(p.y));

    const double downscale = std::max(side / w, side / h);
    if (!areaResize && downscale <= kMaxDirectDownscale) {
        cv::warpAffine(frame, crop.image, crop.frameToCrop, cv::Size(w, h), cv::INTER_LINEAR,
                       cv::BORDER_REPLICATE);
        return crop;
    }
    // Warp at about the crop's own resolution, then average down (or, for a small box crop,
    // let INTER_AREA enlarge it as Detector::prepareInput would). resize maps pixel edges onto
    // pixel edges, so the composition is exactly frameToCrop.
    const int native = std::clamp(int(std::lround(side)), 1, kMaxNativeSide);
    cv::Mat nativeImage;
    cv::warpAffine(frame, nativeImage, squareToGrid(centre, side, right, down, native, native),
                   cv::Size(native, native), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    if (native == w && native == h)
        crop.image = nativeImage;
    else
        cv::resize(nativeImage, crop.image, cv::Size(w, h), 0, 0, cv::INTER_AREA);
    return crop;
}

FaceCrop boxCrop(const cv::Mat& frame, const cv::Rect2f& box, const ModelCard& card) {
    if (!(box.width > 0 && box.height > 0))
        throw Error(ErrorCode::InvalidArgument, "face crop", "face has neither landmarks nor a box");
    const double margin = std::max(0.0, card.cropMargin);
    const double side = std::max(box.width, box.height) * (1.0 + 2.0 * margin);
    // Snap the square to whole pixels so the warp is a plain copy (no resampling before
    // INTER_AREA). A Rect2f's x is its first pixel's centre, like cv::Rect.
    const int n = std::max(1, int(std::lround(side)));
    const double cx = box.x + 0.5 * box.width - 0.5, cy = box.y + 0.5 * box.height - 0.5;
    const int x0 = int(std::lround(cx - 0.5 * (n - 1))), y0 = int(std::lround(cy - 0.5 * (n - 1)));
    const cv::Point2d centre(x0 + 0.5 * (n - 1), y0 + 0.5 * (n - 1));
    return renderSquare(frame, centre, n, {1, 0}, {0, 1}, card, true);
}

} // namespace

FaceCrop cropFace(const cv::Mat& frameRgb, const DetectedFace& face, const ModelCard& card) {
    checkFrame(frameRgb, card, "face crop");
    if (card.crop == CropPolicy::BoundingBox || face.landmarks.empty())
        return boxCrop(frameRgb, face.box, card);

    const FaceGeometry g = FaceGeometry::fromLandmarks(face.landmarks);
    const double eyesToMouth = g.eyeMouthDistance();
    const double side = kMesoNetSideFactor * std::max(g.eyeDistance(), eyesToMouth);
    if (!(eyesToMouth > 0) || !std::isfinite(side))
        return boxCrop(frameRgb, face.box, card);
    // Rotate so that the eyes-to-mouth line points straight down in the crop.
    const cv::Point2d down = cv::Point2d(g.mouth - g.eyeMid) * (1.0 / eyesToMouth);
    const cv::Point2d right(down.y, -down.x);
    return renderSquare(frameRgb, cv::Point2d(g.nose), side, right, down, card, false);
}

FaceCrop wholeImageCrop(const cv::Mat& rgb, const ModelCard& card) {
    checkFrame(rgb, card, "whole-image crop");
    const int w = card.inputWidth, h = card.inputHeight;
    FaceCrop crop;
    if (rgb.cols == w && rgb.rows == h)
        crop.image = rgb.clone();
    else
        cv::resize(rgb, crop.image, cv::Size(w, h), 0, 0, cv::INTER_AREA);
    const double kx = double(w) / rgb.cols, ky = double(h) / rgb.rows;
    crop.frameToCrop = (cv::Mat_<double>(2, 3) << kx, 0, 0.5 * kx - 0.5, 0, ky, 0.5 * ky - 0.5);
    const float x1 = float(rgb.cols - 0.5), y1 = float(rgb.rows - 0.5);
    crop.cornersInFrame = {{-0.5f, -0.5f}, {x1, -0.5f}, {x1, y1}, {-0.5f, y1}};
    return crop;
}

} // namespace fakelens
