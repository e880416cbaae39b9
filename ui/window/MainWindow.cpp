#include "window/MainWindow.h"

#include "explain/ExplainerRegistry.h"

#include "case/CaseController.h"
#include "case/CaseNotesController.h"
#include "core/CaseFileName.h"
#include "core/Version.h"
#include "evaluate/EvaluationController.h"
#include "evaluate/EvaluationPanel.h"
#include "explain/ExplanationPanel.h"
#include "report/ReportExporter.h"
#include "session/ExplanationController.h"
#include "session/TimelineScanner.h"
#include "session/WorkbenchSession.h"
#include "settings/SettingsFlow.h"
#include "widgets/EvidencePanel.h"
#include "widgets/FaceListPanel.h"
#include "widgets/FrameScrubber.h"
#include "widgets/FrameView.h"
#include "widgets/MessageBar.h"
#include "widgets/ScoreTimeline.h"
#include "widgets/TaskProgressWidget.h"
#include "window/TimelineLink.h"
#include "window/WorkbenchActions.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

namespace fakelens::ui {

MainWindow::MainWindow(const AppSettings& settings, QWidget* parent)
    : QMainWindow(parent), session_(new WorkbenchSession(settings, this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("FakeLens"));
    setAcceptDrops(true);
    actions_ = new WorkbenchActions(this);
    buildLayout();
    connectActions();
    connectSession();
    connectExplanations();
    connectEvaluation();
    connectReport();
    connectRobustness();
    connectDrawnFace();
    caseController_ = new CaseController(*this, *actions_);
    connect(caseController_, &CaseController::busyChanged, this, &MainWindow::updateTaskStatus);
    caseNotes_ = new CaseNotesController(*this, *actions_, *caseController_);
    actions_->detectFaces->setChecked(settings.detectFaces);
    actions_->setRecentFiles(settings.recentFiles);
    setMethod(settings.method);
    explanationPanel_->setOpacity(settings.overlayOpacity);
    explanationPanel_->setTopSegments(settings.topSegments);
    explanationPanel_->setColorMap(settings.colorMap);
    session_->loadModel();
}

MainWindow::~MainWindow() {
    // Qt deletes the session with the other children, after this body; by then the panels may
    // be gone, so nothing it reports on its way out (cancelled jobs) may reach them.
    session_->disconnect(this);
    session_->explanations().disconnect(this);
    session_->timeline().disconnect(this);
    session_->timeline().disconnect(timelineLink_);
    session_->disconnect(timelineLink_);
    session_->evaluations().disconnect(this);
    reportExporter_->disconnect(this);
    session_->disconnect(caseController_);
    session_->disconnect(caseNotes_);
    reportExporter_->cancel(); // the session's queue waits for its job otherwise
}

void MainWindow::buildLayout() {
    messageBar_ = new MessageBar(this);
    frameView_ = new FrameView(this);
    scrubber_ = new FrameScrubber(this);
    timeline_ = new ScoreTimeline(this);
    videoControls_ = new QWidget(this);
    auto* videoLayout = new QVBoxLayout(videoControls_);
    videoLayout->setContentsMargins(0, 0, 0, 0);
    videoLayout->setSpacing(0);
    videoLayout->addWidget(scrubber_);
    videoLayout->addWidget(timeline_);
    videoControls_->hide();

    // The frame above the scrubber and timeline, split so the examiner can give the timeline room
    // (the split is saved with the window layout); banners float over the frame.
    messageBar_->overlayOn(frameView_);
    centreSplitter_ = new QSplitter(Qt::Vertical, this);
    centreSplitter_->setObjectName(QStringLiteral("centreSplitter"));
    centreSplitter_->addWidget(frameView_);
    centreSplitter_->addWidget(videoControls_);
    centreSplitter_->setStretchFactor(0, 3);
    centreSplitter_->setStretchFactor(1, 1);
    centreSplitter_->setChildrenCollapsible(false);
    setCentralWidget(centreSplitter_);
    connect(centreSplitter_, &QSplitter::splitterMoved, this, &MainWindow::settingsChanged);

    auto addDock = [this](const QString& title, const QString& name, QWidget* content, Qt::DockWidgetArea area) {
        auto* dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(content);
        addDockWidget(area, dock);
        actions_->addPanelToggle(dock->toggleViewAction());
        return dock;
    };
    evidence_ = new EvidencePanel(this);
    faceList_ = new FaceListPanel(this);
    explanationPanel_ = new ExplanationPanel(this);
    explanationPanel_->setMinimumWidth(520);
    evaluationPanel_ = new EvaluationPanel(this);
    explanationPanel_->tabs()->addTab(evaluationPanel_, tr("Evaluation"));
    QDockWidget* evidenceDock = addDock(tr("Evidence"), QStringLiteral("evidenceDock"), evidence_, Qt::LeftDockWidgetArea);
    QDockWidget* facesDock = addDock(tr("Faces"), QStringLiteral("facesDock"), faceList_, Qt::LeftDockWidgetArea);
    splitDockWidget(evidenceDock, facesDock, Qt::Vertical);
    resizeDocks({evidenceDock, facesDock}, {150, 400}, Qt::Vertical);
    resizeDocks({evidenceDock}, {230}, Qt::Horizontal);
    QDockWidget* explanationDock =
        addDock(tr("Explanation"), QStringLiteral("explanationDock"), explanationPanel_, Qt::RightDockWidgetArea);
    // Room for two heatmaps side by side at a useful size; the frame keeps the rest.
    resizeDocks({explanationDock}, {660}, Qt::Horizontal);

    taskProgress_ = new TaskProgressWidget(this);
    statusBar()->addPermanentWidget(taskProgress_);
}

void MainWindow::connectActions() {
    connect(actions_->open, &QAction::triggered, this, &MainWindow::openWithDialog);
    connect(actions_->quit, &QAction::triggered, this, &QWidget::close);
    connect(actions_, &WorkbenchActions::recentFileChosen, this, &MainWindow::openPath);
    connect(actions_->explain, &QAction::triggered, this, &MainWindow::explainSelectedFace);
    connect(actions_->cancel, &QAction::triggered, this, &MainWindow::cancelWork);
    connect(taskProgress_, &TaskProgressWidget::cancelRequested, this, &MainWindow::cancelWork);
    connect(actions_->detectFaces, &QAction::toggled, session_, &WorkbenchSession::setDetectFaces);
    connect(actions_->detectFaces, &QAction::toggled, this, &MainWindow::settingsChanged);
    connect(actions_->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(actions_->settings, &QAction::triggered, this, [this] { editSettings(*this); });
    connect(actions_->models, &QAction::triggered, this, [this] { manageModels(*this); });
    connect(actions_->methodCombo, &QComboBox::currentTextChanged, this,
            [this](const QString& method) {
                session_->mutableSettings().method = method;
                emit settingsChanged();
            });

    // Frame navigation only means something for videos; the scrubber ignores it otherwise.
    connect(actions_->previousFrame, &QAction::triggered, scrubber_, [this] { scrubber_->stepBy(-1); });
    connect(actions_->nextFrame, &QAction::triggered, scrubber_, [this] { scrubber_->stepBy(1); });
    connect(actions_->pageBack, &QAction::triggered, scrubber_, [this] { scrubber_->stepBy(-scrubber_->pageStep()); });
    connect(actions_->pageForward, &QAction::triggered, scrubber_, [this] { scrubber_->stepBy(scrubber_->pageStep()); });
    connect(actions_->firstFrame, &QAction::triggered, scrubber_, [this] { scrubber_->stepBy(-scrubber_->frameCount()); });
    connect(actions_->lastFrame, &QAction::triggered, scrubber_, [this] { scrubber_->stepBy(scrubber_->frameCount()); });
    connect(actions_->playPause, &QAction::triggered, scrubber_, &FrameScrubber::togglePlaying);
    connect(scrubber_, &FrameScrubber::frameRequested, session_, &WorkbenchSession::showFrame);

    connect(actions_->zoomIn, &QAction::triggered, explanationPanel_, &ExplanationPanel::zoomIn);
    connect(actions_->zoomOut, &QAction::triggered, explanationPanel_, &ExplanationPanel::zoomOut);
    // F acts on the view under the pointer: the evidence frame or the heatmaps.
    connect(actions_->fitToggle, &QAction::triggered, this, [this] {
        frameView_->underMouse() ? frameView_->toggleFitActual() : explanationPanel_->toggleFitActual();
    });
    connect(actions_->flipOverlay, &QAction::triggered, explanationPanel_, &ExplanationPanel::flipOverlay);
    connect(explanationPanel_, &ExplanationPanel::opacityChanged, this,
            [this](double opacity) {
                session_->mutableSettings().overlayOpacity = opacity;
                emit settingsChanged();
            });
    connect(explanationPanel_, &ExplanationPanel::topSegmentsChanged, this,
            [this](int k) {
                session_->mutableSettings().topSegments = k;
                emit settingsChanged();
            });

    connect(faceList_, &FaceListPanel::faceSelected, session_, &WorkbenchSession::selectFace);
    connect(frameView_, &FrameView::faceClicked, session_, &WorkbenchSession::selectFace);
}

void MainWindow::connectSession() {
    connect(session_, &WorkbenchSession::modelLoaded, this, [this](const ModelSummary& model) {
        actions_->setModelText(tr("model: %1 · device: %2").arg(model.name, model.device));
        evidence_->setModel(model);
        actions_->setDetectorGradients(model.gradients);
        evaluationPanel_->setDetectorGradients(model.gradients);
        // The panels name a verdict by the card's call, as the face list does.
        explanationPanel_->setModelCard(model.card);
        evaluationPanel_->setModelCard(model.card);
        timeline_->setThreshold(model.threshold);
    });
    connect(session_, &WorkbenchSession::mediaOpened, this, [this](const MediaInfo& media) {
        messageBar_->dismiss();
        updateTaskStatus();
        setWindowTitle(tr("FakeLens — %1").arg(QFileInfo(media.path).fileName()));
        evidence_->setMedia(media);
        faceList_->clearFaces(tr("Detecting faces…"));
        // The first face is selected once found, so the hints say what to do with it.
        explanationPanel_->clear(tr("Pick a method and press Explain (Ctrl+E) to explain the selected face."));
        evaluationPanel_->clear(tr("Pick the methods and press Evaluate to test the selected face's explanations."));
        actions_->setRecentFiles(session_->settings().recentFiles);
        emit settingsChanged(); // the recent files
        videoControls_->setVisible(media.isVideo);
        scrubber_->setVideo(media.frameCount, media.fps);
        timeline_->reset(media.frameCount);
        timeline_->setStatusText(QString());
    });
    connect(session_, &WorkbenchSession::frameDecoded, this, [this](const FrameAnalysis& frame) {
        frameView_->setFrame(frame);
        timeline_->setCurrentFrame(frame.frameIndex);
    });
    connect(session_, &WorkbenchSession::frameAnalysed, this, [this](const FrameAnalysis& frame) {
        frameView_->setFrame(frame);
        showFaceList(frame);
        // Only now is the scrubber ready for the next frame, so playback shows every frame's faces.
        scrubber_->setCurrentFrame(frame.frameIndex);
        if (!frame.faces.empty() && messageBar_->kind() == MessageBar::Kind::Notice)
            messageBar_->dismiss(); // an old "no face" notice no longer applies
    });
    connect(session_, &WorkbenchSession::selectedFaceChanged, this, [this](int index) {
        frameView_->setSelectedFace(index);
        faceList_->setSelectedFace(index);
    });
    connect(session_, &WorkbenchSession::modelFailed, this, [this](const QString& message) {
        actions_->setModelText(tr("model: not loaded"));
        evidence_->setModelUnavailable();
        showError(message);
    });
    connect(session_, &WorkbenchSession::frameFailed, this, [this](const QString& message) {
        faceList_->clearFaces(tr("The faces of this frame could not be scored."));
        scrubber_->setPlaying(false);
        scrubber_->setCurrentFrame(session_->requestedFrame()); // ready for the next request
        showError(message);
    });
    connect(session_, &WorkbenchSession::errorOccurred, this, &MainWindow::showError);
    connect(session_, &WorkbenchSession::noticeIssued, this,
            [this](const QString& text) { messageBar_->showMessage(text, MessageBar::Kind::Notice); });
    connect(session_, &WorkbenchSession::frameBusyChanged, this, [this](bool busy) {
        frameView_->setBusy(busy);
        updateTaskStatus();
    });

    // The timeline's plot, seeking and face selection live in TimelineLink; the window only
    // keeps its task status up to date.
    timelineLink_ = new TimelineLink(*session_, timeline_, scrubber_, this);
    TimelineScanner& timeline = session_->timeline();
    connect(&timeline, &TimelineScanner::pointsScored, this, [this] { updateTaskStatus(); });
    connect(&timeline, &TimelineScanner::runningChanged, this, [this] { updateTaskStatus(); });
}

void MainWindow::updateTaskStatus() {
    const ExplanationController& explanations = session_->explanations();
    const TimelineScanner& timeline = session_->timeline();
    if (explanations.isPending()) {
        const QString method = explanations.subject().method;
        taskProgress_->showTask(tr("Explaining %1 / %1_adv: %2 %3 %")
                                    .arg(method, explainStage_.isEmpty() ? tr("starting") : explainStage_)
                                    .arg(int(explainFraction_ * 100)),
                                explainFraction_, true);
    } else if (session_->evaluations().isPending()) {
        taskProgress_->showTask(tr("Evaluating: %1 %2 %")
                                    .arg(evaluateStage_.isEmpty() ? tr("starting") : evaluateStage_)
                                    .arg(int(evaluateFraction_ * 100)),
                                evaluateFraction_, true);
    } else if (reportExporter_->isRunning()) {
        taskProgress_->showTask(tr("Writing the report: %1 %2 %")
                                    .arg(reportStage_.isEmpty() ? tr("starting") : reportStage_)
                                    .arg(int(reportFraction_ * 100)),
                                reportFraction_, true);
    } else if (caseController_ && caseController_->isBusy()) {
        taskProgress_->showTask(caseController_->busyText(), caseController_->busyFraction(), false);
    } else if (session_->isOpening()) {
        taskProgress_->showTask(tr("Opening the file…"), -1, false);
    } else if (session_->isAnalysingFrame()) {
        taskProgress_->showTask(tr("Detecting faces in frame %1…").arg(session_->requestedFrame()), -1, true);
    } else if (timeline.isRunning() && session_->media()) {
        const int step = std::max(1, session_->settings().timelineStep);
        const int total = std::max(1, (session_->media()->frameCount + step - 1) / step);
        taskProgress_->showTask(tr("Scoring the timeline: %1 / %2 frames").arg(timeline.scannedFrames()).arg(total),
                                std::min(1.0, double(timeline.scannedFrames()) / total), true);
        timeline_->setStatusText(step == 1 ? tr("P(fake) per face track: %1 of %2 frames scored…")
                                                 .arg(timeline.scannedFrames())
                                                 .arg(total)
                                           : tr("P(fake) per face track, every %3th frame: %1 of %2 scored…")
                                                 .arg(timeline.scannedFrames())
                                                 .arg(total)
                                                 .arg(step));
    } else {
        taskProgress_->hideTask();
    }
}

void MainWindow::cancelWork() {
    // The Cancel button stops what the investigator waits for; with nothing else running it
    // stops the timeline, the only other long work.
    if (session_->explanations().isPending() || session_->evaluations().isPending() || session_->isAnalysingFrame()) {
        session_->cancelForeground();
    } else if (reportExporter_->isRunning()) {
        reportExporter_->cancel();
    } else if (session_->timeline().isRunning()) {
        session_->timeline().stop();
        timeline_->setStatusText(tr("Timeline stopped after %n frame(s).", nullptr, session_->timeline().scannedFrames()));
    }
    updateTaskStatus();
}

void MainWindow::showError(const QString& message) {
    statusBar()->clearMessage();
    messageBar_->showMessage(message, MessageBar::Kind::Error);
    updateTaskStatus();
}

void MainWindow::openPath(const QString& path) {
    messageBar_->dismiss();
    // A case named on the command line, dropped or chosen as evidence opens as the case it is.
    if (hasCaseFileSuffix(path)) {
        caseController_->openCase(path);
        return;
    }
    session_->open(path);
    updateTaskStatus();
}

void MainWindow::openWithDialog() {
    const QStringList recent = session_->settings().recentFiles;
    const QString folder = recent.isEmpty() ? QString() : QFileInfo(recent.first()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open evidence"), folder,
        tr("Images and videos (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.mp4 *.avi *.mov *.mkv *.webm);;All files (*)"));
    if (!path.isEmpty())
        openPath(path);
}

int MainWindow::faceCount() const { return int(session_->currentFrame().faces.size()); }

QString MainWindow::currentMethod() const { return actions_->methodCombo->currentText(); }

void MainWindow::setMethod(const QString& baseMethod) {
    const int index = actions_->methodCombo->findText(baseMethod, Qt::MatchFixedString);
    if (index >= 0)
        actions_->methodCombo->setCurrentIndex(index);
}

AppSettings MainWindow::settings() const { return session_->settings(); }

void MainWindow::saveLayout(QSettings& store) const {
    store.setValue("window/geometry", saveGeometry());
    store.setValue("window/state", saveState());
    store.setValue("window/centreSplitter", centreSplitter_->saveState());
}

void MainWindow::restoreLayout(const QSettings& store) {
    restoreGeometry(store.value("window/geometry").toByteArray());
    restoreState(store.value("window/state").toByteArray());
    centreSplitter_->restoreState(store.value("window/centreSplitter").toByteArray());
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    openPath(urls.first().toLocalFile());
    event->acceptProposedAction();
}

void MainWindow::showAbout() {
    QStringList methods;
    for (const std::string& name : explainerNames())
        methods << QString::fromStdString(name);
    QMessageBox::about(this, tr("About FakeLens"),
                       tr("<b>FakeLens %1</b><br>Deepfake face detection with classic and adversarial "
                          "explanations (%2).")
                           .arg(QString::fromLatin1(kVersion), methods.join(QStringLiteral(", "))));
}

} // namespace fakelens::ui
