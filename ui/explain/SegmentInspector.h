#pragma once

#include "explain/ExplanationRunner.h"

#include <QWidget>

#include <memory>
#include <vector>

class QLabel;

namespace fakelens::ui {

// How one method judged one segment.
struct SegmentReading {
    QString method;     // a display name (base or "_adv" form)
    double score = 0;   // the method's raw segment score
    int rank = 0;       // 1 = most important for "fake"
    int rankCount = 0;
};

// Shows, for the segment under the cursor (or, with none, the pinned one), its share of the
// face and its score and rank under each method of the explanation; a pinned segment keeps a
// short line of its own while another one is hovered, for comparison.
class SegmentInspector : public QWidget {
    Q_OBJECT

public:
    explicit SegmentInspector(QWidget* parent = nullptr);

    // Ends a running state (setRunning).
    void setReport(std::shared_ptr<const ExplainReport> report);
    // With no report yet: an explanation is being computed, so the hint says so instead of asking
    // for one.
    void setRunning(bool running);
    // Reads out `hovered`, or `pinned` when nothing is hovered (-1 for none: shows a hint).
    void inspect(int hovered, int pinned);

    int segment() const { return segment_; }
    double areaFraction() const { return areaFraction_; }
    const std::vector<SegmentReading>& readings() const { return readings_; }
    QString text() const;

    // The segment's reading under every method of a report (also used by tests).
    static std::vector<SegmentReading> readingsFor(const ExplainReport& report, int segment);

private:
    QLabel* label_;
    std::shared_ptr<const ExplainReport> report_;
    bool running_ = false;
    int segment_ = -1;
    double areaFraction_ = 0;
    std::vector<SegmentReading> readings_;
};

} // namespace fakelens::ui
