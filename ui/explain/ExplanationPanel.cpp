#include "explain/ExplanationPanel.h"

#include "explain/ExplainerRegistry.h"

#include "ImageConversion.h"
#include "explain/AdversarialPanel.h"
#include "explain/ColorLegend.h"
#include "explain/HeatmapRenderer.h"
#include "explain/HeatmapView.h"
#include "settings/ColorMaps.h"
#include "explain/SegmentInspector.h"
#include "explain/SegmentOutlines.h"
#include "explain/ZoomPanState.h"
#include "widgets/VerdictWords.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace fakelens::ui {

namespace {
constexpr double kKeyZoomStep = 1.25;

std::vector<int> firstOf(const std::vector<int>& ranking, int k) {
    return std::vector<int>(ranking.begin(), ranking.begin() + std::min<size_t>(ranking.size(), size_t(std::max(0, k))));
}
} // namespace

ExplanationPanel::ExplanationPanel(QWidget* parent) : QWidget(parent), zoom_(new ZoomPanState(this)) {
    setObjectName(QStringLiteral("explanationPanel"));
    header_ = new QLabel(this);
    header_->setObjectName(QStringLiteral("explanationHeader"));
    header_->setWordWrap(true);
    QFont bold = header_->font();
    bold.setBold(true);
    header_->setFont(bold);
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("explanationStatus"));
    status_->setWordWrap(true);

    adversarialPanel_ = new AdversarialPanel(this);
    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("explanationTabs"));
    tabs_->addTab(buildExplanationTab(), tr("Explanation"));
    tabs_->addTab(adversarialPanel_, tr("Adversarial sample"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(header_);
    layout->addWidget(status_);
    layout->addWidget(tabs_, 1);
    clear(tr("Select a face, pick a method and press Explain (Ctrl+E)."));
}

ExplanationPanel::~ExplanationPanel() = default;

QWidget* ExplanationPanel::buildExplanationTab() {
    auto* page = new QWidget(this);
    classicView_ = new HeatmapView(zoom_, page);
    classicView_->setObjectName(QStringLiteral("classicView"));
    adversarialView_ = new HeatmapView(zoom_, page);
    adversarialView_->setObjectName(QStringLiteral("adversarialView"));
    classicTitle_ = new QLabel(page);
    adversarialTitle_ = new QLabel(page);

    auto* views = new QHBoxLayout;
    views->addWidget(makeViewColumn(classicView_, classicTitle_, 0), 1);
    views->addWidget(makeViewColumn(adversarialView_, adversarialTitle_, 1), 1);

    opacity_ = new QSlider(Qt::Horizontal, page);
    opacity_->setObjectName(QStringLiteral("opacitySlider"));
    opacity_->setRange(0, 100);
    opacity_->setValue(50);
    opacity_->setToolTip(tr("Heatmap opacity, shared by both views (Space flips the overlay off and on)"));
    showTop_ = new QCheckBox(tr("Outline top"), page);
    showTop_->setObjectName(QStringLiteral("showTopSegments"));
    showTop_->setChecked(true);
    topK_ = new QSpinBox(page);
    topK_->setObjectName(QStringLiteral("topSegmentsSpin"));
    topK_->setRange(1, 5);
    topK_->setValue(3);
    topK_->setSuffix(tr(" segments"));
    auto* fit = new QToolButton(page);
    fit->setText(tr("Fit / 100 %"));
    fit->setToolTip(tr("Toggle between fitting the face and one image pixel per screen pixel (F)"));

    scaleCombo_ = new QComboBox(page);
    scaleCombo_->setObjectName(QStringLiteral("colorScaleMode"));
    scaleCombo_->addItem(tr("Shared scale"), int(ScaleMode::Shared));
    scaleCombo_->addItem(tr("Scale per map"), int(ScaleMode::PerMap));
    scaleCombo_->setToolTip(tr("Shared: both maps of the pair on one colour scale, so a weaker map looks weaker. "
                               "Per map: each map stretched to its own minimum and maximum."));
    auto* compare = new QToolButton(page);
    compare->setObjectName(QStringLiteral("exportComparison"));
    compare->setText(tr("Export comparison…"));
    compare->setToolTip(tr("Save both maps with their colour scales and the inspector's values as one PNG or SVG"));

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Opacity"), page));
    controls->addWidget(opacity_, 1);
    controls->addSpacing(8);
    controls->addWidget(showTop_);
    controls->addWidget(topK_);
    controls->addSpacing(8);
    controls->addWidget(fit);
    auto* scaleRow = new QHBoxLayout;
    scaleRow->addWidget(new QLabel(tr("Colour scale"), page));
    scaleRow->addWidget(scaleCombo_);
    scaleRow->addStretch(1);
    scaleRow->addWidget(compare);

    inspector_ = new SegmentInspector(page);
    inspector_->setObjectName(QStringLiteral("segmentInspector"));

    auto* layout = new QVBoxLayout(page);
    layout->addLayout(views);
    layout->addLayout(controls);
    layout->addLayout(scaleRow);
    legend_ = new ColorLegend(page);
    layout->addWidget(legend_);
    layout->addWidget(inspector_);
    layout->addStretch(1);

    connect(opacity_, &QSlider::valueChanged, this, [this](int value) {
        classicView_->setOverlayOpacity(value / 100.0);
        adversarialView_->setOverlayOpacity(value / 100.0);
        emit opacityChanged(value / 100.0);
    });
    connect(showTop_, &QCheckBox::toggled, this, [this](bool on) {
        topK_->setEnabled(on);
        refreshHighlights();
    });
    connect(topK_, qOverload<int>(&QSpinBox::valueChanged), this, [this](int k) {
        refreshHighlights();
        emit topSegmentsChanged(k);
    });
    connect(fit, &QToolButton::clicked, this, &ExplanationPanel::toggleFitActual);
    connect(scaleCombo_, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { setScaleMode(ScaleMode(scaleCombo_->currentData().toInt())); });
    connect(compare, &QToolButton::clicked, this, &ExplanationPanel::exportComparison);
    for (HeatmapView* view : {classicView_, adversarialView_}) {
        view->setOverlayOpacity(0.5);
        connect(view, &HeatmapView::pixelHovered, this, &ExplanationPanel::hoverPixel);
        connect(view, &HeatmapView::pixelClicked, this, &ExplanationPanel::clickPixel);
    }
    return page;
}

QWidget* ExplanationPanel::makeViewColumn(HeatmapView* view, QLabel* title, int index) {
    auto* column = new QWidget(this);
    auto* save = new QToolButton(column);
    save->setText(tr("Export…"));
    save->setToolTip(tr("Save this view (face with heatmap) as a PNG image with a caption: method, colour scale, seed, "
                        "face, frame and evidence hash"));
    save->setAutoRaise(true);
    auto* top = new QHBoxLayout;
    top->addWidget(title, 1);
    top->addWidget(save);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(view, 1);
    connect(save, &QToolButton::clicked, this, [this, index] { exportView(index); });
    return column;
}

QString ExplanationPanel::headerText() const { return header_->text(); }

void ExplanationPanel::setModelCard(const ModelCard& card) { card_ = card; }

QString ExplanationPanel::subjectText(const ExplanationSubject& subject) const {
    if (!subject.method.isEmpty() && !methodDescriptor(subject.method.toStdString()).hasAdversarialForm) {
        if (subject.inVideo)
            return tr("%1 of face #%2, frame %3").arg(subject.method).arg(subject.faceId).arg(subject.frameIndex);
        return tr("%1 of face #%2").arg(subject.method).arg(subject.faceId);
    }
    if (subject.inVideo)
        return tr("%1 and %1_adv of face #%2, frame %3").arg(subject.method).arg(subject.faceId).arg(subject.frameIndex);
    return tr("%1 and %1_adv of face #%2").arg(subject.method).arg(subject.faceId);
}

QString ExplanationPanel::statusText() const { return status_->text(); }

void ExplanationPanel::setStatusText(const QString& text) {
    status_->setText(text);
    status_->setVisible(!text.isEmpty());
}

void ExplanationPanel::showStopped(const QString& text) {
    setStatusText(text);
    if (!report_)
        inspector_->setRunning(false);
}

void ExplanationPanel::showRunning(const ExplanationSubject& subject) {
    // The header keeps naming what is shown (an earlier result stays until the new one is in).
    if (!report_) {
        subject_ = subject;
        header_->setText(subjectText(subject));
        header_->show();
        inspector_->setRunning(true);
    }
    setStatusText(tr("Computing %1… (Esc or Cancel in the status bar stops it)").arg(subjectText(subject)));
}

void ExplanationPanel::showReport(std::shared_ptr<const ExplainReport> report, const ExplanationSubject& subject) {
    report_ = std::move(report);
    subject_ = subject;
    hovered_ = pinned_ = -1;
    // The verdict is the model card's call (its inconclusive band included), as in the face list.
    header_->setText(tr("%1 · P(fake) %2 (%3)")
                         .arg(subjectText(subject).toHtmlEscaped())
                         .arg(report_->fakeProbability, 0, 'f', 3)
                         .arg(VerdictWords::coloured(card_.call(report_->fakeProbability))));
    header_->show();
    // A face called real has no _adv form (the engine refuses it): say why the half is empty.
    setStatusText(subject.adversarialRefused);
    outlines_ = std::make_shared<const SegmentOutlines>(report_->segments);
    const QImage face = toQImage(report_->image);

    HeatmapView* views[] = {classicView_, adversarialView_};
    QLabel* titles[] = {classicTitle_, adversarialTitle_};
    for (int i = 0; i < 2; ++i) {
        if (i >= int(report_->explanations.size())) {
            const std::string base =
                report_->explanations.empty() ? std::string() : parseMethodName(report_->explanations.front().method).base;
            if (!base.empty() && !methodDescriptor(base).hasAdversarialForm)
                views[i]->clear(tr("%1 has no adversarial (_adv) form").arg(QString::fromStdString(base)));
            else
                views[i]->clear(subject.adversarialRefused.isEmpty()
                                    ? tr("not computed")
                                    : tr("not available: the detector calls this face %1")
                                          .arg(VerdictWords::of(card_.call(report_->fakeProbability))));
            titles[i]->clear();
            continue;
        }
        const Explanation& e = report_->explanations[size_t(i)];
        const QString method = QString::fromStdString(e.method);
        titles[i]->setProperty("method", method);
        titles[i]->setText(tr("<b>%1</b> · %2 inferences, %3 s")
                               .arg(method)
                               .arg(e.inferences)
                               .arg(e.seconds, 0, 'f', 1));
        views[i]->setImages(face, QImage());
        views[i]->setOutlines(outlines_);
    }
    recolour();
    inspector_->setReport(report_);
    if (report_->adversarial)
        adversarialPanel_->showReport(*report_, card_);
    else
        adversarialPanel_->clear(subject.adversarialRefused.isEmpty() ? tr("No adversarial sample in this explanation.")
                                                                      : subject.adversarialRefused);
    zoom_->fit();
    refreshHighlights();
}

void ExplanationPanel::clear(const QString& reason) {
    report_.reset();
    outlines_.reset();
    hovered_ = pinned_ = -1;
    header_->clear();
    header_->hide(); // the dock's title already says "Explanation"
    setStatusText(reason);
    classicTitle_->setText(tr("classic"));
    adversarialTitle_->setText(tr("adversarial (_adv)"));
    classicView_->clear(tr("classic explanation"));
    adversarialView_->clear(tr("adversarial explanation"));
    inspector_->setReport(nullptr);
    ranges_.clear();
    legend_->setScales({});
    adversarialPanel_->clear(tr("No adversarial sample yet."));
}

void ExplanationPanel::setOpacity(double opacity) { opacity_->setValue(int(std::lround(opacity * 100))); }

double ExplanationPanel::opacity() const { return opacity_->value() / 100.0; }

void ExplanationPanel::setTopSegments(int k) { topK_->setValue(k); }

void ExplanationPanel::setColorMap(const QString& key) {
    if (key == colorMap_)
        return;
    colorMap_ = key;
    legend_->setColorMap(key);
    recolour();
}

void ExplanationPanel::setScaleMode(ScaleMode mode) {
    scaleCombo_->setCurrentIndex(scaleCombo_->findData(int(mode)));
    if (mode == scaleMode_)
        return;
    scaleMode_ = mode;
    recolour();
}

void ExplanationPanel::setEvidence(const QString& sha256, std::uint64_t seed) {
    sha256_ = sha256;
    seed_ = seed;
}

void ExplanationPanel::recolour() {
    if (!report_)
        return;
    // The raw saliency, not the engine's per-map display copy: a shared scale needs raw values.
    const size_t shown = std::min<size_t>(2, report_->explanations.size());
    const std::vector<Explanation> pair(report_->explanations.begin(), report_->explanations.begin() + long(shown));
    ranges_ = fakelens::displayRanges(pair, scaleMode_);
    // One map (GRADCAM, or a method without an adversarial form) has nothing to share a scale with.
    scaleCombo_->setEnabled(shown > 1);
    const QImage face = toQImage(report_->image);
    HeatmapView* views[] = {classicView_, adversarialView_};
    QList<ColorLegend::Scale> scales;
    for (size_t i = 0; i < shown; ++i) {
        const Explanation& e = pair[i];
        views[i]->setImages(face, toQImage(ColorMaps::colors(scaleForDisplay(e.saliency, ranges_[i]), colorMap_)));
        const QString method = QString::fromStdString(e.method);
        if (scaleMode_ == ScaleMode::Shared && i > 0)
            continue; // one bar serves the pair
        const QString who = scaleMode_ == ScaleMode::Shared && shown > 1
                                ? tr("%1 and %2, shared scale").arg(method, QString::fromStdString(pair[1].method))
                                : tr("%1, own scale").arg(method);
        scales << ColorLegend::Scale{QStringLiteral("%1 · %2").arg(who, unitsOf(e.method)), ranges_[i]};
    }
    legend_->setScales(scales);
}

int ExplanationPanel::topSegments() const { return showTop_->isChecked() ? topK_->value() : 0; }

void ExplanationPanel::flipOverlay() {
    const bool visible = !classicView_->overlayVisible();
    classicView_->setOverlayVisible(visible);
    adversarialView_->setOverlayVisible(visible);
}

void ExplanationPanel::zoomBy(double factor) {
    // Zoom about the middle of the view, as the keyboard has no cursor position.
    const QSizeF size = QSizeF(classicView_->size());
    zoom_->zoomAt(factor, zoom_->centre(), QPointF(0, 0), size);
}

void ExplanationPanel::zoomIn() { zoomBy(kKeyZoomStep); }

void ExplanationPanel::zoomOut() { zoomBy(1.0 / kKeyZoomStep); }

void ExplanationPanel::toggleFitActual() { zoom_->toggleFitActual(); }

void ExplanationPanel::hoverPixel(const QPoint& pixel) {
    if (!outlines_)
        return;
    const int segment = pixel.x() < 0 ? -1 : outlines_->segmentAt(pixel.x(), pixel.y());
    if (segment == hovered_)
        return;
    hovered_ = segment;
    refreshHighlights();
}

void ExplanationPanel::clickPixel(const QPoint& pixel) {
    if (!outlines_)
        return;
    const int segment = outlines_->segmentAt(pixel.x(), pixel.y());
    pinned_ = segment == pinned_ ? -1 : segment; // clicking the pinned segment again unpins it
    refreshHighlights();
}

void ExplanationPanel::refreshHighlights() {
    if (!report_)
        return;
    const int k = topSegments();
    const auto& explanations = report_->explanations;
    if (!explanations.empty())
        classicView_->setHighlights(hovered_, pinned_, firstOf(explanations[0].ranking, k));
    if (explanations.size() > 1)
        adversarialView_->setHighlights(hovered_, pinned_, firstOf(explanations[1].ranking, k));
    inspector_->inspect(hovered_, pinned_);
}

} // namespace fakelens::ui
