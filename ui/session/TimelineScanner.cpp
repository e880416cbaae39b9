#include "session/TimelineScanner.h"

#include "ErrorMessages.h"
#include "jobs/EngineJobQueue.h"
#include "jobs/JobWatcher.h"
#include "session/EngineResources.h"

#include <algorithm>
#include <memory>

namespace fakelens::ui {

namespace {
// Frames per job: about a quarter of a second of work on two cores, the longest an interactive
// request has to wait behind the timeline. A frame with face detection costs ~10x one where
// the tracker re-fits the landmarks, so chunks may be longer when most frames are tracked.
constexpr int kFramesPerChunkDetecting = 3;
constexpr int kFramesPerChunkTracking = 6;
} // namespace

// Lives in the jobs (one at a time); the GUI thread only holds the pointer. `resources` is
// declared first so the scanner, which refers to its detectors, is destroyed before them.
struct TimelineScanner::ScanState {
    std::string path;
    std::shared_ptr<EngineResources> resources;
    bool detectFaces = true;
    VideoScanOptions options;
    std::unique_ptr<VideoScanner> scanner;
};

struct ChunkResult {
    QVector<TimelinePoint> points;
    QVector<int> confirmed;
    bool reachedEnd = false;
    int framesInVideo = 0;
    TimelineVerdict verdict;
};

namespace {

TimelinePoint toPoint(const ScannedFrame& frame) {
    TimelinePoint point;
    point.frame = frame.index;
    point.faces = int(frame.faces.size());
    for (const ScannedFace& f : frame.faces) {
        point.maxFakeProbability = std::max(point.maxFakeProbability, double(f.fakeProbability));
        point.fakeProbabilities.push_back(f.fakeProbability);
        point.trackIds.push_back(f.trackId);
        point.detectedFaces.push_back(f.face);
    }
    return point;
}

TimelineVerdict toVerdict(const VideoScanner& scanner) {
    const VideoVerdict v = scanner.verdict();
    TimelineVerdict out;
    out.scored = v.framesWithFaces > 0;
    out.fakeScore = v.fakeScore;
    out.fake = v.fake;
    out.framesWithFaces = v.framesWithFaces;
    out.video = v;
    out.tracks = int(scanner.tracks().size());
    for (const TrackTimeline& t : scanner.tracks())
        out.confirmedTracks += t.confirmed() ? 1 : 0;
    return out;
}

// The scanner cannot tell how many frames lie after the last one a step landed on. With step 1
// that is exact; otherwise the container's count is kept when it fits between the last
// analysed frame and the next step, and the frames known to exist are taken when it does not.
// A scan that stopped at its END (a case's frames) saw nothing past it: the container's count.
int framesInVideo(const VideoScanner& scanner) {
    const int reported = scanner.info().reportedFrameCount;
    if (scanner.framesAnalysed().empty())
        return scanner.options().end >= 0 ? reported : 0;
    const int last = scanner.framesAnalysed().back();
    const int step = scanner.options().step;
    if (scanner.options().end >= 0 && last + step >= scanner.options().end)
        return std::max(reported, last + 1);
    return reported > last && reported <= last + step ? reported : last + 1;
}

} // namespace

TimelineScanner::TimelineScanner(EngineJobQueue& queue, QObject* parent) : QObject(parent), queue_(queue) {}

TimelineScanner::~TimelineScanner() { requests_.cancel(); }

VideoScanOptions TimelineScanner::scanOptions(const FrameSelection& frames) {
    return videoScanOptions(frames.start, frames.end, frames.step);
}

void TimelineScanner::start(const QString& videoPath, std::shared_ptr<EngineResources> resources,
                            bool detectFaces, const FrameSelection& frames, bool includeSmallFaces,
                            const std::vector<DrawnBox>& drawnFaces) {
    const LatestRequest::Ticket ticket = requests_.renew();
    state_ = std::make_shared<ScanState>();
    state_->path = videoPath.toStdString();
    state_->resources = std::move(resources);
    state_->detectFaces = detectFaces;
    state_->options = scanOptions(frames);
    state_->options.includeSmallFaces = includeSmallFaces;
    if (detectFaces) // a drawn face is fitted with the landmark model
        state_->options.drawnFaces = drawnFaces;
    step_ = state_->options.step;
    scanned_ = 0;
    confirmed_ = 0;
    verdict_ = TimelineVerdict();
    clock_.start();
    finishedAfter_ = -1;
    setRunning(true);
    emit started();
    queueNextChunk(ticket);
}

double TimelineScanner::elapsedSeconds() const {
    if (finishedAfter_ >= 0)
        return finishedAfter_;
    return clock_.isValid() ? clock_.nsecsElapsed() / 1e9 : 0.0;
}

void TimelineScanner::stop() {
    requests_.cancel();
    state_.reset();
    setRunning(false);
}

void TimelineScanner::setRunning(bool running) {
    if (running_ == running)
        return;
    running_ = running;
    emit runningChanged(running);
}

void TimelineScanner::queueNextChunk(const LatestRequest::Ticket& ticket) {
    std::shared_ptr<ScanState> state = state_;
    auto future = queue_.submit<ChunkResult>(JobPriority::Background, ticket.cancel, [state](JobContext<ChunkResult>& ctx) {
        if (!state->scanner) {
            // Made in the first job: opening the video and loading the face detector take time.
            state->scanner = std::make_unique<VideoScanner>(state->path, state->resources->detector(),
                                                            state->resources->faceDetector(state->detectFaces),
                                                            state->options);
        }
        VideoScanner& scanner = *state->scanner;
        const int frames = !state->detectFaces || state->options.detectEvery > 1 ? kFramesPerChunkTracking
                                                                                   : kFramesPerChunkDetecting;
        ChunkResult chunk;
        const bool more = scanner.advance(
            frames, [&chunk](const ScannedFrame& frame) { chunk.points.push_back(toPoint(frame)); }, {}, ctx.cancel());
        for (const TrackTimeline& t : scanner.tracks())
            if (t.confirmed())
                chunk.confirmed.push_back(t.id());
        if (!more) {
            chunk.reachedEnd = true;
            chunk.framesInVideo = framesInVideo(scanner);
            chunk.verdict = toVerdict(scanner);
        }
        return chunk;
    });

    watchJob<ChunkResult>(this, future, [this, ticket](const JobResult<ChunkResult>& result) {
        if (!requests_.isCurrent(ticket))
            return;
        if (result.cancelled) {
            setRunning(false);
            return;
        }
        if (result.error) {
            setRunning(false);
            emit failed(describeError(*result.error));
            return;
        }
        const ChunkResult& chunk = *result.value;
        scanned_ += chunk.points.size();
        if (!chunk.points.isEmpty())
            emit pointsScored(chunk.points);
        // Confirmation only ever grows within a scan, so the count tells when to re-emit.
        if (chunk.confirmed.size() != confirmed_) {
            confirmed_ = int(chunk.confirmed.size());
            emit tracksConfirmed(chunk.confirmed);
        }
        if (chunk.reachedEnd) {
            finishedAfter_ = clock_.nsecsElapsed() / 1e9;
            verdict_ = chunk.verdict;
            setRunning(false);
            emit finished(chunk.framesInVideo);
        } else {
            queueNextChunk(ticket);
        }
    });
}

const TimelinePoint* timelinePointOf(const QVector<TimelinePoint>& points, int frame) {
    const auto it = std::lower_bound(points.begin(), points.end(), frame,
                                     [](const TimelinePoint& p, int f) { return p.frame < f; });
    return it != points.end() && it->frame == frame ? &*it : nullptr;
}

} // namespace fakelens::ui
