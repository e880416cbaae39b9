#pragma once

#include "faces/TrackTimeline.h"
#include "session/TimelineScanner.h"

#include <QWidget>

#include <optional>
#include <utility>

#include <map>
#include <vector>

class QCustomPlot;
class QCPGraph;
class QCPItemStraightLine;
class QLabel;

namespace fakelens::ui {

// P(fake) over the video frames, one curve per face track (the engine's track IDs, legend
// "Track N"), smoothed like the CLI's `series.smoothed`, filled in while the timeline scanner
// works; red dots mark frames whose highest raw P(fake) reaches the model's threshold, a dashed
// line the threshold, a vertical line the shown frame. When the scan ends the video verdict is
// shown above the plot. Clicking a curve seeks to its nearest point and names the track;
// clicking elsewhere seeks to the frame under the mouse.
class ScoreTimeline : public QWidget {
    Q_OBJECT

public:
    // Points averaged by the smoothed curves: the CLI's default `--smooth`.
    static constexpr int kSmoothingWindow = 5;

    explicit ScoreTimeline(QWidget* parent = nullptr);

    void reset(int frameCount);
    void setFrameCount(int frameCount);
    // Shows frames `first` to `last` only (a case's frames), `why` said under the frame axis,
    // until the next reset().
    void setVisibleFrames(int first, int last, const QString& why);
    // Frames between scanned points: a longer gap in a track (face gone) breaks its curve.
    void setFrameStep(int step);
    void setThreshold(double threshold);
    void addPoints(const QVector<TimelinePoint>& points);
    void setConfirmedTracks(const QVector<int>& trackIds);
    void setVerdict(const TimelineVerdict& verdict);
    void setCurrentFrame(int frame);
    void setStatusText(const QString& text);
    QString statusText() const;

    int pointCount() const { return pointCount_; }
    int curveCount() const { return int(curves_.size()); }
    QVector<int> trackIds() const; // by increasing ID
    // A track's points as scanned so far (null for an unknown ID).
    const TrackTimeline* track(int trackId) const;
    bool isConfirmed(int trackId) const;
    QString verdictText() const;
    // The plot widget, and where `frame` lies on it at mid height (tests click there).
    QWidget* plotWidget() const;
    QPoint plotPositionOfFrame(int frame) const;
    // Where the curve of `trackId` passes at its point nearest to `frame` (tests click there).
    QPoint plotPositionOfTrackPoint(int trackId, int frame) const;

Q_SIGNALS:
    void frameClicked(int frame);
    // A curve was clicked: emitted before frameClicked(frame), `frame` being the track's point.
    void trackClicked(int trackId, int frame);

private:
    struct Curve {
        TrackTimeline timeline;
        std::vector<double> smoothed;
        QCPGraph* graph = nullptr;
        bool confirmed = false;
    };
    Curve& curveFor(int trackId, FaceOrigin origin);
    void redraw(Curve& curve);
    void styleCurve(Curve& curve);
    void handlePress(const QPointF& position);
    void showFrameRange();

    QCustomPlot* plot_;
    QCPGraph* fakeMarks_;
    QCPItemStraightLine* cursor_;
    QCPItemStraightLine* thresholdLine_;
    QLabel* status_;
    QLabel* verdict_;
    std::map<int, Curve> curves_;
    int frameCount_ = 1;
    std::optional<std::pair<int, int>> visibleFrames_; // first and last shown; all when unset
    int step_ = 1;
    int pointCount_ = 0;
    double threshold_ = 0.5;
};

} // namespace fakelens::ui
