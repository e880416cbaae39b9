#pragma once

#include "case/CaseResults.h"
#include "jobs/LatestRequest.h"

#include <QObject>
#include <QString>

#include <optional>

namespace fakelens::ui {

class MainWindow;
class WorkbenchActions;

// File › Save case, Save case as…, Open case… and the recent cases. Saving takes the snapshot the
// report export takes and stores the same ReportInput in a case file (engine/case/CaseFile), all on
// the engine worker (hashing the evidence takes seconds on a video; a CaseFile is used only on
// the thread that made it). Opening reads the case there too, checks the evidence, opens it in
// the workbench and puts the case's explanations and evaluations with their faces, so that
// nothing is computed again.
class CaseController : public QObject {
    Q_OBJECT

public:
    CaseController(MainWindow& window, WorkbenchActions& actions);
    ~CaseController() override;

    // The case the workbench saves to; empty until one is saved or opened.
    QString casePath() const { return casePath_; }
    bool isBusy() const { return busy_; }

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

private:
    void evidenceOpened(const QString& evidencePath);
    void frameAnalysed();
    void updateTitle();
    void rememberCase(const QString& path);
    void setBusy(bool busy);

    MainWindow& window_;
    WorkbenchActions& actions_;
    LatestRequest requests_;
    bool busy_ = false;
    QString casePath_;
    QString caseEvidence_;  // the evidence path of casePath_
    QString caseEvidenceSha_;
    // A case being opened: its analysis waits for its evidence to be open in the workbench.
    std::optional<ReportInput> pendingAnalysis_;
    QString pendingWarning_; // shown once the evidence is open (opening it clears the message bar)
    CaseFaceLocation goTo_;  // the face to show once its frame is analysed
};

} // namespace fakelens::ui
