#pragma once

#include "AppSettings.h"

#include <QMainWindow>

class QSettings;
class QSplitter;

namespace fakelens::ui {

class CaseController;
class CaseNotesController;
class EvaluationPanel;
class EvidencePanel;
class ExplanationPanel;
class FaceListPanel;
struct FrameAnalysis;
class FrameScrubber;
class FrameView;
class MessageBar;
class ReportExporter;
class RobustnessDialog;
class ScoreTimeline;
class TaskProgressWidget;
class TimelineLink;
class WorkbenchActions;
class WorkbenchSession;

// The investigator's workbench. Left to right it follows the path of an examination: the
// evidence and its faces, the frame (with the video scrubber and score timeline), and the
// explanation of the selected face. All engine work runs in WorkbenchSession's jobs; this class
// only arranges widgets and passes events between them and the session.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(const AppSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // The settings as they are now (recent files, method, opacity), for saving at exit.
    AppSettings settings() const;
    void saveLayout(QSettings& store) const;
    void restoreLayout(const QSettings& store);

    WorkbenchSession& session() const { return *session_; }
    int faceCount() const;
    QString currentMethod() const;
    void setMethod(const QString& baseMethod);

    FrameView* frameView() const { return frameView_; }
    FaceListPanel* faceList() const { return faceList_; }
    FrameScrubber* scrubber() const { return scrubber_; }
    ScoreTimeline* timeline() const { return timeline_; }
    TimelineLink* timelineLink() const { return timelineLink_; }
    ExplanationPanel* explanationPanel() const { return explanationPanel_; }
    MessageBar* messageBar() const { return messageBar_; }
    TaskProgressWidget* taskProgress() const { return taskProgress_; }
    EvidencePanel* evidencePanel() const { return evidence_; }
    EvaluationPanel* evaluationPanel() const { return evaluationPanel_; }
    ReportExporter* reportExporter() const { return reportExporter_; }
    CaseController* caseController() const { return caseController_; }
    CaseNotesController* caseNotes() const { return caseNotes_; }
    RobustnessDialog* robustnessDialog() const { return robustnessDialog_; }

public Q_SLOTS:
    void openPath(const QString& path);
    void openWithDialog();
    void explainSelectedFace();
    // Evaluates the selected face with the methods checked in the Evaluation tab.
    void evaluateSelectedFace();
    // Analyse › Test robustness: re-scores the selected face under JPEG, downscaling and
    // one-pixel shifts and shows the spread in RobustnessDialog.
    void testRobustness();
    // File › Export report…: asks for case ID, examiner and file, then writes the PDF.
    void exportReportWithDialog();
    // Writes the report of what the workbench holds to `pdfPath` (off the GUI thread) and
    // remembers case ID, examiner and folder. Returns why it could not start, else "".
    QString exportReport(const QString& pdfPath, const QString& caseId, const QString& examiner);
    void cancelWork();

Q_SIGNALS:
    // A setting of session().settings() may have changed (a dialog, a slider, a recent file):
    // SettingsAutosave writes them at once, so a killed session loses nothing.
    void settingsChanged();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildLayout();
    void connectActions();
    void connectSession();
    void connectExplanations();
    void connectEvaluation();
    void connectReport();
    void connectRobustness();
    void showFaceList(const FrameAnalysis& frame); // MainWindowRobustness.cpp
    void connectDrawnFace(); // MainWindowDrawnFace.cpp
    void showError(const QString& message);
    void updateTaskStatus();
    void showAbout();

    WorkbenchSession* session_;
    WorkbenchActions* actions_;
    FrameView* frameView_;
    FrameScrubber* scrubber_;
    ScoreTimeline* timeline_;
    TimelineLink* timelineLink_ = nullptr;
    QWidget* videoControls_;
    FaceListPanel* faceList_;
    EvidencePanel* evidence_;
    ExplanationPanel* explanationPanel_;
    QSplitter* centreSplitter_ = nullptr;
    MessageBar* messageBar_;
    TaskProgressWidget* taskProgress_;
    double explainFraction_ = 0;
    QString explainStage_;
    EvaluationPanel* evaluationPanel_;
    RobustnessDialog* robustnessDialog_ = nullptr;
    ReportExporter* reportExporter_;
    CaseController* caseController_ = nullptr;
    CaseNotesController* caseNotes_ = nullptr;
    double evaluateFraction_ = 0;
    QString evaluateStage_;
    double reportFraction_ = 0;
    QString reportStage_;
};

} // namespace fakelens::ui
