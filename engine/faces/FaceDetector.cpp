#include "faces/FaceDetector.h"

#include "core/Error.h"
#include "faces/EmbeddedFaceModel.h"
#include "faces/LandmarkCheck.h"
#include "faces/ShapePredictorReader.h"

#include <dlib/image_processing/frontal_face_detector.h>
#include <dlib/image_processing/shape_predictor.h>
#include <dlib/image_transforms/interpolation.h>
#include <dlib/opencv.h>
#include <dlib/serialize.h>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <future>
#include <mutex>
#include <sstream>
#include <string>

// How the thresholds were chosen (2-core CPU, dlib 19.24, samples in ../shared/samples; every
// detection down to dlib confidence -0.6 was inspected and labelled by eye):
//
// * Confidence alone cannot separate false faces from small real ones. The false faces the
//   plain detector reports are printed badges and a bottle: astronaut.png's mission patch
//   (+0.12 at upsample 1), the crest on the shirt in dfdc_lynaeydofd_real.jpg (+0.15; +0.32
//   at upsample 2) and a bottle in hamilton_real_multiface.mp4 (up to +0.32), while real small
//   or dark faces in that video score -0.2..+0.3 (the pianist in frames 0-19: +0.01..+0.13;
//   the woman in the audience, frames 212-248: -0.08..+0.31). Every detection at or above
//   +0.8 in the samples (about 300) is a real face.
// * What separates them is landmark stability (LandmarkCheck.cpp): on a real face the shape
//   predictor snaps to the eyes, nose and mouth, so re-fitting it from boxes shifted by 10%
//   moves the inner landmarks by at most 0.30 of the shift (40 weak real faces between 0 and
//   0.8; worst 0.30, 0.29, then 0.17), while on the patch, the crest, the bottle and a hand
//   they follow the box by 0.59-0.98 of it (all 8 false faces at confidence >= 0).
//   maxLandmarkDrift = 0.45 sits in that gap, ~0.15 from both sides. Strong faces (>= 0.8)
//   drift at most 0.28, so skipping them costs nothing and saves 8 predictor runs each.
// * minConfidence stays at dlib's own 0: between -0.1 and 0 the background of
//   ffpp_004_*.mp4 (a city skyline) produces face-like detections whose landmarks are as
//   stable as a real face's (drift 0.1-0.2), so only the score keeps them out; the real faces
//   lost by this (the dark audience faces at -0.08..0) are not worth those.
// * Whole videos: ffpp_519_*.mp4 (every 3rd frame) one face in all 502 frames; hamilton
//   (every frame) a face in 161 of 275 frames, two (singer and pianist) in 7; ffpp_004_*.mp4
//   (every frame) one face in 615 of 618 frames. Known limit: the other 3 have a second, false face just
//   above the threshold (the skyline at +0.01 with drift 0.13, a hand at +0.05, drift 0.27);
//   only a stronger face model would tell those apart.

namespace fakelens {

namespace {

using RgbImage = dlib::array2d<dlib::rgb_pixel>;

// Where the scanned (downscaled, then upsampled) image sits relative to the frame.
struct ScanGeometry {
    double scaleX = 1.0; // scanned-before-upsampling width / frame width
    double scaleY = 1.0;
    std::vector<cv::Size> levels; // level 0 = downscaled frame, then each pyramid_up output

    // dlib's pyramid_up resizes with resize_image, which maps the corner pixel centres onto
    // each other: x_in = x_out * (w_in - 1) / (w_out - 1); cv::resize maps pixel edges.
    cv::Point2d toFrame(double x, double y) const {
        for (size_t i = levels.size() - 1; i > 0; --i) {
            x *= double(levels[i - 1].width - 1) / double(levels[i].width - 1);
            y *= double(levels[i - 1].height - 1) / double(levels[i].height - 1);
        }
        return {(x + 0.5) / scaleX - 0.5, (y + 0.5) / scaleY - 0.5};
    }

    // The inverse of toFrame(): frame pixel coordinates to scanned-image ones.
    cv::Point2d toScan(double x, double y) const {
        x = (x + 0.5) * scaleX - 0.5;
        y = (y + 0.5) * scaleY - 0.5;
        for (size_t i = 1; i < levels.size(); ++i) {
            x *= double(levels[i].width - 1) / double(levels[i - 1].width - 1);
            y *= double(levels[i].height - 1) / double(levels[i - 1].height - 1);
        }
        return {x, y};
    }
};

// A scanned-image box and its landmarks placed on the frame: the one mapping detect() and
// fitDrawnFace() share.
void placeInFrame(DetectedFace& face, const cv::Rect& scanBox, const std::vector<cv::Point2f>& scanLandmarks,
                  const ScanGeometry& geo) {
    // Box edges sit half a pixel outside the first and last pixel centres.
    const cv::Point2d tl = geo.toFrame(scanBox.x - 0.5, scanBox.y - 0.5);
    const cv::Point2d br = geo.toFrame(scanBox.x + scanBox.width - 0.5, scanBox.y + scanBox.height - 0.5);
    face.box = cv::Rect2f(float(tl.x + 0.5), float(tl.y + 0.5), float(br.x - tl.x), float(br.y - tl.y));
    face.landmarks.clear();
    face.landmarks.reserve(scanLandmarks.size());
    for (const cv::Point2f& p : scanLandmarks) {
        const cv::Point2d q = geo.toFrame(p.x, p.y);
        face.landmarks.emplace_back(float(q.x), float(q.y));
    }
}

cv::Mat scanGrey(const RgbImage& img) {
    cv::Mat grey;
    cv::cvtColor(dlib::toMat(const_cast<RgbImage&>(img)), grey, cv::COLOR_RGB2GRAY);
    return grey;
}

void validateOptions(const FaceDetectorOptions& o) {
    auto fail = [](const std::string& what) {
        throw Error(ErrorCode::InvalidArgument, "face detector options", what);
    };
    if (o.upsample < 0 || o.upsample > 3)
        fail("upsample must be 0..3, got " + std::to_string(o.upsample));
    if (o.maxDetectionSide != 0 && o.maxDetectionSide < 80)
        fail("maxDetectionSide must be 0 or at least 80 (the HOG window), got " +
             std::to_string(o.maxDetectionSide));
    if (o.smallImageSide < 0)
        fail("smallImageSide must not be negative");
    if (!std::isfinite(o.minConfidence) || !std::isfinite(o.strongConfidence) ||
        !std::isfinite(o.maxLandmarkDrift) || o.maxLandmarkDrift <= 0)
        fail("confidence thresholds must be finite and maxLandmarkDrift positive");
}

// Downscales to maxDetectionSide, then upsamples with dlib's pyramid_up (the upsampling the
// thresholds above were measured with).
RgbImage prepareScan(const cv::Mat& rgb, const FaceDetectorOptions& o, ScanGeometry& geo) {
    cv::Mat work = rgb;
    const int longSide = std::max(rgb.cols, rgb.rows);
    if (o.maxDetectionSide > 0 && longSide > o.maxDetectionSide) {
        const double s = double(o.maxDetectionSide) / longSide;
        const cv::Size size(std::max(1, int(std::lround(rgb.cols * s))),
                            std::max(1, int(std::lround(rgb.rows * s))));
        cv::resize(rgb, work, size, 0, 0, cv::INTER_AREA);
    }
    geo.scaleX = double(work.cols) / rgb.cols;
    geo.scaleY = double(work.rows) / rgb.rows;

    int levels = o.upsample;
    if (o.smallImageSide > 0 && std::min(work.cols, work.rows) < o.smallImageSide)
        ++levels;

    RgbImage img;
    dlib::assign_image(img, dlib::cv_image<dlib::rgb_pixel>(work));
    geo.levels = {cv::Size(work.cols, work.rows)};
    for (int i = 0; i < levels; ++i) {
        dlib::pyramid_up(img);
        geo.levels.emplace_back(int(img.nc()), int(img.nr()));
    }
    return img;
}

} // namespace

struct FaceDetector::Impl {
    FaceDetectorOptions options;
    dlib::frontal_face_detector hog;
    dlib::shape_predictor predictor;    // written once, by `landmarksLoaded`'s task
    std::mutex mutex; // dlib's scanner is not thread-safe; detect() is const
    // The landmark model loads on a thread of its own, started by the constructor, while the
    // caller loads the deepfake detector, decodes the image and runs the HOG scan: reading dlib's
    // ~100 MB portable format (~0.25 s of one core on the 2-core development machine with
    // faces/ShapePredictorReader.h, ~0.55 s with dlib's reader) is the largest part of a fresh
    // process's start after the libraries.
    // The HOG detector is built in and takes ~2 ms (faces/EmbeddedFaceModel.h). Declared last:
    // destroyed first, so its destructor waits for the task before the model it writes goes.
    std::shared_future<void> landmarksLoaded;

    // The shape predictor, once loaded; rethrows the load's ModelInvalid on every call.
    const dlib::shape_predictor& landmarks() const {
        landmarksLoaded.get();
        return predictor;
    }
};

FaceDetector::FaceDetector(const FaceDetectorOptions& options) : impl_(std::make_unique<Impl>()) {
    validateOptions(options);
    impl_->options = options;
    const std::string& path = options.landmarkModelPath;
    std::error_code ec;
    if (path.empty() || !std::filesystem::is_regular_file(path, ec))
        throw Error(ErrorCode::FileNotFound, path,
                    "dlib landmark model not found; install libdlib-data");
    // The same detector as dlib::get_frontal_face_detector(), without decoding dlib's compressed
    // copy of it on every start.
    std::istringstream serializedHog{std::string(serializedFrontalFaceDetector())};
    dlib::deserialize(impl_->hog, serializedHog);
    impl_->landmarksLoaded = std::async(std::launch::async, [impl = impl_.get(), path] {
        readShapePredictor(path, impl->predictor);
        if (impl->predictor.num_parts() != 68)
            throw Error(ErrorCode::ModelInvalid, path,
                        "expected a 68-point shape predictor, got " + std::to_string(impl->predictor.num_parts()) +
                            " points");
    }).share();
}

void FaceDetector::waitUntilLoaded() const {
    impl_->landmarks();
}

FaceDetector::~FaceDetector() = default;

const FaceDetectorOptions& FaceDetector::options() const { return impl_->options; }

std::vector<DetectedFace> FaceDetector::detect(const cv::Mat& rgb) const {
    if (rgb.empty())
        throw Error(ErrorCode::InvalidArgument, "face detection", "empty image");
    if (rgb.type() != CV_8UC3)
        throw Error(ErrorCode::InvalidArgument, "face detection",
                    "expected an 8-bit 3-channel RGB image");

    const FaceDetectorOptions& o = impl_->options;
    std::lock_guard<std::mutex> lock(impl_->mutex);

    ScanGeometry geo;
    RgbImage img = prepareScan(rgb, o, geo);
    std::vector<dlib::rect_detection> dets;
    // adjust_threshold = minConfidence: dlib keeps detections with confidence >= it.
    impl_->hog(img, dets, o.minConfidence);
    if (dets.empty())
        return {};

    const cv::Mat scanGray = scanGrey(img);

    std::vector<DetectedFace> faces;
    for (const dlib::rect_detection& det : dets) {
        if (det.detection_confidence < o.minConfidence)
            continue;
        const cv::Rect scanBox(int(det.rect.left()), int(det.rect.top()), int(det.rect.width()),
                               int(det.rect.height()));
        const LandmarkCheck check(impl_->landmarks(), scanGray, scanBox);
        const std::vector<cv::Point2f>& scanLandmarks = check.landmarks();

        DetectedFace face;
        face.confidence = det.detection_confidence;
        if (o.landmarkSanityCheck) {
            if (!LandmarkCheck::plausibleGeometry(scanLandmarks, scanBox))
                continue;
            if (det.detection_confidence < o.strongConfidence) {
                face.landmarkDrift = check.drift();
                if (face.landmarkDrift > o.maxLandmarkDrift)
                    continue;
            }
        }

        placeInFrame(face, scanBox, scanLandmarks, geo);
        faces.push_back(std::move(face));
    }

    std::sort(faces.begin(), faces.end(), [](const DetectedFace& a, const DetectedFace& b) {
        if (a.box.x != b.box.x)
            return a.box.x < b.box.x;
        return a.box.y < b.box.y;
    });
    return faces;
}

DetectedFace FaceDetector::fitDrawnFace(const cv::Mat& rgb, const cv::Rect2f& box) const {
    if (rgb.empty() || rgb.type() != CV_8UC3)
        throw Error(ErrorCode::InvalidArgument, "face box", "expected a non-empty 8-bit 3-channel RGB image");
    checkDrawnBox(box, rgb.size());
    // No lock: the scan is this call's own and the shape predictor is read-only.
    ScanGeometry geo;
    const RgbImage img = prepareScan(rgb, impl_->options, geo);
    // The scanned-image box detect() would have had for this frame box (placeInFrame inverted).
    const cv::Point2d tl = geo.toScan(box.x - 0.5, box.y - 0.5);
    const cv::Point2d br = geo.toScan(box.x + box.width - 0.5, box.y + box.height - 0.5);
    const int x = int(std::lround(tl.x + 0.5)), y = int(std::lround(tl.y + 0.5));
    const cv::Rect scanBox(x, y, std::max(1, int(std::lround(br.x + 0.5)) - x),
                           std::max(1, int(std::lround(br.y + 0.5)) - y));
    const LandmarkCheck check(impl_->landmarks(), scanGrey(img), scanBox);
    DetectedFace face;
    placeInFrame(face, scanBox, check.landmarks(), geo);
    face.box = box; // the examiner's box, as drawn
    face.origin = FaceOrigin::Examiner;
    return face;
}

void checkDrawnBox(const cv::Rect2f& box, const cv::Size& frame) {
    auto fail = [&](const std::string& why) {
        throw Error(ErrorCode::InvalidArgument, "face box", why);
    };
    if (!std::isfinite(box.x) || !std::isfinite(box.y) || !std::isfinite(box.width) || !std::isfinite(box.height))
        fail("the box's numbers must be finite");
    if (box.width < kMinDrawnSide || box.height < kMinDrawnSide)
        fail("a box must be at least " + std::to_string(int(kMinDrawnSide)) + " pixels wide and high");
    const cv::Rect2f inside = box & cv::Rect2f(0.f, 0.f, float(frame.width), float(frame.height));
    if (inside.area() * 2 < box.area())
        fail("the box " + std::to_string(int(std::lround(box.x))) + "," + std::to_string(int(std::lround(box.y))) +
             " " + std::to_string(int(std::lround(box.width))) + "x" + std::to_string(int(std::lround(box.height))) +
             " lies (mostly) outside the " + std::to_string(frame.width) + "x" + std::to_string(frame.height) +
             " image");
}

std::vector<cv::Point2f> FaceDetector::fitLandmarks(const cv::Mat& gray, const cv::Rect2f& box) const {
    if (gray.empty() || gray.type() != CV_8UC1)
        throw Error(ErrorCode::InvalidArgument, "landmark fit", "expected a non-empty 8-bit grey image");
    const cv::Rect rect(int(std::lround(box.x)), int(std::lround(box.y)),
                        std::max(1, int(std::lround(box.width))), std::max(1, int(std::lround(box.height))));
    if ((rect & cv::Rect(0, 0, gray.cols, gray.rows)).area() == 0)
        return {};
    return LandmarkCheck(impl_->landmarks(), gray, rect).landmarks();
}

} // namespace fakelens
