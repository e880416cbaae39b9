#pragma once

#include "explain/ExplanationRunner.h"
#include "models/ModelCard.h"

#include <QImage>
#include <QVector>
#include <QWidget>

#include <memory>

class QCustomPlot;
class QCPItemRect;
class QCPItemStraightLine;
class QLabel;

namespace fakelens::ui {

// The adversarial sample behind the _adv explanations: the face, the NES sample, their
// difference amplified to be visible (with its L∞ in 1/255 units), and P(real) per NES
// iteration against the model's decision threshold.
class AdversarialPanel : public QWidget {
    Q_OBJECT

public:
    explicit AdversarialPanel(QWidget* parent = nullptr);

    // `card`: the loaded detector's; its threshold (and inconclusive band, shaded) are drawn on
    // the P(real) chart and its call names what the detector says about the sample.
    void showReport(const ExplainReport& report, const ModelCard& card);
    void clear(const QString& reason);

    bool hasSample() const { return !adversarial_.isNull(); }
    const QImage& originalImage() const { return original_; }
    const QImage& adversarialImage() const { return adversarial_; }
    const QImage& differenceImage() const { return difference_; }
    QString summaryText() const;
    int curvePointCount() const;
    // The NES chart's iteration ticks as last drawn.
    QVector<double> curveTicks() const;
    // The difference image's amplification (as in the report); 0 without a sample.
    double differenceGain() const { return gain_; }
    // True while the chart shades the card's inconclusive band.
    bool showsBand() const;

private:
    QLabel* makeTile(const QString& objectName);
    void setTile(QLabel* tile, const QImage& image);
    static QString sampleVerdict(const NesResult& nes, const ModelCard& card);

    QLabel* originalTile_;
    QLabel* adversarialTile_;
    QLabel* differenceTile_;
    QLabel* differenceCaption_;
    QLabel* summary_;
    QCustomPlot* curve_;
    QCPItemStraightLine* thresholdLine_;
    QCPItemRect* band_;
    QImage original_;
    QImage adversarial_;
    QImage difference_;
    double gain_ = 0;
};

} // namespace fakelens::ui
