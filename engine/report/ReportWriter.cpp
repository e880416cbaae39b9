#include "report/ReportWriter.h"

#include "core/Error.h"
#include "core/EvidenceFolder.h"
#include "core/Version.h"
#include "report/ReportComposer.h"
#include "report/ReportPaginator.h"
#include "report/ReportStrings.h"

#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScreen>

#include <cmath>

namespace fakelens {

namespace {

using T = ReportText;

constexpr int kDpi = 300;
// A4 portrait, margins in millimetres: room for the running header and footer.
constexpr double kPageWidthMm = 210, kPageHeightMm = 297;
constexpr double kLeftMm = 18, kRightMm = 18, kTopMm = 22, kBottomMm = 20;

double mmToDevice(double mm) { return mm * kDpi / 25.4; }

Error unwritable(const QString& path, const QString& why) {
    return Error(ErrorCode::FileUnwritable, path.toStdString(), why.toStdString());
}

// Fails early, with a reason an investigator can act on, for destinations QSaveFile would
// refuse with a less helpful message (or, as root, not refuse at all).
void checkDestination(const QFileInfo& target) {
    const QString path = target.absoluteFilePath();
    if (target.isDir())
        throw unwritable(path, T::tr("is a folder, not a file name"));
    const QFileInfo folder(target.absolutePath());
    if (!folder.exists()) {
        // A regular file somewhere up the path makes the folder impossible, not just missing.
        for (QFileInfo up = folder; !up.isRoot() && up.absoluteFilePath() != up.absolutePath(); up = QFileInfo(up.absolutePath()))
            if (up.exists() && !up.isDir())
                throw unwritable(path, T::tr("%1 is a file, not a folder").arg(up.absoluteFilePath()));
        throw unwritable(path, T::tr("the folder %1 does not exist").arg(folder.absoluteFilePath()));
    }
    if (!folder.isDir())
        throw unwritable(path, T::tr("%1 is not a folder").arg(folder.absoluteFilePath()));
    if (!folder.isWritable())
        throw unwritable(path, T::tr("the folder %1 is not writable").arg(folder.absoluteFilePath()));
}

QString writeFailure(const QSaveFile& file) {
    if (file.error() == QFileDevice::ResourceError)
        return T::tr("the disk is full or over quota (%1); no file was written").arg(file.errorString());
    return T::tr("the report could not be written (%1); no file was written").arg(file.errorString());
}

void paintRunningText(QPainter& painter, const ReportInput& input, int page, int pages) {
    const double left = mmToDevice(kLeftMm);
    const double right = mmToDevice(kPageWidthMm - kRightMm);
    const double width = right - left;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(7.5);
    painter.setFont(font);
    const double line = QFontMetricsF(font, painter.device()).height();
    const QPen rule(QColor(18, 53, 91), mmToDevice(0.25));
    const QColor text(70, 80, 90);

    const double headerBase = mmToDevice(14);
    painter.setPen(text);
    painter.drawText(QRectF(left, headerBase - line, width, line), Qt::AlignLeft | Qt::AlignBottom,
                     T::tr("FakeLens deepfake analysis report"));
    painter.drawText(QRectF(left, headerBase - line, width, line), Qt::AlignRight | Qt::AlignBottom,
                     QFileInfo(input.evidence.path).fileName());
    painter.setPen(rule);
    painter.drawLine(QPointF(left, headerBase + mmToDevice(1)), QPointF(right, headerBase + mmToDevice(1)));

    const double footerTop = mmToDevice(kPageHeightMm - kBottomMm + 6);
    painter.drawLine(QPointF(left, footerTop), QPointF(right, footerTop));
    painter.setPen(text);
    const QRectF footer(left, footerTop + mmToDevice(1), width, line);
    const QString caseId = input.caseDetails.caseId.isEmpty() ? T::tr("(no case ID)") : input.caseDetails.caseId;
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop, T::tr("Case %1").arg(caseId));
    painter.drawText(footer, Qt::AlignHCenter | Qt::AlignTop,
                     T::tr("Evidence SHA-256 %1... - FakeLens %2").arg(input.evidence.sha256.left(16), QString::fromLatin1(kVersion)));
    painter.drawText(footer, Qt::AlignRight | Qt::AlignTop, T::tr("Page %1 of %2").arg(page + 1).arg(pages));
}

} // namespace

void checkReportDestination(const QString& pdfPath, const QString& evidencePath) {
    if (pdfPath.isEmpty())
        throw Error(ErrorCode::InvalidArgument, "report", "no file name given for the report");
    const QFileInfo target(pdfPath);
    checkDestination(target);
    // Evidence folders stay untouched: not even QSaveFile's temporary file goes there.
    if (!evidencePath.isEmpty())
        checkOutsideEvidenceFolder(target.absoluteFilePath(), evidenceFolderOf(evidencePath));
}

ReportWriteResult writeReportPdf(const ReportInput& input, const QString& pdfPath, ProgressReporter progress,
                                 CancelToken cancel) {
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        throw Error(ErrorCode::Internal, "report", "writing a PDF report needs a QGuiApplication (for fonts)");
    checkReportDestination(pdfPath, input.evidence.path);
    const QString path = QFileInfo(pdfPath).absoluteFilePath();

    // QTextDocument lays text out at the screen's logical DPI (96 on the offscreen platform):
    // the layout's pixels are 1/layoutDpi inch, and the painter scales from that to the PDF.
    const QScreen* screen = QGuiApplication::primaryScreen();
    const double layoutDpi = screen ? std::round(screen->logicalDotsPerInchY()) : 96.0;
    const ReportDocument document = composeReport(input, layoutDpi, progress.sub(0.0, 0.4), cancel);
    const double scale = double(kDpi) / layoutDpi;
    const QSizeF body((kPageWidthMm - kLeftMm - kRightMm) / 25.4 * layoutDpi,
                      (kPageHeightMm - kTopMm - kBottomMm) / 25.4 * layoutDpi);
    const ReportPaginator pages(document, body);
    cancel.throwIfCancelled();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw unwritable(path, T::tr("cannot create the file (%1)").arg(file.errorString()));
    try {
        {
            QPdfWriter writer(&file);
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b); // archival PDF for case files
            writer.setResolution(kDpi);
            writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
            writer.setTitle(T::tr("FakeLens report: %1 (case %2)")
                                .arg(QFileInfo(input.evidence.path).fileName(), input.caseDetails.caseId));
            writer.setCreator(QStringLiteral("FakeLens %1").arg(QString::fromLatin1(kVersion)));
            QPainter painter;
            if (!painter.begin(&writer))
                throw unwritable(path, T::tr("the PDF writer could not start (%1)").arg(file.errorString()));
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            for (int page = 0; page < pages.pageCount(); ++page) {
                cancel.throwIfCancelled();
                progress.report(0.4 + 0.6 * page / pages.pageCount(), "pages");
                if (page > 0 && !writer.newPage())
                    throw unwritable(path, writeFailure(file));
                paintRunningText(painter, input, page, pages.pageCount());
                painter.save();
                painter.translate(mmToDevice(kLeftMm), mmToDevice(kTopMm));
                painter.scale(scale, scale);
                pages.paintPage(painter, page);
                painter.restore();
            }
            if (!painter.end())
                throw unwritable(path, writeFailure(file));
        }
        if (file.error() != QFileDevice::NoError || !file.commit())
            throw unwritable(path, writeFailure(file));
    } catch (...) {
        file.cancelWriting();
        throw;
    }
    ReportWriteResult result;
    result.path = path;
    result.pages = pages.pageCount();
    result.bytes = QFileInfo(path).size();
    progress.report(1.0, "pages");
    return result;
}

} // namespace fakelens
