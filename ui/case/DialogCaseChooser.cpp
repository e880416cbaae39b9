#include "case/DialogCaseChooser.h"

#include "report/ReportDialog.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>

namespace fakelens::ui {

// The file dialogs' texts were CaseController's before they moved here: they keep its
// translation context, so their translations stay.

QString DialogCaseChooser::saveCasePath(QWidget* parent, const QString& suggested) {
    return QFileDialog::getSaveFileName(parent, QCoreApplication::translate("fakelens::ui::CaseController", "Save case"),
                                        suggested,
                                        QCoreApplication::translate("fakelens::ui::CaseController",
                                                                    "FakeLens cases (*.fakelens);;All files (*)"));
}

QString DialogCaseChooser::openCasePath(QWidget* parent, const QString& folder) {
    return QFileDialog::getOpenFileName(parent, QCoreApplication::translate("fakelens::ui::CaseController", "Open case"),
                                        folder,
                                        QCoreApplication::translate("fakelens::ui::CaseController",
                                                                    "FakeLens cases (*.fakelens);;All files (*)"));
}

std::optional<CaseChooser::Details> DialogCaseChooser::newCaseDetails(QWidget* parent, const QString& examiner) {
    // The case ID is never offered again: each case has its own (issue #14).
    ReportDialog dialog(QString(), examiner, QString(), QString(), parent, ReportDialog::Purpose::NewCase);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return Details{dialog.caseId(), dialog.examiner()};
}

CaseChooser::Unsaved DialogCaseChooser::unsavedChanges(QWidget* parent, const QString& caseName) {
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    caseName.isEmpty()
                        ? tr("The workbench holds explanations or evaluations that are in no case "
                                                    "file yet. Save them before starting a new case?")
                        : tr("The case %1 has unsaved changes (explanations or evaluations). "
                                                    "Save them before starting a new case?")
                              .arg(caseName),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return Unsaved::Save;
    case QMessageBox::Discard:
        return Unsaved::Discard;
    default:
        return Unsaved::Cancel;
    }
}

} // namespace fakelens::ui
