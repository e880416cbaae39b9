#pragma once

#include "faces/DetectedFace.h"

#include <opencv2/core/mat.hpp>

#include <vector>

namespace fakelens {

class FaceDetector;

// Settings of FaceTracker; the defaults were tuned on ../shared/samples/videos (see
// FaceTracker.cpp for the measurements).
struct TrackerOptions {
    // A detection continues a track when its box overlaps the track's predicted box this much.
    double matchIoU = 0.3;
    // Stop hysteresis: a track that no detection matched in this many consecutive detection
    // rounds ends; until then it goes on by landmark re-fit. 0 = every face must be detected.
    int maxMissedDetections = 2;
    // Two tracks whose boxes overlap this much follow the same face: the one with fewer
    // detections (then the younger) ends.
    double duplicateIoU = 0.5;
    // A re-fit counts as still on the face only when its aligned grey patch correlates at
    // least this much with the track's patch in the previous analysed frame (Pearson, 24x24
    // pixels). Catches landmarks that slid off a face that left or was covered. -1 = off.
    double minAppearance = 0.3;
    // Extrapolate each face's motion (smoothed over frames) when predicting the re-fit box.
    bool predictMotion = true;
};

// One face of a frame as the tracker sees it.
struct TrackedFace {
    int trackId = 0;     // 1, 2, ... in order of first appearance; never reused within a scan
    // Box and landmarks in this frame; confidence of the last detection; origin Examiner for
    // every frame of a track the examiner started by drawing a box.
    DetectedFace face;
    bool detected = false; // true: this frame's detection; false: landmarks re-fitted by the tracker
};

// Gives each face a stable track ID across a clip. The caller runs the face detector on some
// frames (every Nth, and whenever wantsDetection()); the tracker associates those detections
// with its tracks by IoU (TrackMatching) and, on the frames in between, re-fits each track's
// 68 landmarks (FaceDetector::fitLandmarks, ~1 ms) on a box predicted from the previous ones.
// Landmark re-fit rather than an OpenCV box tracker: it is cheaper than KCF/CSRT at this size
// and gives the landmarks the MesoNet crop needs, so tracked crops are cut exactly as detected
// ones. Deterministic: the same frames and detections give the same tracks.
//
// A face the examiner drew (a face the detector missed) starts an examiner track. It is followed
// by re-fit and continued by any detection that matches it, as other tracks are, but it is not
// ended by missed detection rounds (the detector missed that face in the first place): it ends
// when a re-fit fails (the face left, turned away or was covered) or at a shot cut. Where it
// overlaps a detector track, the examiner's track is kept.
class FaceTracker {
public:
    // `faceDetector` provides the shape predictor; it must outlive the tracker.
    FaceTracker(const FaceDetector& faceDetector, const TrackerOptions& options = {});
    ~FaceTracker();
    FaceTracker(const FaceTracker&) = delete;
    FaceTracker& operator=(const FaceTracker&) = delete;

    // Advances to the next analysed frame (`gray`: CV_8UC1). `detections` are the detector's
    // faces in this frame, or null on a frame without detection. At a shot cut only detected
    // faces continue their tracks. Returns the frame's faces sorted left to right (as
    // FaceDetector::detect sorts them): every detection, plus the tracks carried by re-fit.
    // `drawn` are faces the examiner drew on this frame (FaceDetector::fitDrawnFace()): each
    // starts an examiner track here.
    std::vector<TrackedFace> update(const cv::Mat& gray, const std::vector<DetectedFace>* detections,
                                    bool shotCut = false, const std::vector<DetectedFace>& drawn = {});

    // True when a re-fit failed on the last frame: the caller should detect on the next one.
    bool wantsDetection() const { return wantsDetection_; }
    int liveTracks() const;
    // Forgets every track (IDs keep counting up).
    void clear();

private:
    struct Track;
    bool refit(Track& track, const cv::Mat& gray) const;
    void adopt(Track& track, const DetectedFace& detection, const cv::Mat& gray) const;
    void removeDuplicates(std::vector<TrackedFace>& faces);

    const FaceDetector& faceDetector_;
    TrackerOptions options_;
    std::vector<Track> tracks_;
    int nextId_ = 1;
    bool wantsDetection_ = false;
};

} // namespace fakelens
