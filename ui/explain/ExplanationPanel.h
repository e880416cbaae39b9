#pragma once

#include "explain/ExplanationRunner.h"
#include "report/SaliencyScale.h"
#include "models/ModelCard.h"
#include "session/ExplanationController.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;
class QSpinBox;
class QTabWidget;

namespace fakelens::ui {

class AdversarialPanel;
class ColorLegend;
class HeatmapView;
class SegmentInspector;
class SegmentOutlines;
struct FigureContext;
class ZoomPanState;

// The right-hand panel: the classic explanation (left) and its adversarial form (right) over the
// same face, zoomed and panned together, with a shared opacity slider, the colour legend, the
// top-k outline control and the segment inspector; a second tab shows the adversarial sample.
class ExplanationPanel : public QWidget {
    Q_OBJECT

public:
    explicit ExplanationPanel(QWidget* parent = nullptr);
    ~ExplanationPanel() override;

    void showRunning(const ExplanationSubject& subject);
    void showReport(std::shared_ptr<const ExplainReport> report, const ExplanationSubject& subject);
    // The loaded detector's card: its call (threshold and inconclusive band) is the verdict the
    // header and the adversarial sample's summary state.
    void setModelCard(const ModelCard& card);
    // Removes the shown explanation; `reason` says why (or what to do next).
    void clear(const QString& reason);
    // A one-line state under the header ("cancelled", an error, ...) that keeps what is shown.
    void setStatusText(const QString& text);
    // A run that ended without a result (failed, cancelled): `text` says why; an earlier result stays.
    void showStopped(const QString& text);
    QString statusText() const;

    void setOpacity(double opacity);
    double opacity() const;
    void setTopSegments(int k);
    int topSegments() const;
    // The heatmap colours (ui/settings/ColorMaps.h keys; "jet", the engine's, by default).
    void setColorMap(const QString& key);
    QString colorMap() const { return colorMap_; }
    // Both maps of the pair on one colour scale (the default), or each on its own.
    void setScaleMode(ScaleMode mode);
    ScaleMode scaleMode() const { return scaleMode_; }
    // The raw values at the ends of each shown map's colours (classic first).
    const std::vector<SaliencyRange>& displayRanges() const { return ranges_; }
    // What exported figures name as their source: the evidence file's SHA-256 and the seed.
    void setEvidence(const QString& sha256, std::uint64_t seed);
    // The exports behind the Export buttons, without their file dialogs (tests call them).
    bool writeViewPng(int index, const QString& path) const;
    bool writeComparison(const QString& path) const; // .svg: SVG, else PNG

    HeatmapView* classicView() const { return classicView_; }
    HeatmapView* adversarialView() const { return adversarialView_; }
    SegmentInspector* inspector() const { return inspector_; }
    AdversarialPanel* adversarialPanel() const { return adversarialPanel_; }
    QTabWidget* tabs() const { return tabs_; }
    ZoomPanState* zoom() const { return zoom_; }
    ColorLegend* legend() const { return legend_; }
    std::shared_ptr<const ExplainReport> report() const { return report_; }
    int hoveredSegment() const { return hovered_; }
    int pinnedSegment() const { return pinned_; }
    QString headerText() const;

public Q_SLOTS:
    void flipOverlay();
    void zoomIn();
    void zoomOut();
    void toggleFitActual();

Q_SIGNALS:
    void opacityChanged(double opacity);
    void topSegmentsChanged(int k);

private:
    QString subjectText(const ExplanationSubject& subject) const;
    QWidget* buildExplanationTab();
    QWidget* makeViewColumn(HeatmapView* view, QLabel* title, int index);
    void zoomBy(double factor);
    void hoverPixel(const QPoint& pixel);
    void clickPixel(const QPoint& pixel);
    void refreshHighlights();
    void recolour();
    FigureContext figureContext(int index) const;
    QString unitsOf(const std::string& method) const;
    void exportView(int index);
    void exportComparison();

    ZoomPanState* zoom_;
    QLabel* header_;
    ModelCard card_; // the loaded detector's: what the verdicts shown are called by
    QLabel* status_;
    QTabWidget* tabs_;
    HeatmapView* classicView_;
    HeatmapView* adversarialView_;
    QLabel* classicTitle_;
    QLabel* adversarialTitle_;
    QSlider* opacity_;
    QCheckBox* showTop_;
    QSpinBox* topK_;
    SegmentInspector* inspector_;
    AdversarialPanel* adversarialPanel_;
    ColorLegend* legend_;
    QComboBox* scaleCombo_;
    QString colorMap_ = QStringLiteral("jet");
    ScaleMode scaleMode_ = ScaleMode::Shared;
    std::vector<SaliencyRange> ranges_;
    QString sha256_;
    std::uint64_t seed_ = 0;

    std::shared_ptr<const ExplainReport> report_;
    std::shared_ptr<const SegmentOutlines> outlines_;
    ExplanationSubject subject_;
    int hovered_ = -1;
    int pinned_ = -1;
};

} // namespace fakelens::ui
