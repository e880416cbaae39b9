#pragma once

#include "evaluate/FaceEvaluator.h"
#include "models/ModelCard.h"

#include <QMap>
#include <QPair>
#include <QString>
#include <QWidget>

#include <optional>

class QCPTextElement;
class QCustomPlot;

namespace fakelens::ui {

// One bar chart of a face's evaluation in the manner of Figure 4 of Tsigos et al.: one group of
// bars per method (LIME, SHAP, SOBOL, RISE, then the RANDOM baseline); inside a group, for each
// k = 1..K the classic form and the _adv form side by side (blue and orange, darker for larger
// k). Either P(fake) after the top-k attack, against the model's threshold (a bar below the line
// is a face the detector now calls real), or the sufficiency (how much P(fake) dropped).
class EvaluationChart : public QWidget {
    Q_OBJECT

public:
    enum class Measure { FakeProbabilityAfter, Sufficiency };

    EvaluationChart(Measure measure, bool withLegend, QWidget* parent = nullptr);

    // `card`: the loaded detector's; the P(fake) chart draws its threshold and shades its
    // inconclusive band.
    void showEvaluation(const FaceEvaluation& evaluation, const ModelCard& card);
    void clear();

    Measure measure() const { return measure_; }
    // How many bars are drawn, and the value of one (method as named in the evaluation, k from 1).
    int barCount() const { return int(values_.size()); }
    std::optional<double> barValue(const QString& method, int k) const;
    QWidget* plotWidget() const;
    // The value axis as shown (lower, upper).
    std::pair<double, double> valueRange() const;
    QString title() const;
    // True while the card's inconclusive band is shaded (P(fake) chart, card with a band).
    bool showsBand() const { return bandShown_; }

private:
    void setUpAxes();
    QString titleText(bool band) const;
    void addBand(const ModelCard& card, int groupCount);

    Measure measure_;
    bool withLegend_;
    QCustomPlot* plot_;
    QCPTextElement* title_;
    bool bandShown_ = false;
    QMap<QPair<QString, int>, double> values_;
};

} // namespace fakelens::ui
