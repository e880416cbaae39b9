#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace fakelens::ui {

// What CaseController asks the examiner: the case file to save to or open, the case ID and the
// examiner of a new case, and what to do with unsaved changes. An interface so that the GUI
// tests answer instead of a modal dialog (DialogCaseChooser is the one the workbench uses).
class CaseChooser {
public:
    enum class Unsaved { Save, Discard, Cancel };
    struct Details {
        QString caseId;
        QString examiner;
    };

    virtual ~CaseChooser() = default;
    // The case file to save to, starting at `suggested`; "" when the examiner cancels.
    virtual QString saveCasePath(QWidget* parent, const QString& suggested) = 0;
    // The case file to open, starting in `folder`; "" when the examiner cancels.
    virtual QString openCasePath(QWidget* parent, const QString& folder) = 0;
    // The case ID (never pre-filled) and the examiner of a new case; nothing when cancelled.
    virtual std::optional<Details> newCaseDetails(QWidget* parent, const QString& examiner) = 0;
    // The workbench holds results that `caseName` (empty: no case yet) does not.
    virtual Unsaved unsavedChanges(QWidget* parent, const QString& caseName) = 0;
};

} // namespace fakelens::ui
