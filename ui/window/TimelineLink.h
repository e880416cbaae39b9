#pragma once

#include <QObject>

#include <opencv2/core/types.hpp>

#include <optional>

namespace fakelens::ui {

class FrameScrubber;
class ScoreTimeline;
class WorkbenchSession;

// Wires the video timeline into the workbench: the scanner's points, confirmed tracks and
// verdict into the ScoreTimeline; a click on the timeline into a seek of the scrubber; a click
// on a track's curve, once that frame's faces are scored, into the selection of the face that
// track followed there (the shown frame is analysed on its own, so faces are matched by box).
class TimelineLink : public QObject {
    Q_OBJECT

public:
    TimelineLink(WorkbenchSession& session, ScoreTimeline* timeline, FrameScrubber* scrubber, QObject* parent);

    // Selects, in the shown frame `frame` (now or once it is analysed), the face that overlaps
    // the box of track `trackId` there. Returns false if the timeline has no such track.
    bool selectTrackFace(int trackId, int frame);

private:
    struct PendingFace {
        int frame = 0;
        cv::Rect2f box;
    };
    void applyPendingFace();

    WorkbenchSession& session_;
    ScoreTimeline* timeline_;
    FrameScrubber* scrubber_;
    std::optional<PendingFace> pending_;
};

} // namespace fakelens::ui
