#include "explain/SegmentInspector.h"

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace fakelens::ui {

SegmentInspector::SegmentInspector(QWidget* parent) : QWidget(parent) {
    label_ = new QLabel(this);
    label_->setObjectName(QStringLiteral("segmentInspectorText"));
    label_->setTextFormat(Qt::PlainText);
    label_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label_->setWordWrap(true);
    label_->setMinimumHeight(label_->fontMetrics().height() * 4 + 8);
    label_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label_);
    inspect(-1, -1);
}

void SegmentInspector::setReport(std::shared_ptr<const ExplainReport> report) {
    report_ = std::move(report);
    running_ = false;
    inspect(-1, -1);
}

void SegmentInspector::setRunning(bool running) {
    running_ = running;
    inspect(-1, -1);
}

std::vector<SegmentReading> SegmentInspector::readingsFor(const ExplainReport& report, int segment) {
    std::vector<SegmentReading> readings;
    for (const Explanation& e : report.explanations) {
        if (segment < 0 || segment >= int(e.segmentScores.size()))
            continue;
        SegmentReading r;
        r.method = QString::fromStdString(e.method);
        r.score = e.segmentScores[size_t(segment)];
        const auto at = std::find(e.ranking.begin(), e.ranking.end(), segment);
        r.rank = at == e.ranking.end() ? 0 : int(at - e.ranking.begin()) + 1;
        r.rankCount = int(e.ranking.size());
        readings.push_back(r);
    }
    return readings;
}

void SegmentInspector::inspect(int hovered, int pinned) {
    const int segment = hovered >= 0 ? hovered : pinned;
    segment_ = -1;
    readings_.clear();
    areaFraction_ = 0;
    if (!report_ || segment < 0 || segment >= report_->segments.count) {
        label_->setText(report_    ? tr("Hover over the face to inspect a segment; click to pin it.")
                        : running_ ? tr("Computing the explanation; its segments can be inspected when it is in.")
                                   : tr("No explanation yet: select a face and press Explain (Ctrl+E)."));
        return;
    }
    segment_ = segment;
    readings_ = readingsFor(*report_, segment);
    const cv::Mat& labels = report_->segments.labels;
    const double total = double(labels.total());
    if (segment < int(report_->segments.areas.size()) && total > 0)
        areaFraction_ = report_->segments.areas[size_t(segment)] / total;

    QStringList lines;
    lines << (segment == pinned ? tr("Segment %1 (pinned) · %2 % of the face") : tr("Segment %1 · %2 % of the face"))
                 .arg(segment)
                 .arg(areaFraction_ * 100.0, 0, 'f', 1);
    for (const SegmentReading& r : readings_)
        lines << tr("%1: score %2, rank %3 of %4").arg(r.method, QString::number(r.score, 'g', 4)).arg(r.rank).arg(r.rankCount);
    if (pinned >= 0 && pinned != segment && pinned < report_->segments.count) {
        QStringList ranks;
        for (const SegmentReading& r : readingsFor(*report_, pinned))
            ranks << tr("%1 rank %2").arg(r.method).arg(r.rank);
        lines << tr("Pinned: segment %1 · %2").arg(pinned).arg(ranks.join(QStringLiteral(" · ")));
    }
    label_->setText(lines.join(QLatin1Char('\n')));
}

QString SegmentInspector::text() const { return label_->text(); }

} // namespace fakelens::ui
