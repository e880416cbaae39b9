#pragma once

#include "report/ReportInput.h"

#include <QRectF>
#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace fakelens::ui {

// Where a face section of the case lies, for the "Where" column (the case's ReportInput::faces
// without their images).
struct NoteFace {
    int frame = 0;
    int trackId = -1;
    int faceId = 0; // AnalysedFace::id of the face in its frame (1-based, left to right)
    QRectF box;     // frame pixels
};

// The examiner's notes and bookmarks of the open case and the conclusion: a table of findings
// and a conclusion field. The panel only shows and asks; CaseNotesController writes the case
// file and calls setFindings() with what the file holds after each change, so the table never
// shows a note the file does not have.
class CaseNotesPanel : public QWidget {
    Q_OBJECT

public:
    enum Column { StatusColumn, TextColumn, WhereColumn, AuthorColumn, TimeColumn, ColumnCount };

    explicit CaseNotesPanel(QWidget* parent = nullptr);

    // `fps` > 0 for videos: the Where column then gives the frame's timecode.
    void setFindings(const std::vector<CaseFinding>& findings, const std::vector<NoteFace>& faces, double fps);
    // Unsaved edits of the field stay unless `replaceEdits`.
    void setConclusion(const QString& conclusion, bool replaceEdits = false);
    // Empties the panel for the case `name` (none: the conclusion is disabled and adding a note
    // offers to save a case).
    void setCaseName(const QString& name);
    // Starts editing the text of the finding `id` (a bookmark just added).
    void editText(qint64 id);

    QTableWidget* table() const { return table_; }
    QLineEdit* newNoteEdit() const { return newNote_; }
    QPushButton* addButton() const { return add_; }
    QPushButton* bookmarkButton() const { return bookmark_; }
    QPushButton* removeButton() const { return remove_; }
    QPlainTextEdit* conclusionEdit() const { return conclusion_; }
    QPushButton* saveConclusionButton() const { return saveConclusion_; }
    qint64 selectedFinding() const; // 0: none
    int rowOf(qint64 id) const;     // -1: not shown

Q_SIGNALS:
    void addRequested(const QString& text);      // a note on the whole case
    void bookmarkRequested(const QString& text); // a note on the shown frame and selected face
    void statusChangeRequested(qint64 id, fakelens::FindingStatus status);
    void textChangeRequested(qint64 id, const QString& text);
    void removeRequested(qint64 id);
    void conclusionSaveRequested(const QString& conclusion);
    void findingActivated(qint64 id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void requestConclusionSave();
    void itemEdited(int row, int column);
    void updateButtons();

    QLabel* caseLabel_;
    QLineEdit* newNote_;
    QPushButton* add_;
    QPushButton* bookmark_;
    QPushButton* remove_;
    QTableWidget* table_;
    QPlainTextEdit* conclusion_;
    QPushButton* saveConclusion_;
    QString savedConclusion_;
    std::optional<QString> requestedConclusion_; // asked to be saved, not yet back from the file
    bool filling_ = false; // setFindings() is writing the table: its edits are not the examiner's
    bool hasCase_ = false;
};

QString findingStatusText(FindingStatus status); // translated "ok", "to check", "warning"

} // namespace fakelens::ui
