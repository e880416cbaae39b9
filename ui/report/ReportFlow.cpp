#include "report/ReportFlow.h"

#include "evaluate/EvaluationController.h"
#include "report/ReportDialog.h"
#include "report/ReportExporter.h"
#include "session/ExplanationController.h"
#include "session/WorkbenchSession.h"
#include "widgets/MessageBar.h"
#include "window/MainWindow.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace fakelens::ui {

namespace {
class ReportFlow {
    Q_DECLARE_TR_FUNCTIONS(ReportFlow)
};
} // namespace

QString reportContentsSummary(MainWindow& window) {
    WorkbenchSession& session = window.session();
    QStringList items;
    items << ReportFlow::tr("the evidence: file name, size, SHA-256 (checked again now), media properties");
    items << ReportFlow::tr("the model: name, file SHA-256, card, device");
    const int faces = int(session.currentFrame().faces.size());
    const bool video = session.media() && session.media()->isVideo;
    items << (video ? ReportFlow::tr("the %n face(s) of the shown frame with their box, crop, P(fake) and verdict", nullptr, faces)
                    : ReportFlow::tr("the %n face(s) of the image with their box, crop, P(fake) and verdict", nullptr, faces));
    const AnalysedFace* face = session.selectedFaceData();
    if (face) {
        const auto explanation = session.explanations().report();
        const auto evaluation = session.evaluations().result();
        QStringList methods;
        if (evaluation && evaluation->calledFake)
            for (const Explanation& e : evaluation->explanations)
                methods << QString::fromStdString(e.method);
        if (explanation)
            for (const Explanation& e : explanation->explanations)
                if (!methods.contains(QString::fromStdString(e.method)))
                    methods << QString::fromStdString(e.method);
        items << (methods.isEmpty()
                      ? ReportFlow::tr("face #%1 (selected): no explanation yet — press Explain or Evaluate first to include "
                                       "heatmaps").arg(face->id)
                      : ReportFlow::tr("face #%1 (selected): the heatmaps of %2 and the adversarial sample")
                            .arg(face->id)
                            .arg(methods.join(QStringLiteral(", "))));
        items << (evaluation && evaluation->calledFake
                      ? ReportFlow::tr("the evaluation of face #%1 (table and chart, top-1 to top-%2)")
                            .arg(face->id)
                            .arg(session.evaluations().subject().settings.topK)
                      : ReportFlow::tr("no evaluation (run it in the Evaluation tab to include it)"));
    }
    if (video)
        items << ReportFlow::tr("the score timeline (%n frame(s) scored so far)", nullptr, session.timeline().scannedFrames());
    items << ReportFlow::tr("every parameter and seed, and what heatmaps can and cannot show");
    QString html = ReportFlow::tr("The report will contain:") + QStringLiteral("<ul style=\"margin-left:-20px\">");
    for (const QString& item : items)
        html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

void runReportDialog(MainWindow& window) {
    WorkbenchSession& session = window.session();
    if (!session.media()) {
        window.messageBar()->showMessage(ReportFlow::tr("Open an image or a video first: the report describes the evidence."),
                                         MessageBar::Kind::Error);
        return;
    }
    if (window.reportExporter()->isRunning()) {
        window.messageBar()->showMessage(ReportFlow::tr("A report is being written already (Esc cancels it)."),
                                         MessageBar::Kind::Notice);
        return;
    }
    const AppSettings& settings = session.settings();
    const QString folder = ReportExporter::defaultFolder(settings.reportFolder);
    const QString file =
        QDir(folder).filePath(ReportExporter::defaultFileName(session.media()->path, QDateTime::currentDateTime()));
    // A case ID belongs to one piece of evidence: it is offered again only for the same file.
    const QString caseId = settings.reportCaseEvidence == session.media()->path ? settings.reportCaseId : QString();
    ReportDialog dialog(caseId, settings.examinerName, file, reportContentsSummary(window), &window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    window.exportReport(dialog.destination(), dialog.caseId(), dialog.examiner());
}

} // namespace fakelens::ui
