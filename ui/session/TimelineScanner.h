#pragma once

#include "faces/DetectedFace.h"
#include "faces/FrameSelection.h"
#include "faces/VideoScanner.h"
#include "jobs/LatestRequest.h"

#include <QElapsedTimer>
#include <QObject>
#include <QRectF>
#include <QString>
#include <QVector>

#include <memory>

namespace fakelens::ui {

class EngineJobQueue;
class EngineResources;

// The score of one video frame on the timeline.
struct TimelinePoint {
    int frame = 0;
    int faces = 0;
    double maxFakeProbability = -1; // over the frame's faces; -1 when it has none
    QVector<double> fakeProbabilities; // every face, left to right (for the report)
    QVector<int> trackIds;             // the engine's face track of each face, same order
    // Each face as the scan has it, same order: its box in frame pixels, its landmarks (on a frame
    // between detections the tracker's re-fit) and its origin (on a track the examiner drew or
    // not). The shown frame takes these, so it scores what the timeline scored.
    std::vector<DetectedFace> detectedFaces;
};

// The point of `frame` among a scan's points (kept in scan order, which is frame order), or null.
const TimelinePoint* timelinePointOf(const QVector<TimelinePoint>& points, int frame);

// The video-level verdict of a finished scan (engine VideoVerdict: confirmed tracks only).
struct TimelineVerdict {
    bool scored = false; // false: no confirmed face, so no verdict
    double fakeScore = 0;
    bool fake = false;
    int framesWithFaces = 0;
    int tracks = 0;
    int confirmedTracks = 0;
    VideoVerdict video; // the engine's verdict whole: band, counts apart, small faces left out
};

// Scores every frame (or every Nth) of a video in the background so the timeline fills in,
// with the engine's VideoScanner: faces are detected every few analysed frames and followed
// in between (FaceTracker), so each face keeps one track ID and the timeline can draw one curve
// per face. The work is cut into small background jobs of a few frames, each queued when the
// one before has ended, so the shown frame and explanations (interactive jobs) wait for one
// chunk at most; the scanner object lives on between chunks and keeps its tracks.
class TimelineScanner : public QObject {
    Q_OBJECT

public:
    TimelineScanner(EngineJobQueue& queue, QObject* parent = nullptr);
    ~TimelineScanner() override;

    // The engine settings of a timeline scan of `frames` (START:END:STEP; tests compare with them).
    static VideoScanOptions scanOptions(const FrameSelection& frames);

    // `drawnFaces`: boxes the examiner drew, each on a frame this scan analyses (DrawnFaces::seeds).
    void start(const QString& videoPath, std::shared_ptr<EngineResources> resources, bool detectFaces,
               const FrameSelection& frames, bool includeSmallFaces = false,
               const std::vector<DrawnBox>& drawnFaces = {});
    void stop();
    bool isRunning() const { return running_; }
    int scannedFrames() const { return scanned_; }
    // Wall-clock seconds from start() to the end of the video (to now while running): what the
    // examiner waits, chunk hand-offs and waits behind interactive jobs included.
    double elapsedSeconds() const;
    int step() const { return step_; }
    // Valid once finished() was emitted.
    const TimelineVerdict& verdict() const { return verdict_; }

Q_SIGNALS:
    void started();
    void pointsScored(const QVector<fakelens::ui::TimelinePoint>& points);
    // Every confirmed track ID so far, whenever the set grew (tracks count once the face
    // detector has seen them twice; the end of a short scan may confirm more).
    void tracksConfirmed(const QVector<int>& trackIds);
    // The scan is done. `framesInVideo`: when it ran to the end of the video, the true count
    // (containers may lie); when it stopped at END, the container's count. verdict() holds the
    // video verdict by then.
    void finished(int framesInVideo);
    void failed(const QString& message);
    void runningChanged(bool running);

private:
    struct ScanState;
    void queueNextChunk(const LatestRequest::Ticket& ticket);
    void setRunning(bool running);

    EngineJobQueue& queue_;
    LatestRequest requests_;
    std::shared_ptr<ScanState> state_;
    bool running_ = false;
    int scanned_ = 0;
    QElapsedTimer clock_;
    double finishedAfter_ = -1; // seconds from start() to finished(); -1 before
    int step_ = 1;
    int confirmed_ = 0;
    TimelineVerdict verdict_;
};

} // namespace fakelens::ui
