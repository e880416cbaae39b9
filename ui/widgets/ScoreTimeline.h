#pragma once

#include "session/TimelineScanner.h"

#include <QWidget>

class QCustomPlot;
class QCPGraph;
class QCPItemStraightLine;
class QLabel;

namespace fakelens::ui {

// P(fake) per video frame (the highest over the frame's faces), filled in while the timeline
// scanner works, with the model's threshold and a cursor at the shown frame. Clicking seeks.
class ScoreTimeline : public QWidget {
    Q_OBJECT

public:
    explicit ScoreTimeline(QWidget* parent = nullptr);

    void reset(int frameCount);
    void setFrameCount(int frameCount);
    void setThreshold(double threshold);
    void addPoints(const QVector<TimelinePoint>& points);
    void setCurrentFrame(int frame);
    void setStatusText(const QString& text);

    int pointCount() const { return pointCount_; }
    // The plot widget, and where `frame` lies on it at mid height (tests click there).
    QWidget* plotWidget() const;
    QPoint plotPositionOfFrame(int frame) const;

Q_SIGNALS:
    void frameClicked(int frame);

private:
    QCustomPlot* plot_;
    QCPGraph* scores_;
    QCPGraph* fakeMarks_;
    QCPItemStraightLine* cursor_;
    QCPItemStraightLine* thresholdLine_;
    QLabel* status_;
    int frameCount_ = 1;
    int pointCount_ = 0;
    double threshold_ = 0.5;
};

} // namespace fakelens::ui
