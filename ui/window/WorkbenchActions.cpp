#include "window/WorkbenchActions.h"

#include "explain/ExplainerRegistry.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStandardItemModel>
#include <QStyle>
#include <QToolBar>

namespace fakelens::ui {

WorkbenchActions::WorkbenchActions(QMainWindow* window) : QObject(window), window_(window) {
    QStyle* style = window->style();
    open = makeAction(tr("&Open…"), QKeySequence::Open, tr("Open an image or a video (Ctrl+O)"));
    // The desktop theme's icons (SVG, sharp at any scale) when there is one, else the style's.
    open->setIcon(QIcon::fromTheme(QStringLiteral("document-open"), style->standardIcon(QStyle::SP_DialogOpenButton)));
    quit = makeAction(tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q)); // QKeySequence::Quit is empty on some platforms
    explain = makeAction(tr("&Explain"), QKeySequence(Qt::CTRL | Qt::Key_E),
                         tr("Explain the selected face with the chosen method, classic and adversarial (Ctrl+E)"));
    explain->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-start"), style->standardIcon(QStyle::SP_MediaPlay)));
    evaluate = makeAction(tr("E&valuate"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
                          tr("Test the explanations of the selected face: attack the top-k segments of each method's "
                             "ranking (Evaluation tab, Ctrl+Shift+T)"));
    testRobustness = makeAction(tr("Test &robustness"), QKeySequence(Qt::CTRL | Qt::Key_R),
                                tr("Re-score the selected face after JPEG re-encoding, downscaling and a one-pixel "
                                   "shift (Ctrl+R)"));
    exportReport = makeAction(tr("Export &report…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                              tr("Write a PDF report of the evidence, the faces, the explanations and the evaluation "
                                 "for the case file (Ctrl+Shift+E)"));
    newCase = makeAction(tr("&New case…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)); // tooltip: CaseController
    newCase->setObjectName(QStringLiteral("newCaseAction"));
    openCase = makeAction(tr("Open &case…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                          tr("Open a saved case: its evidence, faces, explanations and evaluations (Ctrl+Shift+O)"));
    saveCase = makeAction(tr("&Save case"), QKeySequence::Save,
                          tr("Save the analysis (faces, verdict, explanations, evaluations) to the case file (Ctrl+S)"));
    saveCaseAs = makeAction(tr("Save case &as…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                            tr("Save the analysis to another case file (Ctrl+Shift+S)"));
    bookmark = makeAction(tr("&Bookmark this frame"), QKeySequence(Qt::CTRL | Qt::Key_B),
                          tr("Add a note on the shown frame and the selected face to the case (Ctrl+B)"));
    cancel = makeAction(tr("&Cancel"), QKeySequence(Qt::Key_Escape), tr("Stop the running work (Esc)"));
    detectFaces = makeAction(tr("&Detect faces"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                             tr("Off: each frame is taken whole as one face (for images that are face crops)"));
    detectFaces->setCheckable(true);
    drawFaceBox = makeAction(tr("Draw &face box"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
                             tr("Draw a box around a face the detector missed; it is scored, explained and evaluated "
                                "like the others and marked as drawn by the examiner (Ctrl+Shift+F, Esc cancels)"));
    drawFaceBox->setObjectName(QStringLiteral("drawFaceBoxAction"));
    previousFrame = makeAction(tr("&Previous frame"), QKeySequence(Qt::Key_Left));
    nextFrame = makeAction(tr("&Next frame"), QKeySequence(Qt::Key_Right));
    pageBack = makeAction(tr("Back one second"), QKeySequence(Qt::Key_PageUp));
    pageForward = makeAction(tr("Forward one second"), QKeySequence(Qt::Key_PageDown));
    firstFrame = makeAction(tr("First frame"), QKeySequence(Qt::Key_Home));
    lastFrame = makeAction(tr("Last frame"), QKeySequence(Qt::Key_End));
    playPause = makeAction(tr("Play / pause"), QKeySequence(Qt::Key_P));
    zoomIn = makeAction(tr("Zoom &in"), QKeySequence(Qt::Key_Plus));
    zoomIn->setShortcuts({QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Equal), QKeySequence::ZoomIn});
    zoomOut = makeAction(tr("Zoom &out"), QKeySequence(Qt::Key_Minus));
    zoomOut->setShortcuts({QKeySequence(Qt::Key_Minus), QKeySequence::ZoomOut});
    fitToggle = makeAction(tr("&Fit / 100 %"), QKeySequence(Qt::Key_F));
    flipOverlay = makeAction(tr("Flip &overlay"), QKeySequence(Qt::Key_Space), tr("Heatmap on / plain face (Space)"));
    about = makeAction(tr("&About FakeLens"), QKeySequence());
    settings = makeAction(tr("&Settings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma),
                          tr("Model, device, sample counts, NES, seed, colours, language (Ctrl+,)"));
    settings->setMenuRole(QAction::PreferencesRole);
    settings->setIcon(QIcon::fromTheme(QStringLiteral("preferences-system")));
    models = makeAction(tr("&Models…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                        tr("Installed models, their cards, the default model and ensembles (Ctrl+Shift+M)"));

    QMenuBar* bar = window->menuBar();
    QMenu* file = bar->addMenu(tr("&File"));
    file->setToolTipsVisible(true); // New case… says why it is disabled
    file->addAction(open);
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    recentMenu_->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    file->addAction(newCase);
    file->addAction(openCase);
    recentCasesMenu_ = file->addMenu(tr("Recent cas&es"));
    recentCasesMenu_->setObjectName(QStringLiteral("recentCasesMenu"));
    file->addAction(saveCase);
    file->addAction(saveCaseAs);
    file->addSeparator();
    file->addAction(exportReport);
    file->addSeparator();
    file->addAction(quit);

    QMenu* view = bar->addMenu(tr("&View"));
    view->addActions({previousFrame, nextFrame, pageBack, pageForward, firstFrame, lastFrame, playPause});
    view->addSeparator();
    view->addActions({zoomIn, zoomOut, fitToggle, flipOverlay});
    view->addSeparator();
    panelsMenu_ = view->addMenu(tr("&Panels"));

    QMenu* analyse = bar->addMenu(tr("&Analyse"));
    analyse->addAction(detectFaces);
    analyse->addAction(drawFaceBox);
    analyse->addSeparator();
    analyse->addAction(explain);
    analyse->addAction(evaluate);
    analyse->addAction(testRobustness);
    analyse->addSeparator();
    analyse->addAction(bookmark);
    analyse->addAction(cancel);

    QMenu* toolsMenu = bar->addMenu(tr("&Tools"));
    toolsMenu->addAction(models);
    toolsMenu->addAction(settings);

    QMenu* help = bar->addMenu(tr("&Help"));
    help->addAction(about);

    methodCombo = new QComboBox(window);
    methodCombo->setObjectName(QStringLiteral("methodCombo"));
    methodCombo->setToolTip(tr("Explanation method; its adversarial form (_adv) is computed alongside"));
    methodCombo->setFocusPolicy(Qt::ClickFocus); // arrow keys stay with the frame shortcuts
    for (const std::string& name : explainerNames())
        methodCombo->addItem(QString::fromStdString(name));
    modelLabel = new QLabel(tr("model: loading…"), window);
    modelLabel->setObjectName(QStringLiteral("modelLabel"));

    QToolBar* tools = window->addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(open);
    tools->addSeparator();
    tools->addWidget(methodCombo);
    tools->addAction(explain);
    tools->addAction(evaluate);
    tools->addAction(exportReport);
    auto* spacer = new QWidget(window);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    tools->addWidget(spacer);
    tools->addWidget(modelLabel);
}

QAction* WorkbenchActions::makeAction(const QString& text, const QKeySequence& shortcut, const QString& tip) {
    auto* action = new QAction(text, window_);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    if (!tip.isEmpty())
        action->setToolTip(tip);
    // Window-wide, so the shortcuts also work while a dock or the toolbar has focus.
    action->setShortcutContext(Qt::WindowShortcut);
    window_->addAction(action);
    return action;
}

void WorkbenchActions::setRecentFiles(const QStringList& files) {
    recentMenu_->clear();
    for (const QString& path : files) {
        QAction* action = recentMenu_->addAction(QFileInfo(path).fileName());
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { emit recentFileChosen(path); });
    }
    recentMenu_->setEnabled(!files.isEmpty());
}

void WorkbenchActions::setRecentCases(const QStringList& cases) {
    recentCasesMenu_->clear();
    for (const QString& path : cases) {
        QAction* action = recentCasesMenu_->addAction(QFileInfo(path).fileName());
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { emit recentCaseChosen(path); });
    }
    recentCasesMenu_->setEnabled(!cases.isEmpty());
}

void WorkbenchActions::setModelText(const QString& text) { modelLabel->setText(text); }

void WorkbenchActions::setDetectorGradients(bool gradients) {
    auto* items = qobject_cast<QStandardItemModel*>(methodCombo->model());
    for (int i = 0; items && i < methodCombo->count(); ++i) {
        const MethodDescriptor& m = methodDescriptor(methodCombo->itemText(i).toStdString());
        if (!m.needsGradients)
            continue;
        QStandardItem* item = items->item(i);
        item->setEnabled(gradients);
        item->setToolTip(gradients ? QString()
                                   : tr("%1 needs the detector's gradients; the loaded model gives none")
                                         .arg(QString::fromStdString(m.name)));
    }
    // A disabled current method gives way to the first one that runs.
    if (items && methodCombo->currentIndex() >= 0 && !items->item(methodCombo->currentIndex())->isEnabled())
        for (int i = 0; i < methodCombo->count(); ++i)
            if (items->item(i)->isEnabled()) {
                methodCombo->setCurrentIndex(i);
                break;
            }
}

void WorkbenchActions::addPanelToggle(QAction* toggle) { panelsMenu_->addAction(toggle); }

} // namespace fakelens::ui
