#pragma once

#include "jobs/LatestRequest.h"

#include <QObject>
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
};

// Scores every frame (or every Nth) of a video in the background so the timeline fills in.
// The work is cut into small background jobs of a few frames, each queued when the one before
// has ended, so the shown frame and explanations (interactive jobs) wait for one chunk at most.
class TimelineScanner : public QObject {
    Q_OBJECT

public:
    TimelineScanner(EngineJobQueue& queue, QObject* parent = nullptr);
    ~TimelineScanner() override;

    void start(const QString& videoPath, std::shared_ptr<EngineResources> resources, bool detectFaces, int step);
    void stop();
    bool isRunning() const { return running_; }
    int scannedFrames() const { return scanned_; }

Q_SIGNALS:
    void started();
    void pointsScored(const QVector<fakelens::ui::TimelinePoint>& points);
    // The end of the video was reached: `framesInVideo` is the true count (containers may lie).
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
};

} // namespace fakelens::ui
