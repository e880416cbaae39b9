#pragma once

#include "evaluate/FaceEvaluator.h"

#include <QMap>
#include <QPair>
#include <QString>
#include <QWidget>

#include <optional>

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

    void showEvaluation(const FaceEvaluation& evaluation, double threshold);
    void clear();

    Measure measure() const { return measure_; }
    // How many bars are drawn, and the value of one (method as named in the evaluation, k from 1).
    int barCount() const { return int(values_.size()); }
    std::optional<double> barValue(const QString& method, int k) const;
    QWidget* plotWidget() const;
    // The value axis as shown (lower, upper).
    std::pair<double, double> valueRange() const;

private:
    void setUpAxes();

    Measure measure_;
    bool withLegend_;
    QCustomPlot* plot_;
    QMap<QPair<QString, int>, double> values_;
};

} // namespace fakelens::ui
