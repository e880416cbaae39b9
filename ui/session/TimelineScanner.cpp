#include "session/TimelineScanner.h"

#include "ErrorMessages.h"
#include "jobs/EngineJobQueue.h"
#include "jobs/JobWatcher.h"
#include "media/VideoReader.h"
#include "session/EngineResources.h"
#include "session/FrameAnalysis.h"

#include <algorithm>
#include <memory>

namespace fakelens::ui {

namespace {
// Frames per job: about a quarter of a second of work on two cores, the longest an interactive
// request has to wait behind the timeline.
constexpr int kFramesPerChunk = 3;
} // namespace

// Lives in the jobs (one at a time); the GUI thread only holds the pointer.
struct TimelineScanner::ScanState {
    std::string path;
    std::unique_ptr<VideoReader> reader;
    std::shared_ptr<EngineResources> resources;
    bool detectFaces = true;
    int step = 1;
    int nextFrame = 0;
};

struct ChunkResult {
    QVector<TimelinePoint> points;
    bool reachedEnd = false;
    int framesInVideo = 0;
};

TimelineScanner::TimelineScanner(EngineJobQueue& queue, QObject* parent) : QObject(parent), queue_(queue) {}

TimelineScanner::~TimelineScanner() { requests_.cancel(); }

void TimelineScanner::start(const QString& videoPath, std::shared_ptr<EngineResources> resources,
                            bool detectFaces, int step) {
    const LatestRequest::Ticket ticket = requests_.renew();
    state_ = std::make_shared<ScanState>();
    state_->path = videoPath.toStdString();
    state_->resources = std::move(resources);
    state_->detectFaces = detectFaces;
    state_->step = std::max(1, step);
    scanned_ = 0;
    setRunning(true);
    emit started();
    queueNextChunk(ticket);
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
        if (!state->reader)
            state->reader = std::make_unique<VideoReader>(state->path);
        ChunkResult chunk;
        Detector& detector = state->resources->detector();
        const FaceDetector* faces = state->resources->faceDetector(state->detectFaces);
        for (int i = 0; i < kFramesPerChunk; ++i) {
            ctx.cancel().throwIfCancelled();
            cv::Mat rgb;
            if (!state->reader->seek(state->nextFrame) || !state->reader->read(rgb)) {
                chunk.reachedEnd = true;
                chunk.framesInVideo = state->reader->nextFrameIndex();
                break;
            }
            const std::vector<AnalysedFace> scored = analyseFaces(rgb, detector, faces);
            TimelinePoint point;
            point.frame = state->nextFrame;
            point.faces = int(scored.size());
            for (const AnalysedFace& f : scored) {
                point.maxFakeProbability = std::max(point.maxFakeProbability, f.fakeProbability);
                point.fakeProbabilities.push_back(f.fakeProbability);
            }
            chunk.points.push_back(point);
            state->nextFrame += state->step;
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
        if (chunk.reachedEnd) {
            setRunning(false);
            emit finished(chunk.framesInVideo);
        } else {
            queueNextChunk(ticket);
        }
    });
}

} // namespace fakelens::ui
