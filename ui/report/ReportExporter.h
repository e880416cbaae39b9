#pragma once

#include "jobs/LatestJob.h"
#include "report/ReportAssembler.h"
#include "report/ReportWriter.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QVector>

namespace fakelens::ui {

class WorkbenchSession;

// What one export job hands back.
struct ExportOutcome {
    QString refusal; // set when nothing was written for a reason of the workbench's own
    ReportWriteResult written;
};

// File › Export report…: takes a snapshot of what the workbench holds (the evidence, the shown
// frame and its faces, the selected face's explanation and evaluation, the video's timeline),
// then on the engine worker re-reads and hashes the evidence (it must still be the file that was
// opened), describes the model and writes the PDF with the engine's writeReportPdf() (atomic: a
// failed or cancelled export leaves no file). Nothing already computed is computed again.
class ReportExporter : public QObject {
    Q_OBJECT

public:
    ReportExporter(WorkbenchSession& session, QObject* parent = nullptr);
    ~ReportExporter() override;

    // Starts writing `pdfPath`. Returns an empty string when it started, else why it cannot
    // (no evidence open, the faces are still being detected, ...).
    QString exportReport(const QString& pdfPath, const QString& caseId, const QString& examiner);
    void cancel();

    bool isRunning() const { return job_.isRunning(); }
    QString targetPath() const { return target_; }
    // The snapshot the last export was made from (tests, diagnostics).
    const WorkbenchSnapshot& lastSnapshot() const { return snapshot_; }

    // A default file name for the report of `evidencePath`: "<evidence>_report_<date-time>.pdf".
    static QString defaultFileName(const QString& evidencePath, const QDateTime& when);
    // Where reports go by default: the folder of the last one, else Documents (never beside the
    // evidence, which may sit on a read-only or write-blocked medium), else the home folder.
    static QString defaultFolder(const QString& lastFolder);

    // What the workbench holds now, as the report (and a saved case) describes it. Only call with
    // an evidence open and its shown frame scored.
    WorkbenchSnapshot takeSnapshot(const QString& caseId, const QString& examiner) const;

Q_SIGNALS:
    void started(const QString& path);
    void progressed(double fraction, const QString& stageText);
    void finished(const QString& path, int pages, qint64 bytes);
    void failed(const QString& message);
    void cancelled();
    void runningChanged(bool running);

private:
    static QString stageText(const QString& stage);
    void sayIfCompletedDespiteCancel(bool stillCurrent);

    WorkbenchSession& session_;
    QString target_;
    WorkbenchSnapshot snapshot_;
    // What was at the destination before the running export, to tell afterwards whether a
    // cancelled export had already been completed (the PDF is renamed into place at its end).
    struct Destination {
        bool existed = false;
        QDateTime modified;
        qint64 size = -1;
    } before_;
    LatestJob<ExportOutcome> job_;
};

} // namespace fakelens::ui
