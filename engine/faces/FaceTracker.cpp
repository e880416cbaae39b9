#include "faces/FaceTracker.h"

#include "core/Error.h"
#include "faces/FaceDetector.h"
#include "faces/FaceGeometry.h"
#include "faces/LandmarkCheck.h"
#include "faces/TrackMatching.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

// How the settings were chosen (2-core CPU, ../shared/samples/videos, Meso4_DF crops):
// * Re-fit box: the tracker keeps, for each track, where the detector's box sat relative to
//   the landmarks at the last detection (offset and size in units of the landmarks' spread),
//   and re-fits on the box that relation gives for the previous landmarks. The shape predictor
//   is thus started as the detector would start it, so a still face gives the detected
//   landmarks back and errors cannot accumulate faster than the predictor corrects them.
// * Appearance: the aligned 24x24 grey patch of a re-fit is compared with the track's patch in
//   the previous analysed frame. Following the faces of hamilton_real_multiface.mp4 (228
//   re-fits, all on the face by eye) and ffpp_519_real.mp4 (675), with detection every 10th
//   frame, it correlated at 0.4-0.7 in 6 re-fits (a hand passing over the face, fast turns)
//   and above 0.7 in all others. Against the patch at the last detection instead, turning
//   heads fell to 0.1-0.3 within 10 frames, so that reference would drop good tracks.
//   Landmarks re-fitted on a frame of another video, where the face was, stay plausible as a
//   face but correlate under 0.3 (tests/test_video_tracks.cpp, trackerDropsALostFace).

namespace fakelens {

namespace {

constexpr int kFirstInnerLandmark = 17; // the jaw line is weakly anchored; see LandmarkCheck
constexpr int kPatchSide = 24;
// Motion is smoothed so that the duplicated frames of telecined video (a still frame every
// fifth in hamilton_real_multiface.mp4) do not make the prediction jump back and forth.
constexpr double kMotionSmoothing = 0.5;

// Centre and spread (root mean square distance to the centre) of the inner landmarks: a
// similarity frame that moves and scales with the face.
struct LandmarkFrame {
    cv::Point2d centre;
    double scale = 0;
};

LandmarkFrame landmarkFrame(const std::vector<cv::Point2f>& pts) {
    LandmarkFrame f;
    if (pts.size() != 68)
        return f;
    const double n = double(pts.size() - kFirstInnerLandmark);
    for (size_t i = kFirstInnerLandmark; i < pts.size(); ++i)
        f.centre += cv::Point2d(pts[i]) * (1.0 / n);
    double sum = 0;
    for (size_t i = kFirstInnerLandmark; i < pts.size(); ++i) {
        const cv::Point2d d = cv::Point2d(pts[i]) - f.centre;
        sum += d.dot(d);
    }
    f.scale = std::sqrt(sum / n);
    return f;
}

// The face's inner region, upright, as a kPatchSide square of grey levels (CV_32F), for the
// appearance test. Empty when the landmarks give no usable geometry.
cv::Mat alignedPatch(const cv::Mat& gray, const std::vector<cv::Point2f>& landmarks) {
    if (landmarks.size() != 68)
        return {};
    const FaceGeometry g = FaceGeometry::fromLandmarks(landmarks);
    const double eyesToMouth = g.eyeMouthDistance();
    const double side = 1.6 * std::max(g.eyeDistance(), eyesToMouth);
    if (!(eyesToMouth > 0) || !(side > 1) || !std::isfinite(side))
        return {};
    const cv::Point2d down = cv::Point2d(g.mouth - g.eyeMid) * (1.0 / eyesToMouth);
    const cv::Point2d right(down.y, -down.x);
    const cv::Point2d centre = (cv::Point2d(g.eyeMid) + cv::Point2d(g.mouth)) * 0.5;
    // Warp at twice the size, then average down: a plain bilinear warp of a large face to 24 px
    // would skip pixels and make the correlation depend on sub-pixel position.
    const int n = 2 * kPatchSide;
    const double k = n / side;
    cv::Mat m(2, 3, CV_64F);
    m.at<double>(0, 0) = k * right.x;
    m.at<double>(0, 1) = k * right.y;
    m.at<double>(0, 2) = -k * centre.dot(right) + 0.5 * n - 0.5;
    m.at<double>(1, 0) = k * down.x;
    m.at<double>(1, 1) = k * down.y;
    m.at<double>(1, 2) = -k * centre.dot(down) + 0.5 * n - 0.5;
    cv::Mat warped, patch;
    cv::warpAffine(gray, warped, m, cv::Size(n, n), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
    cv::resize(warped, patch, cv::Size(kPatchSide, kPatchSide), 0, 0, cv::INTER_AREA);
    cv::Mat out;
    patch.convertTo(out, CV_32F);
    return out;
}

// Pearson correlation of two equal-size patches; 0 when either is flat.
double correlation(const cv::Mat& a, const cv::Mat& b) {
    if (a.empty() || b.empty() || a.size() != b.size())
        return 0;
    cv::Scalar ma, sa, mb, sb;
    cv::meanStdDev(a, ma, sa);
    cv::meanStdDev(b, mb, sb);
    if (sa[0] < 1e-6 || sb[0] < 1e-6)
        return 0;
    const cv::Mat da = a - ma[0], db = b - mb[0];
    return da.dot(db) / (double(a.total()) * sa[0] * sb[0]);
}

} // namespace

struct FaceTracker::Track {
    int id = 0;
    FaceOrigin origin = FaceOrigin::Detector; // Examiner: started from a drawn box
    std::vector<cv::Point2f> landmarks; // the latest, detected or re-fitted
    cv::Rect2f box;
    // The detector's box in the landmark frame of its detection (offset of its centre and
    // size, in units of LandmarkFrame::scale).
    cv::Point2d boxOffset;
    double boxWidth = 0, boxHeight = 0;
    double confidence = 0;
    int detections = 0;
    int missedRounds = 0;
    cv::Point2d motion; // smoothed centre displacement per analysed frame
    cv::Mat reference;  // aligned patch in the last frame it was seen

    cv::Rect2f boxFor(const LandmarkFrame& f, cv::Point2d shift = {}) const {
        const cv::Point2d c = f.centre + boxOffset * f.scale + shift;
        const double w = boxWidth * f.scale, h = boxHeight * f.scale;
        return cv::Rect2f(float(c.x - 0.5 * w), float(c.y - 0.5 * h), float(w), float(h));
    }
};

FaceTracker::FaceTracker(const FaceDetector& faceDetector, const TrackerOptions& options)
    : faceDetector_(faceDetector), options_(options) {
    if (!(options.matchIoU > 0 && options.matchIoU <= 1) || !(options.duplicateIoU > 0 && options.duplicateIoU <= 1) ||
        options.maxMissedDetections < 0 || !(options.minAppearance <= 1))
        throw Error(ErrorCode::InvalidArgument, "tracker options",
                    "IoU thresholds must be in (0, 1], maxMissedDetections >= 0, minAppearance <= 1");
}

FaceTracker::~FaceTracker() = default;

int FaceTracker::liveTracks() const { return int(tracks_.size()); }

void FaceTracker::clear() { tracks_.clear(); }

void FaceTracker::adopt(Track& track, const DetectedFace& detection, const cv::Mat& gray) const {
    const LandmarkFrame before = landmarkFrame(track.landmarks);
    track.landmarks = detection.landmarks;
    track.box = detection.box;
    track.confidence = detection.confidence;
    ++track.detections;
    track.missedRounds = 0;
    const LandmarkFrame f = landmarkFrame(detection.landmarks);
    if (f.scale > 0) {
        const cv::Point2d boxCentre(detection.box.x + 0.5 * detection.box.width,
                                    detection.box.y + 0.5 * detection.box.height);
        track.boxOffset = (boxCentre - f.centre) * (1.0 / f.scale);
        track.boxWidth = detection.box.width / f.scale;
        track.boxHeight = detection.box.height / f.scale;
        if (before.scale > 0)
            track.motion = track.motion * kMotionSmoothing + (f.centre - before.centre) * (1 - kMotionSmoothing);
        if (options_.minAppearance > -1)
            track.reference = alignedPatch(gray, detection.landmarks);
    }
}

bool FaceTracker::refit(Track& track, const cv::Mat& gray) const {
    const LandmarkFrame f = landmarkFrame(track.landmarks);
    if (!(f.scale > 0) || !(track.boxWidth > 0))
        return false; // a face without landmarks can only be followed by detection
    const cv::Point2d shift = options_.predictMotion ? track.motion : cv::Point2d();
    const cv::Rect2f predicted = track.boxFor(f, shift);
    std::vector<cv::Point2f> fitted = faceDetector_.fitLandmarks(gray, predicted);
    const cv::Rect rect(int(std::lround(predicted.x)), int(std::lround(predicted.y)),
                        std::max(1, int(std::lround(predicted.width))), std::max(1, int(std::lround(predicted.height))));
    if (fitted.size() != 68 || !LandmarkCheck::plausibleGeometry(fitted, rect))
        return false;
    if (options_.minAppearance > -1) {
        cv::Mat patch = alignedPatch(gray, fitted);
        if (!track.reference.empty() && correlation(patch, track.reference) < options_.minAppearance)
            return false;
        track.reference = std::move(patch);
    }
    const LandmarkFrame g = landmarkFrame(fitted);
    track.motion = track.motion * kMotionSmoothing + (g.centre - f.centre) * (1 - kMotionSmoothing);
    track.landmarks = std::move(fitted);
    track.box = track.boxFor(g);
    return true;
}

std::vector<TrackedFace> FaceTracker::update(const cv::Mat& gray, const std::vector<DetectedFace>* detections,
                                             bool shotCut, const std::vector<DetectedFace>& drawn) {
    if (gray.empty() || gray.type() != CV_8UC1)
        throw Error(ErrorCode::InvalidArgument, "face tracker", "expected a non-empty 8-bit grey frame");
    wantsDetection_ = false;
    std::vector<TrackedFace> faces;
    auto emit = [&faces](const Track& t, bool detected) {
        TrackedFace out;
        out.trackId = t.id;
        out.face.box = t.box;
        out.face.landmarks = t.landmarks;
        out.face.confidence = t.confidence;
        out.face.origin = t.origin;
        out.detected = detected;
        faces.push_back(std::move(out));
    };
    auto emitDetection = [&faces](const Track& t, const DetectedFace& d) {
        TrackedFace out;
        out.trackId = t.id;
        out.face = d; // exactly what the detector returned (drift included)
        out.face.origin = t.origin;
        out.detected = true;
        faces.push_back(std::move(out));
    };

    if (shotCut && !detections)
        tracks_.clear(); // nothing can be carried over a cut without a detection to confirm it

    std::vector<bool> matched(tracks_.size(), false);
    if (detections) {
        std::vector<cv::Rect2f> predicted;
        for (const Track& t : tracks_) {
            const LandmarkFrame f = landmarkFrame(t.landmarks);
            predicted.push_back(f.scale > 0 && t.boxWidth > 0
                                    ? t.boxFor(f, options_.predictMotion ? t.motion : cv::Point2d())
                                    : t.box);
        }
        std::vector<cv::Rect2f> boxes;
        for (const DetectedFace& d : *detections)
            boxes.push_back(d.box);
        std::vector<bool> used(detections->size(), false);
        for (const auto& [t, d] : matchByIoU(predicted, boxes, options_.matchIoU)) {
            adopt(tracks_[size_t(t)], (*detections)[size_t(d)], gray);
            matched[size_t(t)] = used[size_t(d)] = true;
            emitDetection(tracks_[size_t(t)], (*detections)[size_t(d)]);
        }
        // Tracks no detection continued: end them after too many misses (or at a cut). An
        // examiner track is not ended by misses: the detector never saw that face.
        std::vector<Track> kept;
        std::vector<bool> keptMatched;
        for (size_t i = 0; i < tracks_.size(); ++i) {
            const bool examiner = tracks_[i].origin == FaceOrigin::Examiner;
            if (!matched[i] &&
                (shotCut || (!examiner && ++tracks_[i].missedRounds > options_.maxMissedDetections)))
                continue;
            kept.push_back(std::move(tracks_[i]));
            keptMatched.push_back(matched[i]);
        }
        tracks_ = std::move(kept);
        matched = std::move(keptMatched);
        // New faces start new tracks, left to right as the detector sorted them.
        for (size_t d = 0; d < detections->size(); ++d) {
            if (used[d])
                continue;
            Track t;
            t.id = nextId_++;
            adopt(t, (*detections)[d], gray);
            emitDetection(t, (*detections)[d]);
            tracks_.push_back(std::move(t));
            matched.push_back(true);
        }
    }
    // Every track not detected in this frame follows its face by re-fit.
    std::vector<int> lostExaminerTracks;
    for (size_t i = 0; i < tracks_.size(); ++i) {
        if (matched[i])
            continue;
        if (refit(tracks_[i], gray))
            emit(tracks_[i], false);
        else if (tracks_[i].origin == FaceOrigin::Examiner)
            lostExaminerTracks.push_back(tracks_[i].id); // no detection round would bring it back
        else
            wantsDetection_ = true; // lost for now: kept until a detection round decides
    }
    tracks_.erase(std::remove_if(tracks_.begin(), tracks_.end(),
                                 [&](const Track& t) {
                                     return std::find(lostExaminerTracks.begin(), lostExaminerTracks.end(), t.id) !=
                                            lostExaminerTracks.end();
                                 }),
                  tracks_.end());
    // The examiner's faces of this frame start their tracks, as drawn.
    for (const DetectedFace& d : drawn) {
        Track t;
        t.id = nextId_++;
        t.origin = FaceOrigin::Examiner;
        adopt(t, d, gray);
        TrackedFace out;
        out.trackId = t.id;
        out.face = d;
        out.face.origin = FaceOrigin::Examiner;
        out.detected = false; // drawn, not found by the detector
        faces.push_back(std::move(out));
        tracks_.push_back(std::move(t));
    }
    removeDuplicates(faces);
    std::sort(faces.begin(), faces.end(), [](const TrackedFace& a, const TrackedFace& b) {
        if (a.face.box.x != b.face.box.x)
            return a.face.box.x < b.face.box.x;
        if (a.face.box.y != b.face.box.y)
            return a.face.box.y < b.face.box.y;
        return a.trackId < b.trackId;
    });
    return faces;
}

void FaceTracker::removeDuplicates(std::vector<TrackedFace>& faces) {
    auto trackOf = [this](int id) {
        return std::find_if(tracks_.begin(), tracks_.end(), [id](const Track& t) { return t.id == id; });
    };
    std::vector<int> ended;
    for (size_t i = 0; i < faces.size(); ++i)
        for (size_t j = i + 1; j < faces.size(); ++j) {
            if (boxIoU(faces[i].face.box, faces[j].face.box) < options_.duplicateIoU)
                continue;
            const bool examinerI = faces[i].face.origin == FaceOrigin::Examiner;
            const bool examinerJ = faces[j].face.origin == FaceOrigin::Examiner;
            // Two detections are both kept: every detected face is reported (scoreFrame's faces);
            // so are two faces the examiner drew.
            if ((faces[i].detected && faces[j].detected && examinerI == examinerJ) || (examinerI && examinerJ))
                continue;
            const auto a = trackOf(faces[i].trackId), b = trackOf(faces[j].trackId);
            bool endA;
            if (examinerI != examinerJ)
                endA = examinerJ; // the examiner drew this face: their track is kept
            else if (faces[i].detected != faces[j].detected)
                endA = !faces[i].detected;
            else if (a->detections != b->detections)
                endA = a->detections < b->detections;
            else
                endA = a->id > b->id;
            ended.push_back(endA ? a->id : b->id);
        }
    if (ended.empty())
        return;
    auto isEnded = [&ended](int id) { return std::find(ended.begin(), ended.end(), id) != ended.end(); };
    tracks_.erase(std::remove_if(tracks_.begin(), tracks_.end(), [&](const Track& t) { return isEnded(t.id); }),
                  tracks_.end());
    faces.erase(std::remove_if(faces.begin(), faces.end(), [&](const TrackedFace& f) { return isEnded(f.trackId); }),
                faces.end());
}

} // namespace fakelens
