#include "widgets/ScoreTimeline.h"

#include "widgets/VerdictColors.h"

#include <QLabel>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <cmath>
#include <limits>

namespace fakelens::ui {

ScoreTimeline::ScoreTimeline(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("scoreTimeline"));
    plot_ = new QCustomPlot(this);
    plot_->setObjectName(QStringLiteral("timelinePlot"));
    plot_->setMinimumHeight(150);
    plot_->xAxis->setLabel(tr("frame"));
    plot_->yAxis->setLabel(tr("P(fake)"));
    plot_->yAxis->setRange(0, 1.02);
    plot_->yAxis->ticker()->setTickCount(2);
    plot_->axisRect()->setMargins(QMargins(0, 0, 0, 0));

    scores_ = plot_->addGraph();
    scores_->setPen(QPen(QColor(60, 110, 200), 1.5));
    scores_->setBrush(QColor(60, 110, 200, 40));
    // Frames called fake get a red dot, so a short manipulated stretch stands out when zoomed out.
    fakeMarks_ = plot_->addGraph();
    fakeMarks_->setLineStyle(QCPGraph::lsNone);
    fakeMarks_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, fakeColor(), 3));

    thresholdLine_ = new QCPItemStraightLine(plot_);
    thresholdLine_->setPen(QPen(fakeColor(), 1, Qt::DashLine));
    cursor_ = new QCPItemStraightLine(plot_);
    cursor_->setPen(QPen(QColor(30, 30, 30), 1.5));
    setThreshold(threshold_);

    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("timelineStatus"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 2);
    layout->setSpacing(0);
    layout->addWidget(status_);
    layout->addWidget(plot_, 1);

    connect(plot_, &QCustomPlot::mousePress, this, [this](QMouseEvent* event) {
        const double key = plot_->xAxis->pixelToCoord(event->position().x());
        emit frameClicked(std::clamp(int(std::lround(key)), 0, frameCount_ - 1));
    });
    reset(1);
}

void ScoreTimeline::reset(int frameCount) {
    scores_->data()->clear();
    fakeMarks_->data()->clear();
    pointCount_ = 0;
    setFrameCount(frameCount);
    setCurrentFrame(0);
}

void ScoreTimeline::setFrameCount(int frameCount) {
    frameCount_ = std::max(1, frameCount);
    plot_->xAxis->setRange(-0.5, frameCount_ - 0.5);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void ScoreTimeline::setThreshold(double threshold) {
    threshold_ = threshold;
    thresholdLine_->point1->setCoords(0, threshold);
    thresholdLine_->point2->setCoords(1, threshold);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void ScoreTimeline::addPoints(const QVector<TimelinePoint>& points) {
    for (const TimelinePoint& p : points) {
        // A frame without faces leaves a gap rather than a misleading zero.
        const double value = p.faces > 0 ? p.maxFakeProbability : std::numeric_limits<double>::quiet_NaN();
        scores_->addData(p.frame, value);
        if (p.faces > 0 && p.maxFakeProbability >= threshold_)
            fakeMarks_->addData(p.frame, p.maxFakeProbability);
    }
    pointCount_ += points.size();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void ScoreTimeline::setCurrentFrame(int frame) {
    cursor_->point1->setCoords(frame, 0);
    cursor_->point2->setCoords(frame, 1);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void ScoreTimeline::setStatusText(const QString& text) { status_->setText(text); }

QWidget* ScoreTimeline::plotWidget() const { return plot_; }

QPoint ScoreTimeline::plotPositionOfFrame(int frame) const {
    const int x = int(std::lround(plot_->xAxis->coordToPixel(frame)));
    return QPoint(x, plot_->axisRect()->center().y());
}

} // namespace fakelens::ui
