#include "widgets/ScoreTimeline.h"

#include "widgets/VerdictColors.h"
#include "widgets/VerdictWords.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace fakelens::ui {

namespace {

// Qualitative colours for the tracks (Tableau 10 without its red, which means "fake" here).
QColor trackColor(int trackId) {
    static const QColor colors[] = {{31, 119, 180}, {255, 127, 14},  {44, 160, 44},  {148, 103, 189},
                                    {140, 86, 75},  {227, 119, 194}, {127, 127, 127}, {188, 189, 34},
                                    {23, 190, 207}};
    constexpr int n = int(sizeof(colors) / sizeof(colors[0]));
    return colors[((trackId - 1) % n + n) % n];
}

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

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

    // The legend sits in a column right of the plot, so it never hides a curve; tracks fill
    // it top to bottom, then in further columns.
    plot_->legend->setVisible(true);
    QFont legendFont = font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85);
    plot_->legend->setFont(legendFont);
    plot_->legend->setRowSpacing(0);
    // No frame: the legend's cell is as tall as the plot, and a box that tall around one or two
    // entries reads as an empty panel.
    plot_->legend->setBorderPen(Qt::NoPen);
    plot_->legend->setBrush(Qt::NoBrush);
    plot_->legend->setFillOrder(QCPLegend::foRowsFirst);
    plot_->legend->setWrap(5);
    plot_->axisRect()->insetLayout()->take(plot_->legend);
    plot_->plotLayout()->addElement(0, 1, plot_->legend);
    plot_->plotLayout()->setColumnStretchFactor(1, 0.001);

    // Frames called fake get a red dot, so a short manipulated stretch stands out when zoomed out.
    fakeMarks_ = plot_->addGraph();
    fakeMarks_->setLineStyle(QCPGraph::lsNone);
    fakeMarks_->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, fakeColor(), 3));
    fakeMarks_->setSelectable(QCP::stNone); // clicks go to the curves underneath
    fakeMarks_->removeFromLegend();

    thresholdLine_ = new QCPItemStraightLine(plot_);
    thresholdLine_->setPen(QPen(fakeColor(), 1, Qt::DashLine));
    cursor_ = new QCPItemStraightLine(plot_);
    cursor_->setPen(QPen(QColor(30, 30, 30), 1.5));
    setThreshold(threshold_);

    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("timelineStatus"));
    // A long line (frames, time, rate) wraps in the room there is instead of widening the main
    // window or running into the verdict.
    status_->setWordWrap(true);
    // The layouts size the timeline from the label's one-line hint, not from its wrapped height:
    // room for two lines is kept, so a wrapped line cannot push the plot's axis label out of view.
    status_->setMinimumHeight(2 * status_->fontMetrics().lineSpacing());
    verdict_ = new QLabel(this);
    verdict_->setObjectName(QStringLiteral("timelineVerdict"));
    verdict_->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto* header = new QHBoxLayout;
    header->addWidget(status_, 1);
    header->addWidget(verdict_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 2);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(plot_, 1);

    connect(plot_, &QCustomPlot::mousePress, this, [this](QMouseEvent* event) { handlePress(event->position()); });
    reset(1);
}

void ScoreTimeline::reset(int frameCount) {
    for (auto& [id, curve] : curves_)
        plot_->removeGraph(curve.graph);
    curves_.clear();
    fakeMarks_->data()->clear();
    pointCount_ = 0;
    verdict_->clear();
    verdict_->setToolTip(QString());
    visibleFrames_.reset();
    plot_->xAxis->setLabel(tr("frame"));
    setFrameCount(frameCount);
    setCurrentFrame(0);
}

void ScoreTimeline::setFrameCount(int frameCount) {
    frameCount_ = std::max(1, frameCount);
    showFrameRange();
}

void ScoreTimeline::setVisibleFrames(int first, int last, const QString& why) {
    visibleFrames_ = std::make_pair(first, std::max(first, last));
    plot_->xAxis->setLabel(tr("frame") + QStringLiteral(" — ") + why);
    showFrameRange();
}

void ScoreTimeline::showFrameRange() {
    if (visibleFrames_)
        plot_->xAxis->setRange(visibleFrames_->first - 0.5, visibleFrames_->second + 0.5);
    else
        plot_->xAxis->setRange(-0.5, frameCount_ - 0.5);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void ScoreTimeline::setFrameStep(int step) { step_ = std::max(1, step); }

void ScoreTimeline::setThreshold(double threshold) {
    threshold_ = threshold;
    thresholdLine_->point1->setCoords(0, threshold);
    thresholdLine_->point2->setCoords(1, threshold);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

ScoreTimeline::Curve& ScoreTimeline::curveFor(int trackId, FaceOrigin origin) {
    auto it = curves_.find(trackId);
    if (it != curves_.end())
        return it->second;
    Curve& curve =
        curves_.emplace(trackId, Curve{TrackTimeline(trackId, origin), {}, plot_->addGraph(), false}).first->second;
    curve.graph->setSelectable(QCP::stSingleData); // for plottableAt(); the plot itself selects nothing
    styleCurve(curve);
    return curve;
}

void ScoreTimeline::styleCurve(Curve& curve) {
    const int id = curve.timeline.id();
    // Unconfirmed tracks (seen by the face detector once) may be false faces: drawn dashed and
    // left out of the video verdict by the engine.
    QPen pen(trackColor(id), curve.confirmed ? 1.6 : 1.0, curve.confirmed ? Qt::SolidLine : Qt::DashLine);
    curve.graph->setPen(pen);
    curve.graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, trackColor(id), 3));
    // A track the examiner drew is confirmed by them (the engine's rule), so it needs one label.
    curve.graph->setName(curve.timeline.origin() == FaceOrigin::Examiner ? tr("Track %1 (drawn)").arg(id)
                         : curve.confirmed                                ? tr("Track %1").arg(id)
                                                                          : tr("Track %1 (unconfirmed)").arg(id));
}

void ScoreTimeline::addPoints(const QVector<TimelinePoint>& points) {
    std::map<int, Curve*> touched;
    for (const TimelinePoint& p : points) {
        if (p.faces > 0 && p.maxFakeProbability >= threshold_)
            fakeMarks_->addData(p.frame, p.maxFakeProbability);
        for (int i = 0; i < p.trackIds.size() && i < p.fakeProbabilities.size(); ++i) {
            const bool known = size_t(i) < p.detectedFaces.size();
            Curve& curve = curveFor(p.trackIds[i], known ? p.detectedFaces[size_t(i)].origin : FaceOrigin::Detector);
            // Frames come in order within a scan; anything else would be a stale point.
            if (!curve.timeline.empty() && p.frame <= curve.timeline.lastFrame())
                continue;
            TrackPoint point;
            point.frame = p.frame;
            point.fakeProbability = float(p.fakeProbabilities[i]);
            if (known)
                point.box = p.detectedFaces[size_t(i)].box;
            curve.timeline.add(point);
            touched[p.trackIds[i]] = &curve;
        }
    }
    for (auto& [id, curve] : touched)
        redraw(*curve);
    pointCount_ += points.size();
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void ScoreTimeline::redraw(Curve& curve) {
    // The centred average changes the last few points whenever points are added, so the curve
    // is rebuilt whole: linear in its length, as the replot that follows is anyway.
    curve.smoothed = curve.timeline.smoothedScores(kSmoothingWindow);
    const std::vector<TrackPoint>& points = curve.timeline.points();
    QVector<double> keys, values;
    keys.reserve(int(points.size()) + 8);
    values.reserve(keys.capacity());
    for (size_t i = 0; i < points.size(); ++i) {
        // A gap of more than one step means the face was gone: break the line there.
        if (i > 0 && points[i].frame - points[i - 1].frame > step_) {
            keys << 0.5 * (points[i].frame + points[i - 1].frame);
            values << kNaN;
        }
        keys << points[i].frame;
        values << curve.smoothed[i];
    }
    curve.graph->setData(keys, values, true);
}

void ScoreTimeline::setConfirmedTracks(const QVector<int>& trackIds) {
    for (auto& [id, curve] : curves_) {
        const bool confirmed = trackIds.contains(id);
        if (confirmed != curve.confirmed) {
            curve.confirmed = confirmed;
            styleCurve(curve);
        }
    }
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void ScoreTimeline::setVerdict(const TimelineVerdict& verdict) {
    if (!verdict.scored) {
        verdict_->setText(tr("Video: no confirmed face, no verdict"));
        verdict_->setStyleSheet(QString());
    } else {
        const VideoVerdict& v = verdict.video;
        const FaceCall call = v.inconclusive ? FaceCall::Inconclusive : verdict.fake ? FaceCall::Fake : FaceCall::Real;
        QString text = tr("Video P(fake) %1: %2").arg(verdict.fakeScore, 0, 'f', 3).arg(VerdictWords::emphasised(call));
        if (v.card.hasInconclusiveBand)
            text += tr(" (%n frame(s) inconclusive)", nullptr, v.inconclusiveFrames);
        if (v.smallFacesLeftOut > 0)
            text += tr("; %n small face(s) left out", nullptr, v.smallFacesLeftOut);
        verdict_->setText(text);
        verdict_->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }")
                                    .arg(verdictColor(call).name()));
    }
    verdict_->setToolTip(tr("Mean of the top 10 % of the per-frame highest P(fake) over the confirmed face tracks "
                            "(%1 of %2 tracks, %3 frames with a face); fake when it reaches the threshold %4.")
                             .arg(verdict.confirmedTracks)
                             .arg(verdict.tracks)
                             .arg(verdict.framesWithFaces)
                             .arg(threshold_, 0, 'f', 2));
}

void ScoreTimeline::setCurrentFrame(int frame) {
    cursor_->point1->setCoords(frame, 0);
    cursor_->point2->setCoords(frame, 1);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void ScoreTimeline::setStatusText(const QString& text) { status_->setText(text); }

QString ScoreTimeline::statusText() const { return status_->text(); }

QVector<int> ScoreTimeline::trackIds() const {
    QVector<int> ids;
    for (const auto& [id, curve] : curves_)
        ids << id;
    return ids;
}

const TrackTimeline* ScoreTimeline::track(int trackId) const {
    const auto it = curves_.find(trackId);
    return it == curves_.end() ? nullptr : &it->second.timeline;
}

bool ScoreTimeline::isConfirmed(int trackId) const {
    const auto it = curves_.find(trackId);
    return it != curves_.end() && it->second.confirmed;
}

QString ScoreTimeline::verdictText() const { return verdict_->text(); }

QWidget* ScoreTimeline::plotWidget() const { return plot_; }

QPoint ScoreTimeline::plotPositionOfFrame(int frame) const {
    const int x = int(std::lround(plot_->xAxis->coordToPixel(frame)));
    return QPoint(x, plot_->axisRect()->center().y());
}

QPoint ScoreTimeline::plotPositionOfTrackPoint(int trackId, int frame) const {
    const auto it = curves_.find(trackId);
    if (it == curves_.end() || it->second.timeline.empty())
        return plotPositionOfFrame(frame);
    const Curve& curve = it->second;
    const int index = curve.timeline.pointNearestTo(frame);
    return QPoint(int(std::lround(plot_->xAxis->coordToPixel(curve.timeline.points()[size_t(index)].frame))),
                  int(std::lround(plot_->yAxis->coordToPixel(curve.smoothed[size_t(index)]))));
}

void ScoreTimeline::handlePress(const QPointF& position) {
    const double key = plot_->xAxis->pixelToCoord(position.x());
    // The nearest curve within QCustomPlot's selection tolerance (a few pixels), if any.
    QCPAbstractPlottable* hit = plot_->plottableAt(position, true);
    for (const auto& [id, curve] : curves_) {
        if (curve.graph != hit || curve.timeline.empty())
            continue;
        const int frame = curve.timeline.points()[size_t(curve.timeline.pointNearestTo(int(std::lround(key))))].frame;
        emit trackClicked(id, frame);
        emit frameClicked(frame);
        return;
    }
    emit frameClicked(std::clamp(int(std::lround(key)), 0, frameCount_ - 1));
}

} // namespace fakelens::ui
