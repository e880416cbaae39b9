#include "window/MainWindow.h"

#include "session/RobustnessController.h"
#include "session/WorkbenchSession.h"
#include "widgets/FaceListPanel.h"
#include "widgets/MessageBar.h"
#include "widgets/RobustnessDialog.h"
#include "window/WorkbenchActions.h"

#include <QAction>
#include <QStatusBar>

// The robustness re-test's wiring (Analyse › Test robustness), kept apart from MainWindow.cpp
// so that each file stays readable.
namespace fakelens::ui {

namespace {

QString captionOf(const RobustnessRequest& request) {
    return request.inVideo ? MainWindow::tr("Frame %1, face %2").arg(request.frameIndex).arg(request.faceId)
                           : MainWindow::tr("Face %1").arg(request.faceId);
}

} // namespace

void MainWindow::connectRobustness() {
    robustnessDialog_ = new RobustnessDialog(this);
    connect(actions_->testRobustness, &QAction::triggered, this, &MainWindow::testRobustness);
    RobustnessController& robustness = session_->robustness();
    connect(&robustness, &RobustnessController::started, this, [this](const RobustnessRequest& request) {
        robustnessDialog_->showRunning(captionOf(request));
        robustnessDialog_->show();
        robustnessDialog_->raise();
        statusBar()->showMessage(tr("Testing the robustness of the verdict…"));
    });
    connect(&robustness, &RobustnessController::finished, this,
            [this](std::shared_ptr<const RobustnessResult> result, const RobustnessRequest& request) {
                robustnessDialog_->showResult(*result, captionOf(request));
                // A kept result (this session's or the case's) comes without a start: show it.
                robustnessDialog_->show();
                robustnessDialog_->raise();
                showFaceList(session_->currentFrame()); // the face's flag
                faceList_->setSelectedFace(session_->selectedFace());
                statusBar()->showMessage(result->unstable ? tr("Robustness: the verdict is UNSTABLE.")
                                                          : tr("Robustness: the verdict is stable."),
                                         6000);
            });
    connect(&robustness, &RobustnessController::failed, this, [this](const QString& message) {
        robustnessDialog_->showMessage(tr("The robustness test failed: %1").arg(message));
        showError(message);
    });
    connect(&robustness, &RobustnessController::cancelled, this, [this] {
        robustnessDialog_->showMessage(tr("Robustness test cancelled."));
        statusBar()->showMessage(tr("Robustness test cancelled."), 4000);
    });
    connect(&robustness, &RobustnessController::cleared, this, [this] {
        robustnessDialog_->showMessage(tr("The face or frame changed: press Ctrl+R to test the selected face."));
    });
}

// The faces of the frame, those a kept robustness re-test (this session's or the case's) found
// unstable flagged, so an examiner sees them as page 1 of the report shows them, without
// opening each face's re-test.
void MainWindow::showFaceList(const FrameAnalysis& frame) {
    QSet<int> unstable;
    for (const AnalysedFace& face : frame.faces) {
        const RememberedRobustness* kept = session_->results().robustness(frame.frameIndex, face.id, face.box);
        if (kept && kept->result && kept->result->unstable)
            unstable.insert(face.id);
    }
    faceList_->setFaces(frame, session_->settings().includeSmallFaces, unstable);
}

void MainWindow::testRobustness() {
    messageBar_->dismiss();
    session_->testSelectedFaceRobustness();
}

} // namespace fakelens::ui
