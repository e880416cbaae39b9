#include "explain/AdversarialPanel.h"

#include "ImageConversion.h"
#include "report/ReportFigures.h"
#include "widgets/WheelPassThrough.h"
#include "widgets/VerdictColors.h"
#include "widgets/VerdictWords.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <opencv2/core.hpp>

#include <qcustomplot.h>

namespace fakelens::ui {

namespace {
constexpr int kTileSize = 160;
}

AdversarialPanel::AdversarialPanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("adversarialPanel"));
    originalTile_ = makeTile(QStringLiteral("originalTile"));
    adversarialTile_ = makeTile(QStringLiteral("adversarialTile"));
    differenceTile_ = makeTile(QStringLiteral("differenceTile"));
    differenceCaption_ = new QLabel(this);
    differenceCaption_->setAlignment(Qt::AlignCenter);
    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("adversarialSummary"));
    summary_->setWordWrap(true);

    curve_ = new QCustomPlot(this);
    curve_->setObjectName(QStringLiteral("nesCurve"));
    curve_->setMinimumHeight(170);
    // A few dozen points at most: a chart as tall as the pane would only stretch them.
    curve_->setMaximumHeight(300);
    WheelPassThrough::install(curve_);
    // Iterations are whole numbers: no tick at 0.5.
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1.0);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    curve_->xAxis->setTicker(ticker);
    curve_->xAxis->setLabel(tr("NES iteration"));
    curve_->yAxis->setLabel(tr("P(real)"));
    curve_->yAxis->setRange(0, 1.02);
    curve_->addGraph();
    curve_->graph(0)->setPen(QPen(realColor(), 2));
    curve_->graph(0)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));
    thresholdLine_ = new QCPItemStraightLine(curve_);
    thresholdLine_->setPen(QPen(fakeColor(), 1, Qt::DashLine));
    thresholdLine_->point1->setCoords(0, 0.5);
    thresholdLine_->point2->setCoords(1, 0.5);
    // The card's inconclusive band, in P(real): shaded across the chart, hidden without a band.
    band_ = new QCPItemRect(curve_);
    band_->topLeft->setTypeX(QCPItemPosition::ptAxisRectRatio);
    band_->bottomRight->setTypeX(QCPItemPosition::ptAxisRectRatio);
    band_->setBrush(inconclusiveBandShade());
    band_->setPen(Qt::NoPen);
    band_->setLayer(QStringLiteral("grid")); // under the curve
    band_->setVisible(false);

    auto* grid = new QGridLayout;
    const QStringList captions = {tr("face"), tr("adversarial sample"), tr("difference (amplified)")};
    QLabel* tiles[] = {originalTile_, adversarialTile_, differenceTile_};
    for (int i = 0; i < 3; ++i) {
        auto* caption = new QLabel(captions[i], this);
        caption->setAlignment(Qt::AlignCenter);
        grid->addWidget(caption, 0, i);
        grid->addWidget(tiles[i], 1, i, Qt::AlignCenter);
    }
    grid->addWidget(differenceCaption_, 2, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(summary_);
    layout->addWidget(curve_);
    layout->addStretch(1);
    clear(tr("No adversarial sample yet."));
}

QLabel* AdversarialPanel::makeTile(const QString& objectName) {
    auto* tile = new QLabel(this);
    tile->setObjectName(objectName);
    tile->setFixedSize(kTileSize, kTileSize);
    tile->setAlignment(Qt::AlignCenter);
    tile->setStyleSheet(QStringLiteral("background: #18181c; color: #bbb;"));
    return tile;
}

void AdversarialPanel::setTile(QLabel* tile, const QImage& image) {
    if (image.isNull()) {
        tile->setPixmap(QPixmap());
        tile->setText(QStringLiteral("—"));
        return;
    }
    tile->setPixmap(QPixmap::fromImage(image.scaled(kTileSize, kTileSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void AdversarialPanel::showReport(const ExplainReport& report, const ModelCard& card) {
    if (!report.adversarial) {
        clear(tr("This explanation has no adversarial form."));
        return;
    }
    const NesResult& nes = *report.adversarial;
    original_ = toQImage(report.image);
    adversarial_ = toQImage(nes.adversarial);
    // The report's figure (signed, mid grey = unchanged) with the same whole-number gain, so the
    // window and the report show the same picture and say the same factor.
    double gain = 1.0;
    difference_ = perturbationFigure(report.image, nes.adversarial, &gain);
    gain_ = gain;
    setTile(originalTile_, original_);
    setTile(adversarialTile_, adversarial_);
    setTile(differenceTile_, difference_);
    differenceCaption_->setText(tr("amplified ×%1, mid grey = unchanged\nL∞ = %2 / 255")
                                    .arg(gain, 0, 'f', 0)
                                    .arg(nes.linf * 255.0, 0, 'f', 1));

    summary_->setText(tr("NES: %1 iterations, %2 model inferences, %3 s. P(real) of the sample %4: the detector %5.")
                          .arg(nes.iterations)
                          .arg(nes.inferences)
                          .arg(nes.seconds, 0, 'f', 1)
                          .arg(nes.finalRealProbability, 0, 'f', 3)
                          .arg(sampleVerdict(nes, card)));

    QVector<double> x, y;
    for (size_t i = 0; i < nes.realProbabilityCurve.size(); ++i) {
        x << double(i);
        y << nes.realProbabilityCurve[i];
    }
    curve_->graph(0)->setData(x, y);
    curve_->xAxis->setRange(0, std::max(1.0, double(x.size() - 1)));
    // P(real) must rise above 1 - threshold for the verdict to become "real".
    thresholdLine_->point1->setCoords(0, 1.0 - card.threshold);
    thresholdLine_->point2->setCoords(1, 1.0 - card.threshold);
    band_->setVisible(card.hasInconclusiveBand);
    band_->topLeft->setCoords(0, 1.0 - card.inconclusiveLow);
    band_->bottomRight->setCoords(1, 1.0 - card.inconclusiveHigh);
    curve_->replot();
}

QString AdversarialPanel::sampleVerdict(const NesResult& nes, const ModelCard& card) {
    // Whether the attack flipped the verdict is the engine's (the paper's) test, P(fake) below
    // the threshold; what the detector calls the sample is the card's call, band included.
    const FaceCall call = card.call(1.0 - nes.finalRealProbability);
    if (call == FaceCall::Inconclusive)
        return tr("calls it %1 (its P(fake) is inside the model card's band %2–%3)")
            .arg(VerdictWords::of(call))
            .arg(card.inconclusiveLow, 0, 'f', 2)
            .arg(card.inconclusiveHigh, 0, 'f', 2);
    return nes.flipped ? tr("calls it real (the attack flipped the verdict)")
                       : tr("still calls it fake (not flipped within the iteration limit)");
}

bool AdversarialPanel::showsBand() const { return band_->visible(); }

void AdversarialPanel::clear(const QString& reason) {
    original_ = adversarial_ = difference_ = QImage();
    gain_ = 0;
    setTile(originalTile_, {});
    setTile(adversarialTile_, {});
    setTile(differenceTile_, {});
    differenceCaption_->clear();
    summary_->setText(reason);
    curve_->graph(0)->data()->clear();
    curve_->replot();
}

QString AdversarialPanel::summaryText() const { return summary_->text() + QLatin1Char('\n') + differenceCaption_->text(); }

int AdversarialPanel::curvePointCount() const { return curve_->graph(0)->dataCount(); }

QVector<double> AdversarialPanel::curveTicks() const { return curve_->xAxis->tickVector(); }

} // namespace fakelens::ui
