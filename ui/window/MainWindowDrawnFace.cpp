#include "window/MainWindow.h"

#include "session/WorkbenchSession.h"
#include "widgets/FrameView.h"
#include "window/WorkbenchActions.h"

#include <QAction>
#include <QStatusBar>

// Analyse › Draw face box (issue 18, part 5): the examiner draws a box around a face the
// detector missed; the session scores it with the frame's other faces. Kept apart from
// MainWindow.cpp so that each file stays readable.
namespace fakelens::ui {

void MainWindow::connectDrawnFace() {
    connect(actions_->drawFaceBox, &QAction::triggered, frameView_, &FrameView::startDrawingBox);
    connect(frameView_, &FrameView::drawingBoxChanged, this, [this](bool drawing) {
        if (drawing)
            statusBar()->showMessage(tr("Drag a box around the face the detector missed (Esc cancels)."));
        else
            statusBar()->clearMessage();
    });
    connect(frameView_, &FrameView::boxDrawn, session_, &WorkbenchSession::addDrawnFace);
    // Another file: a half-drawn box belongs to what was shown.
    connect(session_, &WorkbenchSession::mediaOpened, frameView_, [this] { frameView_->cancelDrawingBox(); });
    // Drawing needs a frame.
    auto updateEnabled = [this] { actions_->drawFaceBox->setEnabled(session_->media().has_value()); };
    connect(session_, &WorkbenchSession::mediaOpened, this, updateEnabled);
    updateEnabled();
}

} // namespace fakelens::ui
