#include "faces/RobustnessTest.h"

#include "core/Error.h"
#include "faces/FaceCropper.h"
#include "models/Detector.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace fakelens {

namespace {

constexpr int kJpegQualities[] = {90, 75, 50};
constexpr double kScales[] = {0.75, 0.5};
struct Shift {
    int dx, dy;
};
constexpr Shift kShifts[] = {{1, 0}, {0, 1}, {-1, 0}, {0, -1}};

// Encodes and decodes the frame as a JPEG file would be saved: OpenCV's codec works on BGR, so
// the channels are swapped around it (chroma subsampling must see the real colours).
cv::Mat jpegRoundTrip(const cv::Mat& rgb, int quality) {
    cv::Mat bgr;
    cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
    std::vector<uchar> bytes;
    if (!cv::imencode(".jpg", bgr, bytes, {cv::IMWRITE_JPEG_QUALITY, quality}))
        throw Error(ErrorCode::Internal, "robustness test", "JPEG encoding failed");
    const cv::Mat decoded = cv::imdecode(bytes, cv::IMREAD_COLOR);
    if (decoded.empty())
        throw Error(ErrorCode::Internal, "robustness test", "JPEG decoding failed");
    cv::Mat out;
    cv::cvtColor(decoded, out, cv::COLOR_BGR2RGB);
    return out;
}

// The face in a frame resized by (sx, sy), edges onto edges. With pixel centres at integers a
// point p maps to (p + 0.5) s - 0.5; a box's x is its first pixel's centre, i.e. its left edge
// + 0.5, so the box simply scales.
DetectedFace scaledFace(const DetectedFace& face, double sx, double sy) {
    DetectedFace out = face;
    out.box = cv::Rect2f(float(face.box.x * sx), float(face.box.y * sy), float(face.box.width * sx),
                         float(face.box.height * sy));
    for (cv::Point2f& p : out.landmarks)
        p = cv::Point2f(float((p.x + 0.5) * sx - 0.5), float((p.y + 0.5) * sy - 0.5));
    return out;
}

DetectedFace shiftedFace(const DetectedFace& face, Shift s) {
    DetectedFace out = face;
    out.box.x += float(s.dx);
    out.box.y += float(s.dy);
    for (cv::Point2f& p : out.landmarks)
        p += cv::Point2f(float(s.dx), float(s.dy));
    return out;
}

// A whole-frame face has no box to move: move the content the other way instead, so the
// model's window lies one pixel further right (down, ...) on the evidence.
cv::Mat shiftedFrame(const cv::Mat& rgb, Shift s) {
    const cv::Mat m = (cv::Mat_<double>(2, 3) << 1, 0, -s.dx, 0, 1, -s.dy);
    cv::Mat out;
    cv::warpAffine(rgb, out, m, rgb.size(), cv::INTER_NEAREST, cv::BORDER_REPLICATE);
    return out;
}

} // namespace

const std::vector<std::string>& robustnessVariantNames() {
    static const std::vector<std::string> names{"jpeg90",      "jpeg75",     "jpeg50",
                                                "scale0.75",   "scale0.5",   "shift-right",
                                                "shift-down",  "shift-left", "shift-up"};
    return names;
}

RobustnessResult testRobustness(const RobustnessSubject& subject, Detector& detector,
                                const ProgressReporter& progress, const CancelToken& cancel) {
    const cv::Mat& frame = subject.frameRgb;
    if (frame.empty() || frame.type() != CV_8UC3)
        throw Error(ErrorCode::InvalidArgument, "robustness test", "expected a non-empty 8-bit RGB frame");
    const ModelCard& card = detector.card();
    // The one crop rule of the face's own score (FrameScorer): the card's crop, or the whole frame.
    auto crop = [&](const cv::Mat& rgb, const DetectedFace& face) {
        return subject.wholeFrame ? wholeImageCrop(rgb, card).image : cropFace(rgb, face, card).image;
    };

    RobustnessResult result;
    if (subject.originalFakeProbability) {
        result.originalFakeProbability = *subject.originalFakeProbability;
    } else {
        progress.report(0.0, "robustness");
        result.originalFakeProbability = detector.scoreCrops({crop(frame, subject.face)}).front();
    }
    result.originalCall = card.call(result.originalFakeProbability);

    std::vector<cv::Mat> crops;
    const double steps = double(robustnessVariantNames().size());
    auto added = [&] {
        cancel.throwIfCancelled();
        progress.report(0.8 * double(crops.size()) / steps, "robustness");
    };
    for (int quality : kJpegQualities) {
        crops.push_back(crop(jpegRoundTrip(frame, quality), subject.face));
        added();
    }
    for (double scale : kScales) {
        const cv::Size size(std::max(1, int(std::lround(frame.cols * scale))),
                            std::max(1, int(std::lround(frame.rows * scale))));
        cv::Mat small;
        cv::resize(frame, small, size, 0, 0, cv::INTER_AREA);
        // The factors resize really used (the size is rounded), so the face stays where it is.
        const double sx = double(size.width) / frame.cols, sy = double(size.height) / frame.rows;
        crops.push_back(crop(small, scaledFace(subject.face, sx, sy)));
        added();
    }
    for (Shift s : kShifts) {
        crops.push_back(subject.wholeFrame ? crop(shiftedFrame(frame, s), subject.face)
                                           : crop(frame, shiftedFace(subject.face, s)));
        added();
    }

    const std::vector<double> scores = detector.scoreCrops(crops);
    cancel.throwIfCancelled();
    result.minFakeProbability = result.maxFakeProbability = result.originalFakeProbability;
    for (size_t i = 0; i < scores.size(); ++i) {
        RobustnessVariant v;
        v.name = robustnessVariantNames()[i];
        v.fakeProbability = scores[i];
        v.call = card.call(scores[i]);
        result.minFakeProbability = std::min(result.minFakeProbability, v.fakeProbability);
        result.maxFakeProbability = std::max(result.maxFakeProbability, v.fakeProbability);
        result.maxAbsChange = std::max(result.maxAbsChange, std::abs(v.fakeProbability - result.originalFakeProbability));
        result.unstable = result.unstable || v.call != result.originalCall;
        result.variants.push_back(std::move(v));
    }
    progress.report(1.0, "robustness");
    return result;
}

} // namespace fakelens
