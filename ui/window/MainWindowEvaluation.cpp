#include "window/MainWindow.h"

#include "evaluate/EvaluationController.h"
#include "evaluate/EvaluationPanel.h"
#include "explain/ExplanationPanel.h"
#include "session/WorkbenchSession.h"
#include "widgets/MessageBar.h"
#include "window/WorkbenchActions.h"

#include <QAction>
#include <QStatusBar>
#include <QTabWidget>

// The Evaluation tab's wiring, kept apart from MainWindow.cpp so that each file stays readable.
namespace fakelens::ui {

void MainWindow::connectEvaluation() {
    const AppSettings& settings = session_->settings();
    evaluationPanel_->setCheckedMethods(settings.evaluationMethods, settings.evaluationRandomBaseline);
    evaluationPanel_->setParameters(settings.evaluationTopK, settings.evaluationAttackIterations, settings.evaluationSamples);
    connect(actions_->evaluate, &QAction::triggered, this, &MainWindow::evaluateSelectedFace);
    connect(evaluationPanel_, &EvaluationPanel::evaluateRequested, this, &MainWindow::evaluateSelectedFace);
    connect(evaluationPanel_, &EvaluationPanel::stopRequested, this, [this] { session_->evaluations().cancel(); });
    connect(evaluationPanel_, &EvaluationPanel::parametersChanged, this, [this] {
        AppSettings& s = session_->mutableSettings();
        s.evaluationTopK = evaluationPanel_->topK();
        s.evaluationAttackIterations = evaluationPanel_->attackIterations();
        s.evaluationSamples = evaluationPanel_->samples();
        emit settingsChanged();
    });

    EvaluationController& evaluations = session_->evaluations();
    connect(&evaluations, &EvaluationController::started, this, [this](const EvaluationSubject& subject) {
        evaluateFraction_ = 0;
        evaluateStage_.clear();
        evaluationPanel_->showRunning(subject);
        evaluationPanel_->setRunning(true);
        updateTaskStatus();
    });
    connect(&evaluations, &EvaluationController::progressed, this, [this](double fraction, const QString& stage) {
        evaluateFraction_ = fraction;
        evaluateStage_ = stage;
        updateTaskStatus();
    });
    connect(&evaluations, &EvaluationController::finished, this,
            [this](std::shared_ptr<const FaceEvaluation> result, const EvaluationSubject& subject) {
                evaluationPanel_->showResult(std::move(result), subject);
                evaluationPanel_->setRunning(false);
                updateTaskStatus();
            });
    connect(&evaluations, &EvaluationController::failed, this, [this](const QString& message) {
        evaluationPanel_->setStatusText(tr("The evaluation failed: %1").arg(message));
        evaluationPanel_->setRunning(false);
        showError(message);
    });
    connect(&evaluations, &EvaluationController::cancelled, this, [this] {
        evaluationPanel_->setStatusText(tr("Evaluation cancelled."));
        evaluationPanel_->setRunning(false);
        statusBar()->showMessage(tr("Evaluation cancelled."), 4000);
        updateTaskStatus();
    });
    connect(&evaluations, &EvaluationController::cleared, this, [this] {
        evaluationPanel_->clear(tr("The face or frame changed: press Evaluate to evaluate the selected face."));
        evaluationPanel_->setRunning(false);
        updateTaskStatus();
    });
    connect(&evaluations, &EvaluationController::runningChanged, this, [this] { updateTaskStatus(); });
}

void MainWindow::evaluateSelectedFace() {
    messageBar_->dismiss();
    AppSettings& s = session_->mutableSettings();
    s.evaluationTopK = evaluationPanel_->topK();
    s.evaluationAttackIterations = evaluationPanel_->attackIterations();
    s.evaluationSamples = evaluationPanel_->samples();
    explanationPanel_->tabs()->setCurrentWidget(evaluationPanel_);
    session_->evaluateSelectedFace(evaluationPanel_->checkedMethods(), evaluationPanel_->randomBaseline());
    emit settingsChanged();
}

} // namespace fakelens::ui
