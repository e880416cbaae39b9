#include "window/MainWindow.h"

#include "explain/ExplanationPanel.h"
#include "session/ExplanationController.h"
#include "session/WorkbenchSession.h"
#include "widgets/MessageBar.h"
#include "window/WorkbenchActions.h"

#include <QStatusBar>

// The Explanation panel's wiring, kept apart from MainWindow.cpp so that each file stays readable.
namespace fakelens::ui {

void MainWindow::connectExplanations() {
    ExplanationController& explanations = session_->explanations();
    connect(&explanations, &ExplanationController::started, this, [this](const ExplanationSubject& subject) {
        explainFraction_ = 0;
        explainStage_.clear();
        explanationPanel_->showRunning(subject);
        updateTaskStatus();
    });
    connect(&explanations, &ExplanationController::progressed, this, [this](double fraction, const QString& stage) {
        explainFraction_ = fraction;
        explainStage_ = stage;
        updateTaskStatus();
    });
    connect(&explanations, &ExplanationController::finished, this,
            [this](std::shared_ptr<const ExplainReport> report, const ExplanationSubject& subject) {
                explanationPanel_->setEvidence(session_->media() ? session_->media()->sha256 : QString(),
                                               session_->settings().seed);
                explanationPanel_->showReport(std::move(report), subject);
                updateTaskStatus();
            });
    connect(&explanations, &ExplanationController::failed, this, [this](const QString& message) {
        explanationPanel_->showStopped(tr("The explanation failed: %1").arg(message));
        showError(message);
        updateTaskStatus();
    });
    connect(&explanations, &ExplanationController::cancelled, this, [this] {
        explanationPanel_->showStopped(tr("Explanation cancelled."));
        statusBar()->showMessage(tr("Explanation cancelled."), 4000);
        updateTaskStatus();
    });
    connect(&explanations, &ExplanationController::cleared, this, [this] {
        explanationPanel_->clear(tr("The face or frame changed: press Explain (Ctrl+E) to explain the selected face."));
        updateTaskStatus();
    });
    connect(&explanations, &ExplanationController::runningChanged, this, [this] { updateTaskStatus(); });
}

void MainWindow::explainSelectedFace() {
    messageBar_->dismiss();
    session_->explainSelectedFace(currentMethod());
}

} // namespace fakelens::ui
