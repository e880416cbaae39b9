#pragma once

#include "faces/DetectedFace.h"

#include <opencv2/core/types.hpp>

#include <vector>

namespace fakelens {

// One scored frame of a face track.
struct TrackPoint {
    int frame = 0;
    double fakeProbability = 0.0;
    cv::Rect2f box;        // frame pixels
    bool detected = false; // found by the face detector in this frame (false: re-fitted)
};

// The P(fake) series of one face track: what the GUI draws as one curve (x = frame, clicking a
// point seeks to its frame) and what the CLI prints per track. Holds scalars only (~32 bytes a
// frame), never pixels, so even an hour of video stays small.
class TrackTimeline {
public:
    explicit TrackTimeline(int id = 0, FaceOrigin origin = FaceOrigin::Detector) : id_(id), origin_(origin) {}

    int id() const { return id_; }
    // Examiner: the track started from a box the examiner drew (the detector missed the face).
    FaceOrigin origin() const { return origin_; }
    // Frames must come in increasing order (the scanner's order).
    void add(const TrackPoint& point);
    const std::vector<TrackPoint>& points() const { return points_; }
    bool empty() const { return points_.empty(); }
    int firstFrame() const { return points_.empty() ? -1 : points_.front().frame; }
    int lastFrame() const { return points_.empty() ? -1 : points_.back().frame; }
    int detections() const { return detections_; }

    // Start hysteresis, decided by the scanner: a track counts (video verdict, "stable" in the
    // GUI) once the face detector has confirmed it in enough detection rounds; a single
    // detection that the tracker then followed may be a false face (see FaceDetector.cpp).
    bool confirmed() const { return confirmed_; }
    void setConfirmed(bool confirmed) { confirmed_ = confirmed; }

    // Centred moving average over `window` consecutive points of the series (odd; an even
    // window is widened by one), truncated at the ends so the first and last points average
    // what exists. Points, not frames: a track with gaps averages its neighbouring scores,
    // which is what the curve shows. window <= 1 returns the raw scores.
    std::vector<double> smoothedScores(int window) const;

    // The track's own fake score by the video rule (VideoVerdict.h): the mean of the top
    // decile of its scores. NaN for an empty track.
    double fakeScore() const;

    // Index of the point whose frame is nearest to `frame` (ties: the earlier); -1 if empty.
    int pointNearestTo(int frame) const;

private:
    int id_;
    FaceOrigin origin_ = FaceOrigin::Detector;
    int detections_ = 0;
    bool confirmed_ = false;
    std::vector<TrackPoint> points_;
};

} // namespace fakelens
