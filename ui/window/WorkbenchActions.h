#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QComboBox;
class QLabel;
class QMainWindow;
class QMenu;

namespace fakelens::ui {

// The workbench's menus, toolbar and keyboard shortcuts, built in one place so the window class
// only wires them up. Frame and view shortcuts are window-wide: they work whichever panel has focus.
class WorkbenchActions : public QObject {
    Q_OBJECT

public:
    explicit WorkbenchActions(QMainWindow* window);

    void setRecentFiles(const QStringList& files);
    void setRecentCases(const QStringList& cases);
    void setModelText(const QString& text);
    // Disables, with the reason, the methods that need gradients when the detector has none.
    void setDetectorGradients(bool gradients);
    // Adds a dock's show/hide action to the View menu.
    void addPanelToggle(QAction* toggle);

    QAction* open;
    QAction* quit;
    QAction* explain;
    QAction* evaluate;      // the selected face's top-k evaluation (Evaluation tab)
    QAction* testRobustness; // Analyse › Test robustness (Ctrl+R): the selected face's verdict re-tested
    QAction* exportReport;  // File › Export report…
    QAction* newCase;       // File › New case… (Ctrl+Shift+N); disabled without evidence
    QAction* openCase;      // File › Open case…
    QAction* saveCase;      // File › Save case (Ctrl+S)
    QAction* saveCaseAs;    // File › Save case as…
    QAction* bookmark;      // Analyse › Bookmark this frame (Ctrl+B): a note in the Notes panel
    QAction* cancel;
    QAction* detectFaces;
    QAction* drawFaceBox;   // Analyse › Draw face box (Ctrl+Shift+F): a face the detector missed
    QAction* previousFrame;
    QAction* nextFrame;
    QAction* pageBack;
    QAction* pageForward;
    QAction* firstFrame;
    QAction* lastFrame;
    QAction* playPause;
    QAction* zoomIn;
    QAction* zoomOut;
    QAction* fitToggle;
    QAction* flipOverlay;
    QAction* about;
    QAction* settings;
    QAction* models;
    QComboBox* methodCombo;
    QLabel* modelLabel;

Q_SIGNALS:
    void recentFileChosen(const QString& path);
    void recentCaseChosen(const QString& path);

private:
    QAction* makeAction(const QString& text, const QKeySequence& shortcut, const QString& tip = {});

    QMainWindow* window_;
    QMenu* recentMenu_;
    QMenu* recentCasesMenu_;
    QMenu* panelsMenu_;
};

} // namespace fakelens::ui
