#include "window/TimelineLink.h"

#include "faces/FaceTracker.h"
#include "faces/TrackMatching.h"
#include "session/TimelineScanner.h"
#include "session/WorkbenchSession.h"
#include "widgets/FrameScrubber.h"
#include "widgets/ScoreTimeline.h"

namespace fakelens::ui {

TimelineLink::TimelineLink(WorkbenchSession& session, ScoreTimeline* timeline, FrameScrubber* scrubber, QObject* parent)
    : QObject(parent), session_(session), timeline_(timeline), scrubber_(scrubber) {
    TimelineScanner& scanner = session_.timeline();
    // A restart (new file, face detection switched, another model) starts the plot over.
    connect(&scanner, &TimelineScanner::started, this, [this] {
        pending_.reset();
        timeline_->reset(scrubber_->frameCount());
        timeline_->setFrameStep(session_.timeline().step());
        if (session_.scansCaseFrames()) {
            // The case's stretch fills the plot, and the axis says whose frames they are, so that
            // nobody takes the verdict for one of the whole video.
            const FrameSelection frames = session_.timelineFrames();
            timeline_->setVisibleFrames(frames.start, frames.end - 1,
                                        tr("the frames the case analysed: %1 to %2, one in %3")
                                            .arg(frames.start)
                                            .arg(frames.end - 1)
                                            .arg(frames.step));
        }
        timeline_->setCurrentFrame(scrubber_->currentFrame());
    });
    // Through this object, so that disconnecting it (the window's destructor) cuts every link.
    connect(&scanner, &TimelineScanner::pointsScored, this,
            [this](const QVector<TimelinePoint>& points) { timeline_->addPoints(points); });
    connect(&scanner, &TimelineScanner::tracksConfirmed, this,
            [this](const QVector<int>& ids) { timeline_->setConfirmedTracks(ids); });
    connect(&scanner, &TimelineScanner::finished, this, [this](int framesInVideo) {
        if (framesInVideo > 0 && framesInVideo != scrubber_->frameCount()) {
            scrubber_->setFrameCount(framesInVideo);
            timeline_->setFrameCount(framesInVideo);
        }
        const TimelineScanner& scanner = session_.timeline();
        // The rate is the one the examiner got, so a slow machine or a busy workbench shows.
        const double seconds = scanner.elapsedSeconds();
        timeline_->setStatusText(
            tr("P(fake) per face track (smoothed over %1 points): %n frame(s) scored in %2 s (%3 frames/s)", nullptr,
               scanner.scannedFrames())
                .arg(ScoreTimeline::kSmoothingWindow)
                .arg(seconds, 0, 'f', 1)
                .arg(seconds > 0 ? scanner.scannedFrames() / seconds : 0.0, 0, 'f', 1));
        timeline_->setVerdict(scanner.verdict());
    });
    connect(&scanner, &TimelineScanner::failed, this, [this](const QString& message) {
        timeline_->setStatusText(tr("Timeline stopped: %1").arg(message));
    });

    connect(timeline_, &ScoreTimeline::trackClicked, this, &TimelineLink::selectTrackFace);
    // The scrubber asks the session for the frame, as its own keys and buttons do.
    connect(timeline_, &ScoreTimeline::frameClicked, this,
            [this](int frame) { scrubber_->stepBy(frame - scrubber_->currentFrame()); });
    connect(scrubber_, &FrameScrubber::frameRequested, this, [this](int frame) {
        if (pending_ && pending_->frame != frame)
            pending_.reset(); // the investigator moved on before the clicked frame was scored
    });
    connect(&session_, &WorkbenchSession::frameAnalysed, this, [this] { applyPendingFace(); });
}

bool TimelineLink::selectTrackFace(int trackId, int frame) {
    const TrackTimeline* track = timeline_->track(trackId);
    if (!track || track->empty())
        return false;
    const TrackPoint& point = track->points()[size_t(track->pointNearestTo(frame))];
    pending_ = PendingFace{point.frame, point.box};
    applyPendingFace();
    return true;
}

void TimelineLink::applyPendingFace() {
    const FrameAnalysis& shown = session_.currentFrame();
    if (!pending_ || !shown.scored || shown.frameIndex != pending_->frame)
        return;
    int best = -1;
    // The least overlap for a track's box and a shown face to count as one face: the engine's own
    // rule for continuing a track.
    double bestIoU = TrackerOptions().matchIoU;
    for (size_t i = 0; i < shown.faces.size(); ++i) {
        const double overlap = boxIoU(shown.faces[i].detected.box, pending_->box);
        if (overlap >= bestIoU) {
            bestIoU = overlap;
            best = int(i);
        }
    }
    pending_.reset();
    if (best >= 0)
        session_.selectFace(best);
}

} // namespace fakelens::ui
