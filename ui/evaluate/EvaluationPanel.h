#pragma once

#include "evaluate/EvaluationController.h"
#include "models/ModelCard.h"

#include <QMap>
#include <QStringList>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTableWidget;

namespace fakelens::ui {

class AttackedFacesView;
class EvaluationChart;

// The "Evaluation" tab of the explanation dock: tests the explanations of the selected face the
// way Tsigos et al. (2025) do. The investigator picks the methods (default all eight, plus the
// RANDOM baseline) and the attack's size; the result is a table (P(fake) after attacking the
// top-k segments of each method's ranking, and the sufficiency, for k = 1..K), the same numbers
// as bar charts with the classic and the _adv form side by side, and the attacked faces.
class EvaluationPanel : public QWidget {
    Q_OBJECT

public:
    explicit EvaluationPanel(QWidget* parent = nullptr);
    ~EvaluationPanel() override;

    // The picker: display names ("LIME", "LIME_adv", ...); an empty list checks all eight.
    void setCheckedMethods(const QStringList& methods, bool randomBaseline);
    QStringList checkedMethods() const; // in display order, the runnable ones
    // Methods that need the detector's gradients are disabled (with the reason) when the loaded
    // detector has none.
    void setDetectorGradients(bool gradients);
    // The loaded detector's card: its call (threshold and inconclusive band) is the verdict the
    // header, the table's colours, the charts and the attacked faces state.
    void setModelCard(const ModelCard& card);
    bool randomBaseline() const;
    void setParameters(int topK, int attackIterations, int samples);
    int topK() const;
    int attackIterations() const;
    int samples() const;

    void showRunning(const EvaluationSubject& subject);
    void showResult(std::shared_ptr<const FaceEvaluation> result, const EvaluationSubject& subject);
    // Removes the shown evaluation; `reason` says why (or what to do next).
    void clear(const QString& reason);
    // A one-line state under the header that keeps what is shown ("cancelled", an error, ...).
    void setStatusText(const QString& text);
    // While an evaluation runs the Evaluate button becomes Stop.
    void setRunning(bool running);

    std::shared_ptr<const FaceEvaluation> result() const { return result_; }
    QTableWidget* table() const { return table_; }
    EvaluationChart* verdictChart() const { return verdictChart_; }
    EvaluationChart* sufficiencyChart() const { return sufficiencyChart_; }
    AttackedFacesView* attackedFaces() const { return attacked_; }
    QPushButton* evaluateButton() const { return evaluate_; }
    QCheckBox* methodCheckBox(const QString& method) const { return methodBoxes_.value(method); }
    QString headerText() const;
    QString statusText() const;
    // Column of the table holding P(fake) after the top-k attack, and the sufficiency.
    static int fakeColumn(int k) { return k; }
    int sufficiencyColumn(int k) const { return shownTopK_ + k; }

Q_SIGNALS:
    void evaluateRequested();
    void stopRequested();
    void parametersChanged();

private:
    static constexpr int kRowHeight = 22; // the table is as tall as its rows: no inner scrolling

    QWidget* buildPicker();
    void fillTable(const FaceEvaluation& result); // EvaluationPanelTable.cpp
    QString subjectText(const EvaluationSubject& subject) const;

    QLabel* header_;
    QLabel* status_;
    QMap<QString, QCheckBox*> methodBoxes_;
    QCheckBox* random_;
    QSpinBox* topK_;
    QSpinBox* iterations_;
    QSpinBox* samples_;
    QPushButton* evaluate_;
    QScrollArea* scroll_;
    QLabel* summary_;
    QTableWidget* table_;
    EvaluationChart* verdictChart_;
    EvaluationChart* sufficiencyChart_;
    AttackedFacesView* attacked_;
    QWidget* results_;
    bool running_ = false;
    int shownTopK_ = 0;
    std::shared_ptr<const FaceEvaluation> result_;
    EvaluationSubject subject_;
    ModelCard card_;
};

} // namespace fakelens::ui
