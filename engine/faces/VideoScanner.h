#pragma once

#include "core/CancelToken.h"
#include "core/Progress.h"
#include "faces/DetectedFace.h"
#include "faces/DrawnBox.h"
#include "faces/FaceCropper.h"
#include "faces/FaceTracker.h"
#include "faces/FrameScorer.h"
#include "faces/TrackTimeline.h"
#include "faces/VideoVerdict.h"
#include "media/VideoReader.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace fakelens {

class Detector;
class FaceDetector;

struct VideoScanOptions {
    // Frames start, start + step, ... before end (exclusive; -1 = to the end of the video).
    int start = 0;
    int end = -1;
    int step = 1;
    // Run the face detector on every Nth analysed frame (and at shot cuts, and after a track
    // was lost); the tracker follows the faces in between. 1 = detect on every frame.
    int detectEvery = 10;
    // Crops per detector call. Crops of consecutive frames are scored together: Meso4 runs
    // 2-3x faster per crop in batches of 16-32 than one face at a time.
    int batchSize = 32;
    // Grey-level difference between consecutive analysed frames that counts as a shot cut
    // (ShotCutDetector); <= 0 disables cut detection.
    double shotCutThreshold = 20.0;
    // Start hysteresis: detections a track needs to count (TrackTimeline::confirmed). A scan
    // with fewer detection rounds than this confirms tracks detected in every round.
    int confirmDetections = 2;
    TrackerOptions tracker;
    // The video verdict keeps faces too small to judge (ModelCard::tooSmallToJudge); by default
    // they are scanned, tracked and shown but left out of it.
    bool includeSmallFaces = false;
    // Faces the examiner drew because the detector missed them: each starts, on its frame, a
    // track that the tracker follows (FaceTracker) and that counts as confirmed. A box's frame
    // must be one the scan analyses (START + k STEP, before END), and needs the landmark model
    // (a face detector); otherwise the scanner throws InvalidArgument naming the box.
    std::vector<DrawnBox> drawnFaces;
};

// The scan options every video analysis uses (detect, the workbench's timeline, the report and
// the case): frames START:END:STEP, face detection about every 10 video frames (the tuned
// default at step 1), i.e. on every analysed frame once the step reaches 6, with tracking in
// between. One rule, so that one video gets one verdict whoever scans it.
VideoScanOptions videoScanOptions(int start = 0, int end = -1, int step = 1);

// True when a scan with `options` analyses `frame` (START + k STEP, before END): where a drawn
// box can start a track.
bool scansFrame(const VideoScanOptions& options, int frame);

// One face of a scanned frame, with the crop the detector scored.
struct ScannedFace {
    int trackId = 0;
    DetectedFace face;
    bool detected = false; // found by the face detector in this frame (false: re-fitted or drawn)
    FaceCrop crop;
    double fakeProbability = 0.0;
    FaceCall call = FaceCall::Real; // ModelCard::call
    bool fake() const { return call == FaceCall::Fake; } // the call, as a yes/no
    bool tooSmall = false;          // ModelCard::tooSmallToJudge

    // The face as scoreFrame() would give it, without its track.
    ScoredFace scored() const { return {face, crop, fakeProbability, call, tooSmall}; }
};

struct ScannedFrame {
    int index = 0;
    double time = 0.0; // seconds (index / fps; 0 when the container gives no rate)
    bool detectionRun = false; // the face detector ran on this frame
    bool shotCut = false;
    std::vector<ScannedFace> faces; // left to right
};

// Seconds spent per stage, for `bench --video` and for judging a slow machine.
struct ScanTimings {
    double decode = 0; // decoding, skipping and colour conversion
    double detect = 0; // dlib HOG detection (with its landmark checks)
    double track = 0;  // grey conversion, shot cuts, landmark re-fit and association
    double crop = 0;   // MesoNet crops
    double score = 0;  // detector batches (input conversion included)
    double total = 0;  // wall time inside advance(), callbacks included
    int framesAnalysed = 0;
    int detectionRounds = 0;
    long long crops = 0;
};

// Called with each frame once its faces are scored, in frame order, on the scanning thread.
using ScannedFrameCallback = std::function<void(const ScannedFrame&)>;

// Scans a video, a frame range or every Nth frame: decodes frame by frame (one frame and at
// most one detector batch of crops in memory, whatever the length), detects faces every few
// frames and tracks them between (FaceTracker), crops each face with the model card's policy
// and scores the crops of several frames in one detector call. Builds one TrackTimeline per
// face track and the video verdict as it goes.
//
// Work can be cut into chunks (advance(n) analyses n frames and returns) so that a GUI worker
// thread can interleave other jobs; the scanner keeps its place, its tracks and its pending
// batch between calls. One thread at a time.
//
// Equivalences the tests check (tests/test_video_tracks.cpp):
// - with detectEvery = 1 and tracker.maxMissedDetections = 0, each frame's faces and scores
//   are exactly scoreFrame()'s on that frame (boxes, landmarks, order; P(fake) to 1e-5, the
//   difference between one batch and another in LibTorch);
// - in any mode, each face's P(fake) equals the detector on its crop alone (to 1e-5);
// - a frame range scans its frames as a scan of the whole video does when detectEvery = 1;
//   with tracking, a range starts its tracks at its own first frame, so IDs and re-fitted
//   faces may differ from a scan that started earlier.
class VideoScanner {
public:
    // Opens the video (throws Error: FileNotFound, VideoUnreadable, ...). `detector` and
    // `faceDetector` must outlive the scanner; a null face detector takes each whole frame as
    // one face (--no-detect), as scoreFrame does. Throws InvalidArgument for bad options.
    VideoScanner(const std::string& path, Detector& detector, const FaceDetector* faceDetector,
                 const VideoScanOptions& options = {});
    ~VideoScanner();
    VideoScanner(const VideoScanner&) = delete;
    VideoScanner& operator=(const VideoScanner&) = delete;

    const VideoInfo& info() const;
    const VideoScanOptions& options() const { return options_; }

    // Analyses up to `maxFrames` more frames (<= 0: to the end), hands each scored frame to
    // `onFrame`, and returns false once the range is done (true: call again). Progress runs
    // 0..1 over the whole range (by the container's frame count when END is open). Throws
    // CancelledError between frames when cancelled (the scan may be resumed), and
    // Error(VideoUnreadable) when the range starts past the end or no frame decodes.
    bool advance(int maxFrames, const ScannedFrameCallback& onFrame = {}, const ProgressReporter& progress = {},
                 const CancelToken& cancel = {});
    bool finished() const { return finished_; }

    // The frames analysed so far, in order.
    const std::vector<int>& framesAnalysed() const { return framesAnalysed_; }
    // One timeline per track, by increasing ID; complete for the frames scanned so far.
    const std::vector<TrackTimeline>& tracks() const { return tracks_; }
    VideoVerdict verdict() const;
    const ScanTimings& timings() const { return timings_; }

private:
    struct Pending;
    void analyse(const cv::Mat& rgb, int index);
    void flush(const ScannedFrameCallback& onFrame);
    void finish(const ScannedFrameCallback& onFrame);
    void record(const ScannedFrame& frame);

    Detector& detector_;
    const FaceDetector* faceDetector_;
    VideoScanOptions options_;
    std::unique_ptr<VideoReader> video_;
    std::unique_ptr<FaceTracker> tracker_;
    std::unique_ptr<Pending> pending_;
    std::vector<TrackTimeline> tracks_;
    std::vector<int> framesAnalysed_;
    ScanTimings timings_;
    int nextTarget_ = 0;
    int sinceDetection_ = 0;
    bool finished_ = false;
};

} // namespace fakelens
