#include "window/MainWindow.h"

#include "report/ReportExporter.h"
#include "report/ReportFlow.h"
#include "session/WorkbenchSession.h"
#include "widgets/MessageBar.h"
#include "window/WorkbenchActions.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QStatusBar>

// File › Export report…'s wiring, kept apart from MainWindow.cpp so that each file stays readable.
namespace fakelens::ui {

void MainWindow::connectReport() {
    reportExporter_ = new ReportExporter(*session_, this);
    connect(actions_->exportReport, &QAction::triggered, this, &MainWindow::exportReportWithDialog);
    connect(reportExporter_, &ReportExporter::started, this, [this] {
        reportFraction_ = 0;
        reportStage_.clear();
        updateTaskStatus();
    });
    connect(reportExporter_, &ReportExporter::progressed, this, [this](double fraction, const QString& stage) {
        reportFraction_ = fraction;
        reportStage_ = stage;
        updateTaskStatus();
    });
    connect(reportExporter_, &ReportExporter::finished, this, [this](const QString& path, int pages) {
        session_->mutableSettings().reportFolder = QFileInfo(path).absolutePath();
        emit settingsChanged();
        messageBar_->showMessage(pages > 0 ? tr("Report written: %1 (%n page(s)).", nullptr, pages)
                                                 .arg(QDir::toNativeSeparators(path))
                                           : tr("Report written: %1.").arg(QDir::toNativeSeparators(path)),
                                 MessageBar::Kind::Notice);
        updateTaskStatus();
    });
    connect(reportExporter_, &ReportExporter::failed, this,
            [this](const QString& message) { showError(tr("No report was written. %1").arg(message)); });
    connect(reportExporter_, &ReportExporter::cancelled, this, [this] {
        statusBar()->showMessage(tr("Report export cancelled; no file was written."), 4000);
        updateTaskStatus();
    });
    connect(reportExporter_, &ReportExporter::runningChanged, this, [this] { updateTaskStatus(); });
}

void MainWindow::exportReportWithDialog() { runReportDialog(*this); }

QString MainWindow::exportReport(const QString& pdfPath, const QString& caseId, const QString& examiner) {
    messageBar_->dismiss();
    AppSettings& s = session_->mutableSettings();
    s.reportCaseId = caseId;
    s.reportCaseEvidence = session_->media() ? session_->media()->path : QString();
    s.examinerName = examiner;
    emit settingsChanged();
    const QString problem = reportExporter_->exportReport(pdfPath, caseId, examiner);
    if (!problem.isEmpty())
        showError(problem);
    updateTaskStatus();
    return problem;
}

} // namespace fakelens::ui
