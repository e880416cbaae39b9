#include "evaluate/EvaluationChart.h"

#include "widgets/WheelPassThrough.h"

#include "evaluate/Rankings.h"
#include "widgets/VerdictColors.h"
#include "widgets/VerdictWords.h"

#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace fakelens::ui {

namespace {

const QColor kClassic(31, 119, 180);
const QColor kAdversarial(230, 120, 20);
const QColor kRandom(130, 130, 130);

// Lighter for k = 1, darker for k = K, so the bars of one k read as one step of a staircase.
QColor shade(const QColor& base, int k, int topK) {
    const double t = topK > 1 ? double(k - 1) / (topK - 1) : 0.5;
    const QColor light = base.lighter(165);
    const QColor dark = base.darker(135);
    return QColor::fromRgbF(float(light.redF() + t * (dark.redF() - light.redF())),
                            float(light.greenF() + t * (dark.greenF() - light.greenF())),
                            float(light.blueF() + t * (dark.blueF() - light.blueF())));
}

QString baseOf(const QString& method) {
    return method.endsWith(QLatin1String("_adv")) ? method.left(method.size() - 4) : method;
}

} // namespace

EvaluationChart::EvaluationChart(Measure measure, bool withLegend, QWidget* parent)
    : QWidget(parent), measure_(measure), withLegend_(withLegend), plot_(new QCustomPlot(this)) {
    WheelPassThrough::install(plot_); // the wheel scrolls the evaluation pane, the chart does not zoom
    plot_->setObjectName(measure == Measure::FakeProbabilityAfter ? QStringLiteral("evaluationVerdictChart")
                                                                 : QStringLiteral("evaluationSufficiencyChart"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot_);

    QFont titleFont = font();
    titleFont.setBold(true);
    plot_->plotLayout()->insertRow(0);
    title_ = new QCPTextElement(plot_, titleText(false), titleFont);
    plot_->plotLayout()->addElement(0, 0, title_);
    if (withLegend_) {
        plot_->legend->setVisible(true);
        plot_->axisRect()->insetLayout()->take(plot_->legend);
        plot_->plotLayout()->insertRow(1);
        plot_->plotLayout()->addElement(1, 0, plot_->legend);
        plot_->plotLayout()->setRowStretchFactor(1, 0.001);
        plot_->legend->setBorderPen(Qt::NoPen);
        plot_->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        plot_->legend->setFont(small);
        plot_->legend->setMargins(QMargins(2, 0, 2, 0));
    }
    plot_->plotLayout()->setRowStretchFactor(0, 0.001);
    setUpAxes();
    clear();
}

QWidget* EvaluationChart::plotWidget() const { return plot_; }

QString EvaluationChart::titleText(bool band) const {
    if (measure_ == Measure::Sufficiency)
        return tr("Sufficiency: how much P(fake) dropped (higher: the explanation found what matters)");
    return band ? tr("P(fake) after attacking the top-k segments (in the shaded band: inconclusive)")
                : tr("P(fake) after attacking the top-k segments (below the red line: now called real)");
}

QString EvaluationChart::title() const { return title_->text(); }

std::pair<double, double> EvaluationChart::valueRange() const { return {plot_->yAxis->range().lower, plot_->yAxis->range().upper}; }

void EvaluationChart::setUpAxes() {
    if (measure_ == Measure::FakeProbabilityAfter) {
        plot_->yAxis->setLabel(tr("P(fake) after"));
        plot_->yAxis->setRange(0, 1.0);
    } else {
        plot_->yAxis->setLabel(tr("P(fake) drop"));
        plot_->yAxis->setRange(0, 1.0);
    }
    plot_->xAxis->setTickLength(0, 3);
    plot_->xAxis->grid()->setVisible(false);
}

void EvaluationChart::clear() {
    values_.clear();
    bandShown_ = false;
    plot_->clearPlottables();
    plot_->clearItems();
    plot_->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTickerText));
    plot_->xAxis->setRange(-0.5, 0.5);
    setUpAxes();
    plot_->replot();
}

void EvaluationChart::showEvaluation(const FaceEvaluation& evaluation, const ModelCard& card) {
    clear();
    const double threshold = card.threshold;
    const bool band = measure_ == Measure::FakeProbabilityAfter && card.hasInconclusiveBand;
    title_->setText(titleText(band));
    if (evaluation.methods.empty())
        return;
    int topK = 0;
    for (const MethodEvaluation& m : evaluation.methods)
        topK = std::max(topK, int(m.attacks.size()));
    if (topK == 0)
        return;

    // The groups, in the order the methods were evaluated; RANDOM last.
    QStringList groups;
    bool hasRandom = false;
    for (const MethodEvaluation& m : evaluation.methods) {
        const QString name = QString::fromStdString(m.method);
        if (name == QLatin1String(kRandomMethod)) {
            hasRandom = true;
            continue;
        }
        if (!groups.contains(baseOf(name)))
            groups << baseOf(name);
    }
    if (hasRandom)
        groups << QString::fromLatin1(kRandomMethod);

    // One series per (form, k), created classic first so the legend reads row by row.
    const int slotCount = 2 * topK;
    const double groupWidth = 0.84;
    const double slotWidth = groupWidth / slotCount;
    auto makeSeries = [&](const QString& name, const QColor& color, bool inLegend) {
        auto* bars = new QCPBars(plot_->xAxis, plot_->yAxis);
        bars->setName(name);
        bars->setWidth(slotWidth * 0.92);
        bars->setBrush(color);
        bars->setPen(QPen(color.darker(150), 0.8));
        if (!inLegend)
            bars->removeFromLegend();
        return bars;
    };
    // The threshold and the face's P(fake) before the attack are lines across the chart, in the
    // legend at the end of the classic and the _adv row.
    auto makeLine = [&](double y, const QString& name, const QPen& pen) {
        QCPGraph* line = plot_->addGraph();
        line->setName(name);
        line->setPen(pen);
        line->setData({-0.5, double(groups.size()) - 0.5}, {y, y});
        if (!withLegend_)
            line->removeFromLegend();
    };
    const bool verdict = measure_ == Measure::FakeProbabilityAfter;
    std::vector<QCPBars*> classic, adversarial, random;
    for (int k = 1; k <= topK; ++k)
        classic.push_back(makeSeries(tr("classic, k = %1").arg(k), shade(kClassic, k, topK), true));
    if (verdict)
        makeLine(threshold,
                 band ? tr("threshold %1").arg(threshold, 0, 'f', 2)
                      : tr("threshold %1 (below: called real)").arg(threshold, 0, 'f', 2),
                 QPen(fakeColor(), 1.5, Qt::DashLine));
    for (int k = 1; k <= topK; ++k)
        adversarial.push_back(makeSeries(tr("_adv, k = %1").arg(k), shade(kAdversarial, k, topK), true));
    if (verdict)
        makeLine(evaluation.fakeProbability, tr("P(fake) before the attack, %1").arg(evaluation.fakeProbability, 0, 'f', 3),
                 QPen(QColor(80, 80, 80), 1.2, Qt::DotLine));
    for (int k = 1; k <= topK; ++k)
        random.push_back(makeSeries(tr("RANDOM, k = %1").arg(k), shade(kRandom, k, topK), false));
    if (band)
        addBand(card, int(groups.size()));
    if (withLegend_) {
        plot_->legend->setWrap(verdict ? topK + 1 : topK);
        plot_->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true);
    }

    double low = 0, high = 0;
    for (const MethodEvaluation& m : evaluation.methods) {
        const QString name = QString::fromStdString(m.method);
        const bool isRandom = name == QLatin1String(kRandomMethod);
        const bool isAdversarial = name.endsWith(QLatin1String("_adv"));
        const int group = int(groups.indexOf(isRandom ? name : baseOf(name)));
        for (const AttackOutcome& outcome : m.attacks) {
            const int k = outcome.k;
            if (k < 1 || k > topK)
                continue;
            const double value =
                measure_ == Measure::FakeProbabilityAfter ? outcome.fakeProbabilityAfter : outcome.sufficiency;
            double offset;
            QCPBars* series;
            if (isRandom) {
                // The baseline has one form: its k bars sit in the middle of its group.
                offset = (k - 1 - (topK - 1) / 2.0) * slotWidth * 2;
                series = random[size_t(k - 1)];
                series->setWidth(slotWidth * 1.6);
            } else {
                const int slot = 2 * (k - 1) + (isAdversarial ? 1 : 0);
                offset = (slot - (slotCount - 1) / 2.0) * slotWidth;
                series = (isAdversarial ? adversarial : classic)[size_t(k - 1)];
            }
            series->addData(group + offset, value);
            values_.insert({name, k}, value);
            low = std::min(low, value);
            high = std::max(high, value);
        }
    }

    auto ticker = QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText);
    for (int g = 0; g < groups.size(); ++g)
        ticker->addTick(g, groups[g]);
    plot_->xAxis->setTicker(ticker);
    plot_->xAxis->setRange(-0.5, groups.size() - 0.5);

    // The range comes from the data: every bar and (for the verdict) the threshold and the face's
    // P(fake) before the attack stay in view, with a little headroom; a fixed 0..1 would flatten
    // bars of a few hundredths into slivers.
    const double top = verdict ? std::max({high, threshold, evaluation.fakeProbability, band ? card.inconclusiveHigh : 0.0})
                               : high;
    const double headroom = std::max(top * 0.12, 1e-3);
    const double bottom = low < 0 ? low - headroom * 0.5 : 0.0;
    plot_->yAxis->setRange(bottom, verdict ? std::min(1.0, top + headroom) : top + headroom);
    if (!verdict) {
        auto* zero = new QCPItemStraightLine(plot_);
        zero->point1->setCoords(0, 0);
        zero->point2->setCoords(1, 0);
        zero->setPen(QPen(QColor(60, 60, 60), 1));
    }
    plot_->replot();
}

void EvaluationChart::addBand(const ModelCard& card, int groupCount) {
    // A bar inside the band is a face the card calls inconclusive: shaded in the face list's
    // colour for that word, behind the bars, with a legend entry that names it.
    auto* rect = new QCPItemRect(plot_);
    rect->setLayer(QStringLiteral("grid"));
    rect->topLeft->setCoords(-0.5, card.inconclusiveHigh);
    rect->bottomRight->setCoords(groupCount - 0.5, card.inconclusiveLow);
    rect->setBrush(inconclusiveBandShade());
    rect->setPen(Qt::NoPen);
    QCPGraph* legendEntry = plot_->addGraph(); // no data: it only shows the shade in the legend
    // The word alone: a legend cell is about as wide as "classic, k = 1"; the evidence panel
    // states the band's ends.
    legendEntry->setName(VerdictWords::of(FaceCall::Inconclusive));
    legendEntry->setPen(QPen(inconclusiveColor(), 6));
    if (!withLegend_)
        legendEntry->removeFromLegend();
    bandShown_ = true;
}

std::optional<double> EvaluationChart::barValue(const QString& method, int k) const {
    const auto it = values_.find({method, k});
    if (it == values_.end())
        return std::nullopt;
    return *it;
}

} // namespace fakelens::ui
