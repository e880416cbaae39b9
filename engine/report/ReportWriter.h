#pragma once

#include "core/CancelToken.h"
#include "core/Progress.h"
#include "report/ReportInput.h"

#include <QString>

namespace fakelens {

struct ReportWriteResult {
    QString path;   // absolute path of the PDF written
    int pages = 0;
    qint64 bytes = 0;
};

// Writes the report as an A4 PDF (QPdfWriter, PDF/A-1b for archiving) to `pdfPath`,
// atomically: it is rendered into a temporary file beside the target (QSaveFile) and renamed
// over it only when complete, so a failed or cancelled export leaves no file and no partial
// file, and an existing report is replaced only by a complete one. Missing folders are not
// created. Throws
// - Error(FileUnwritable, pdfPath, why) when the folder does not exist, is not a folder or is not
//   writable, or the file cannot be completed (disk full, ...);
// - Error(InvalidArgument) when pdfPath is in the evidence's folder or below it
//   (checkOutsideEvidenceFolder(); this also protects the evidence file itself);
// - Error(Internal) without a QGuiApplication (text rendering needs the font database);
// - CancelledError once `cancel` is set (checked between pages).
// Progress under "figures", then "pages". Needs a QGuiApplication (the offscreen platform is
// enough); safe to call from a worker thread.
// The checks writeReportPdf() makes on its destination before any work, for callers that want
// to fail before a long analysis (the CLI) or as soon as the user picks a file (the GUI). Throws
// as writeReportPdf() does (FileUnwritable, InvalidArgument); `evidencePath` may be empty.
void checkReportDestination(const QString& pdfPath, const QString& evidencePath);

ReportWriteResult writeReportPdf(const ReportInput& input, const QString& pdfPath, ProgressReporter progress = {},
                                 CancelToken cancel = {});

} // namespace fakelens
