#pragma once

#include "core/CancelToken.h"
#include "core/Progress.h"
#include "explain/ExplanationRunner.h"
#include "faces/VideoScanner.h"

#include <functional>
#include <string>
#include <vector>

namespace fakelens {

class Detector;
class FaceDetector;

// Explain one face track over a window of frames.
struct TemporalRequest {
    // The scan that gave the track its ID (start, step, detection interval, tracker): it is
    // run again from its own start up to the window's end, so the ID means the same face.
    VideoScanOptions scan;
    int trackId = 1;
    // The window: analysed frames in [windowStart, windowEnd) whose index is windowStart + a
    // multiple of windowStep, and on which the track has a face.
    int windowStart = 0;
    int windowEnd = -1; // -1 = to the end of the scan
    int windowStep = 1;
    ExplainRequest explain;
    // false (default): each frame gets its own seed, derived from explain.seed and the frame
    // index (still deterministic), so a method's own sampling noise counts as instability, as
    // it would for explanations run frame by frame. true: every frame uses explain.seed, so
    // the masks and samples are the same and only the face changes; this isolates the input's
    // effect but flatters sampling methods (RISE, 64 masks, ffpp_519_real frames 8-12: 0.996
    // with one seed, 0.16 with a seed per frame).
    bool sameSeedEveryFrame = false;
};

// One explained frame of the window.
struct TemporalFrame {
    int frame = 0;
    double fakeProbability = 0; // the scan's P(fake) of the track's crop in this frame
    bool detected = false;      // the face detector found it here (false: tracked)
    int segments = 0;
};

// Inter-frame consistency of one method (Pino et al. 2021, section 4.3): the Pearson
// correlation coefficient of the saliency maps of consecutive explained frames, and its mean
// over the window, tau in [-1, 1]; higher = steadier over time. Maps are the raw saliency in
// crop coordinates: MesoNet crops are aligned on the landmarks, so a pixel is the same place on
// the face from frame to frame.
struct MethodConsistency {
    std::string method;
    double consistency = 0;                // tau; NaN when no pair had two non-constant maps
    std::vector<int> pairFrames;           // first frame of each pair
    std::vector<int> pairSecondFrames;     // second frame of each pair: the method's next explained frame
    std::vector<double> pairCorrelations;  // PCC of each pair (NaN when a map is constant)
    int framesExplained = 0;               // an _adv method skips frames where the face is called real
    double seconds = 0;                    // total over the window (NES excluded)
    long long inferences = 0;
};

struct TemporalReport {
    int trackId = 0;
    std::vector<TemporalFrame> frames;     // explained frames, in order
    int windowFramesWithoutTrack = 0;      // window frames where the track had no face
    // Window frames where the track's face is called real: the _adv methods, which explain only
    // a face called fake, skip them, and form no pair across them.
    std::vector<int> framesCalledReal;
    std::vector<MethodConsistency> methods; // in the order of the expanded request
    double nesSeconds = 0;                 // adversarial samples, one per frame, when any _adv method ran
};

// Pearson correlation of two single-channel float maps of the same size (Pino et al. eq. 2);
// NaN when either is constant. Throws InvalidArgument for different sizes or types.
double pearsonCorrelation(const cv::Mat& a, const cv::Mat& b);

// Called after each explained frame with its explanations (e.g. to save heatmaps); the report
// is not kept, so memory stays flat in the window's length.
using TemporalFrameCallback = std::function<void(const TemporalFrame&, const ExplainReport&)>;

// Scans the video as `request.scan` does up to the window's end and explains the track's crop
// on each window frame with every method of request.explain (explainFace), keeping only the
// previous frame's saliency per method. Deterministic for a given request. Progress runs over
// the explained frames; throws CancelledError between detector batches when cancelled, and
// Error(InvalidArgument) when the window is empty or the track never appears in it.
TemporalReport explainTrack(const std::string& videoPath, Detector& detector, const FaceDetector& faceDetector,
                            const TemporalRequest& request, const TemporalFrameCallback& onFrame = {},
                            ProgressReporter progress = {}, CancelToken cancel = {});

} // namespace fakelens
