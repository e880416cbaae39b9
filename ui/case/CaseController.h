#pragma once

#include "case/CaseChooser.h"
#include "case/CaseResults.h"
#include "jobs/LatestRequest.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace fakelens::ui {

class MainWindow;
class WorkbenchActions;

// File › New case…, Save case, Save case as…, Open case… and the recent cases. Saving takes the snapshot the
// report export takes and stores the same ReportInput in a case file (engine/case/CaseFile), all on
// the engine worker (hashing the evidence takes seconds on a video; a CaseFile is used only on
// the thread that made it). Opening reads the case there too, checks the evidence, opens it in
// the workbench and puts the case's explanations and evaluations with their faces, so that
// nothing is computed again. Opening also applies the case's settings: its face detection, and
// its model when the files are there with the case's SHA-256 (CaseModelCheck). What the examiner
// is asked goes through a CaseChooser, which tests replace.
class CaseController : public QObject {
    Q_OBJECT

public:
    CaseController(MainWindow& window, WorkbenchActions& actions);
    ~CaseController() override;

    // The case the workbench saves to; empty until one is saved or opened.
    QString casePath() const { return casePath_; }
    bool isBusy() const { return busy_; }
    // What runs (saving or opening) and how far it is (< 0: unknown), for the status bar.
    QString busyText() const { return busyText_; }
    double busyFraction() const { return busyFraction_; }
    // The workbench holds explanations, evaluations or robustness re-tests made since the case was
    // saved or opened.
    bool hasUnsavedChanges() const { return changes_ != savedChanges_; }
    void setChooser(std::unique_ptr<CaseChooser> chooser);

    // File › New case…: asks about unsaved changes, the case ID and examiner, then the file.
    void newCaseWithDialog();
    // Starts a new case of the open evidence at `path` (which must not exist yet) with `caseId`
    // (required) and `examiner`. Returns why it cannot start, else "".
    QString newCase(const QString& caseId, const QString& examiner, const QString& path);

    // Saves to the current case, else asks for a file like saveAsWithDialog().
    void save();
    void saveAsWithDialog();
    void openWithDialog();
    // Starts saving the analysis to `path` (created when missing; a case of other evidence is
    // refused). Returns why it cannot start, else "".
    QString saveTo(const QString& path);
    // Starts opening the case at `path`.
    void openCase(const QString& path);
    // "<evidence base name>.fakelens" in the report folder.
    QString defaultCasePath() const;

Q_SIGNALS:
    void saved(const QString& path);
    // The case is read; its evidence is being opened (check: evidenceCheck()'s answer).
    void opened(const QString& path, const QString& check);
    void failed(const QString& message);
    // busyText() or busyFraction() changed.
    void busyChanged();

private:
    // Saves to `path`; `fresh`: a new case (the file must not exist) with `caseId` and `examiner`.
    QString startSave(const QString& path, const QString& caseId, const QString& examiner, bool fresh);
    void askNewCaseDetails();
    void applyCaseSettings(const ReportInput& analysis, bool loadModel);
    void trackUnsavedChanges();
    void resultMade();
    void updateActions();
    void evidenceOpened(const QString& evidencePath);
    void frameAnalysed();
    void updateTitle();
    void rememberCase(const QString& path);
    void setBusy(bool busy, const QString& text = {});

    MainWindow& window_;
    WorkbenchActions& actions_;
    LatestRequest requests_;
    bool busy_ = false;
    QString busyText_;
    double busyFraction_ = -1;
    std::unique_ptr<CaseChooser> chooser_;
    quint64 changes_ = 0;      // explanations, evaluations and re-tests finished in this session
    quint64 savedChanges_ = 0; // changes_ when the case was last saved or opened
    std::function<void()> afterSave_; // New case… goes on once the unsaved changes are saved
    QString casePath_;
    QString caseEvidence_;  // the evidence path of casePath_
    QString caseEvidenceSha_;
    // A case being opened: its analysis waits for its evidence to be open in the workbench.
    std::optional<ReportInput> pendingAnalysis_;
    QString pendingWarning_; // shown once the evidence is open (opening it clears the message bar)
    CaseFaceLocation goTo_;  // the face to show once its frame is analysed
};

} // namespace fakelens::ui
