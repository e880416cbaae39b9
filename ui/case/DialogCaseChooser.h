#pragma once

#include "case/CaseChooser.h"

#include <QCoreApplication>

namespace fakelens::ui {

// CaseChooser with the desktop's dialogs: QFileDialog for the case file, the report's dialog
// (ReportDialog::Purpose::NewCase) for the case ID and examiner, a question for unsaved changes.
class DialogCaseChooser : public CaseChooser {
    Q_DECLARE_TR_FUNCTIONS(DialogCaseChooser)

public:
    QString saveCasePath(QWidget* parent, const QString& suggested) override;
    QString openCasePath(QWidget* parent, const QString& folder) override;
    std::optional<Details> newCaseDetails(QWidget* parent, const QString& examiner) override;
    Unsaved unsavedChanges(QWidget* parent, const QString& caseName) override;
};

} // namespace fakelens::ui
