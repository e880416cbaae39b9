#pragma once

#include "case/CaseNotesPanel.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

class QDockWidget;

namespace fakelens {
class CaseFile;
}

namespace fakelens::ui {

class CaseController;
class MainWindow;
class WorkbenchActions;

// The Notes panel's writer (issue #14): the examiner's notes, bookmarks and conclusion go into
// the open case file at once, each as one CaseFile change (one transaction with its audit row),
// on the engine worker like CaseController's saving (a CaseFile lives on the thread that made
// it). The panel then shows what the file holds after the change. Without a case, adding a note
// first offers File › Save case as…, and the note is added once the case is saved.
class CaseNotesController : public QObject {
    Q_OBJECT

public:
    CaseNotesController(MainWindow& window, WorkbenchActions& actions, CaseController& cases);
    ~CaseNotesController() override;

    CaseNotesPanel* panel() const { return panel_; }
    QDockWidget* dock() const { return dock_; }
    const std::vector<CaseFinding>& findings() const { return findings_; }
    QString conclusion() const { return conclusion_; }
    bool isWriting() const { return pending_ > 0; }

    // What the panel's buttons do; `bookmark`: on the shown frame and the selected face.
    void addNote(const QString& text, bool bookmark);
    void setStatus(qint64 id, FindingStatus status);
    void setText(qint64 id, const QString& text);
    // Asks for a confirmation first unless `confirmed`.
    void remove(qint64 id, bool confirmed = false);
    void saveConclusion(const QString& conclusion);
    // Shows the finding's frame (and selects its face when the case has it).
    void goToFinding(qint64 id);

Q_SIGNALS:
    // The panel shows the case file as it is after a change or a (re)load.
    void changed();
    void failed(const QString& message);

private:
    struct State; // what the worker read back from the case file
    void caseChanged(const QString& path);
    void evidenceOpened();
    // Runs `change` on a writable CaseFile on the worker (none: only reads), then reads the
    // findings and details back (and the face sections when `withFaces`).
    // `editAdded`: then starts editing the text of the note the change added. `typed`: the text
    // the examiner typed for a new note, put back into the entry when the change fails.
    void submit(std::function<void(CaseFile&)> change, bool withFaces, const QString& whatFailed,
                bool editAdded = false, const QString& typed = {});
    void frameAnalysed();
    QString who() const;

    MainWindow& window_;
    CaseController& cases_;
    CaseNotesPanel* panel_;
    QDockWidget* dock_;
    QString casePath_;
    QString caseEvidence_; // the absolute path of the case's evidence, once read
    quint64 generation_ = 0; // a new case drops what the worker reads of the one before
    int pending_ = 0;
    std::vector<CaseFinding> findings_;
    std::vector<NoteFace> faces_;
    double fps_ = 0; // the case's video frame rate; 0 for images
    QString conclusion_;
    // A note asked for before any case was saved: added once File › Save case as… succeeds.
    struct NoteRequest {
        CaseFinding finding;
        std::optional<NoteFace> face; // the selected face, found among the case's face sections
        bool untitled = false;        // no text typed: the new note's text is edited in place
    };
    void add(const NoteRequest& note);
    std::optional<NoteRequest> waiting_;
    std::optional<NoteFace> goTo_; // a finding's face to select once its frame is analysed
};

} // namespace fakelens::ui
