#include "faces/VideoScanner.h"

#include "core/Error.h"
#include "faces/FaceDetector.h"
#include "faces/ShotCutDetector.h"
#include "models/Detector.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <chrono>
#include <deque>
#include <string>

namespace fakelens {

namespace {

class StageClock {
public:
    explicit StageClock(double& total) : total_(total), start_(std::chrono::steady_clock::now()) {}
    ~StageClock() { total_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count(); }

private:
    double& total_;
    std::chrono::steady_clock::time_point start_;
};

void validate(const VideoScanOptions& o) {
    auto fail = [](const std::string& what) { throw Error(ErrorCode::InvalidArgument, "video scan options", what); };
    if (o.start < 0)
        fail("start must be >= 0");
    if (o.end >= 0 && o.end <= o.start)
        fail("end must be after start (or -1 for the end of the video)");
    if (o.step < 1)
        fail("step must be >= 1");
    if (o.detectEvery < 1)
        fail("detectEvery must be >= 1");
    if (o.batchSize < 1)
        fail("batchSize must be >= 1");
    if (o.confirmDetections < 1)
        fail("confirmDetections must be >= 1");
}

// Each drawn box on a frame this scan analyses, inside the video's frame, with a landmark model.
void validateDrawnFaces(const VideoScanOptions& o, const VideoInfo& info, bool haveFaceDetector) {
    for (const DrawnBox& d : o.drawnFaces) {
        const std::string where = "face box on frame " + std::to_string(d.frame);
        if (!haveFaceDetector)
            throw Error(ErrorCode::InvalidArgument, where,
                        "a drawn face box needs face detection's landmark model (not with --no-detect)");
        if (!scansFrame(o, d.frame))
            throw Error(ErrorCode::InvalidArgument, where,
                        "the scan does not analyse that frame (frames " + std::to_string(o.start) + ":" +
                            (o.end >= 0 ? std::to_string(o.end) : std::string()) + ":" + std::to_string(o.step) +
                            "); draw the box on an analysed frame");
        checkDrawnBox(d.box, cv::Size(info.width, info.height));
    }
}

} // namespace

// Frames whose crops wait for the next detector batch, and the cut detector's memory.
struct VideoScanner::Pending {
    std::deque<ScannedFrame> frames;
    int crops = 0;
    ShotCutDetector cuts;
    cv::Mat gray;
    explicit Pending(double threshold) : cuts(threshold > 0 ? threshold : 1e9) {}
};

VideoScanner::VideoScanner(const std::string& path, Detector& detector, const FaceDetector* faceDetector,
                           const VideoScanOptions& options)
    : detector_(detector), faceDetector_(faceDetector), options_(options) {
    validate(options_);
    video_ = std::make_unique<VideoReader>(path);
    validateDrawnFaces(options_, video_->info(), faceDetector_ != nullptr);
    if (faceDetector_)
        tracker_ = std::make_unique<FaceTracker>(*faceDetector_, options_.tracker);
    pending_ = std::make_unique<Pending>(options_.shotCutThreshold);
    nextTarget_ = options_.start;
}

VideoScanner::~VideoScanner() = default;

const VideoInfo& VideoScanner::info() const { return video_->info(); }

VideoScanOptions videoScanOptions(int start, int end, int step) {
    constexpr int kVideoFramesBetweenDetections = 10; // the tracker's re-fit holds over ~10 frames
    VideoScanOptions options;
    options.start = start;
    options.end = end;
    options.step = std::max(1, step);
    options.detectEvery = std::max(1, kVideoFramesBetweenDetections / options.step);
    return options;
}

bool scansFrame(const VideoScanOptions& o, int frame) {
    return frame >= o.start && (o.end < 0 || frame < o.end) && (frame - o.start) % std::max(1, o.step) == 0;
}

VideoVerdict VideoScanner::verdict() const {
    return videoVerdict(tracks_, detector_.card(), options_.includeSmallFaces);
}

bool VideoScanner::advance(int maxFrames, const ScannedFrameCallback& onFrame, const ProgressReporter& progress,
                           const CancelToken& cancel) {
    if (finished_)
        return false;
    StageClock wall(timings_.total);
    const int last = options_.end >= 0 ? options_.end : video_->info().reportedFrameCount;
    const double span = std::max(1, last - options_.start);
    cv::Mat frame;
    for (int done = 0; maxFrames <= 0 || done < maxFrames; ++done) {
        cancel.throwIfCancelled();
        const int target = nextTarget_;
        if (options_.end >= 0 && target >= options_.end) {
            finish(onFrame);
            return false;
        }
        bool ok;
        {
            StageClock clock(timings_.decode);
            ok = video_->nextFrameIndex() == target || video_->seek(target);
            ok = ok && video_->read(frame);
        }
        if (!ok) {
            if (framesAnalysed_.empty()) {
                const bool pastEnd = video_->nextFrameIndex() < target;
                throw Error(ErrorCode::VideoUnreadable, video_->path(),
                            pastEnd ? "the video ends before frame " + std::to_string(options_.start)
                                    : std::string("no frame could be decoded (corrupt or truncated video)"));
            }
            finish(onFrame);
            return false;
        }
        analyse(frame, target);
        nextTarget_ = target + options_.step;
        if (pending_->crops >= options_.batchSize || int(pending_->frames.size()) >= options_.batchSize)
            flush(onFrame);
        progress.report((target + 1 - options_.start) / span, "scan");
    }
    // A chunk ends with its frames scored, so a GUI sees every frame it asked for.
    flush(onFrame);
    return true;
}

void VideoScanner::analyse(const cv::Mat& rgb, int index) {
    ScannedFrame out;
    out.index = index;
    const double fps = video_->info().fps;
    out.time = fps > 0 ? index / fps : 0.0;
    framesAnalysed_.push_back(index);
    ++timings_.framesAnalysed;
    const ModelCard& card = detector_.card();

    if (!faceDetector_) {
        // --no-detect: the whole frame is the one face, as scoreFrame does it.
        StageClock clock(timings_.crop);
        ScannedFace whole;
        whole.trackId = 1;
        whole.detected = true;
        whole.face.box = cv::Rect2f(0.f, 0.f, float(rgb.cols), float(rgb.rows));
        whole.crop = wholeImageCrop(rgb, card);
        out.faces.push_back(std::move(whole));
    } else {
        bool cut;
        {
            StageClock clock(timings_.track);
            cv::cvtColor(rgb, pending_->gray, cv::COLOR_RGB2GRAY);
            cut = pending_->cuts.update(pending_->gray);
        }
        const bool detect = framesAnalysed_.size() == 1 || sinceDetection_ + 1 >= options_.detectEvery || cut ||
                            tracker_->wantsDetection();
        std::vector<DetectedFace> detections;
        if (detect) {
            StageClock clock(timings_.detect);
            detections = faceDetector_->detect(rgb);
            ++timings_.detectionRounds;
            sinceDetection_ = 0;
        } else {
            ++sinceDetection_;
        }
        std::vector<DetectedFace> drawn;
        for (const DrawnBox& d : options_.drawnFaces)
            if (d.frame == index)
                drawn.push_back(faceDetector_->fitDrawnFace(rgb, d.box));
        std::vector<TrackedFace> tracked;
        {
            StageClock clock(timings_.track);
            tracked = tracker_->update(pending_->gray, detect ? &detections : nullptr, cut, drawn);
        }
        out.detectionRun = detect;
        out.shotCut = cut;
        StageClock clock(timings_.crop);
        for (TrackedFace& t : tracked) {
            ScannedFace f;
            f.trackId = t.trackId;
            f.detected = t.detected;
            f.face = std::move(t.face);
            f.crop = cropFace(rgb, f.face, card);
            out.faces.push_back(std::move(f));
        }
    }
    pending_->crops += int(out.faces.size());
    pending_->frames.push_back(std::move(out));
}

void VideoScanner::flush(const ScannedFrameCallback& onFrame) {
    if (pending_->frames.empty())
        return;
    if (pending_->crops > 0) {
        std::vector<cv::Mat> crops;
        crops.reserve(size_t(pending_->crops));
        for (const ScannedFrame& f : pending_->frames)
            for (const ScannedFace& face : f.faces)
                crops.push_back(face.crop.image);
        std::vector<double> scores;
        {
            StageClock clock(timings_.score);
            scores = detector_.scoreCrops(crops);
        }
        timings_.crops += (long long)crops.size();
        size_t next = 0;
        for (ScannedFrame& f : pending_->frames)
            for (ScannedFace& face : f.faces) {
                face.fakeProbability = scores.at(next++);
                face.call = detector_.card().call(face.fakeProbability);
                face.tooSmall = detector_.card().tooSmallToJudge(faceBoxSide(face.face.box));
            }
    }
    // Emit one frame at a time, releasing its crops before the callback of the next.
    while (!pending_->frames.empty()) {
        ScannedFrame frame = std::move(pending_->frames.front());
        pending_->frames.pop_front();
        record(frame);
        if (onFrame)
            onFrame(frame);
    }
    pending_->crops = 0;
}

void VideoScanner::record(const ScannedFrame& frame) {
    for (const ScannedFace& f : frame.faces) {
        // IDs only grow, so a track is either the last one or an earlier one found by search.
        auto it = std::lower_bound(tracks_.begin(), tracks_.end(), f.trackId,
                                   [](const TrackTimeline& t, int id) { return t.id() < id; });
        if (it == tracks_.end() || it->id() != f.trackId)
            it = tracks_.insert(it, TrackTimeline(f.trackId, f.face.origin));
        it->add({frame.index, f.fakeProbability, f.face.box, f.detected});
        // The examiner vouches for a face they drew; the detector's faces need its confirmation.
        if (it->detections() >= options_.confirmDetections || it->origin() == FaceOrigin::Examiner)
            it->setConfirmed(true);
    }
}

void VideoScanner::finish(const ScannedFrameCallback& onFrame) {
    flush(onFrame);
    // A scan too short for the usual hysteresis confirms what every detection round saw.
    const int needed = std::min(options_.confirmDetections, std::max(1, timings_.detectionRounds));
    for (TrackTimeline& t : tracks_)
        if (t.detections() >= needed || !faceDetector_)
            t.setConfirmed(true);
    finished_ = true;
}

} // namespace fakelens
