// File › Export report… in the workbench, offscreen: the PDF is written from what the workbench
// already holds (the explanation and the evaluation of the selected face are not computed
// again), off the GUI thread; pdftotext finds the evidence's SHA-256, the verdict and every
// method that ran; pdfinfo and pdftoppm see and render every page. The dialog remembers case ID
// and examiner; an unwritable destination, a cancel and an evidence file that changed since it
// was opened all leave no file and say why. Sample counts are small. Screenshots (the window,
// the dialog and the first pages of the PDF) go to <build>/screenshots.
#include "support/TestPaths.h"

#include "evaluate/EvaluationController.h"
#include "evaluate/EvaluationPanel.h"
#include "explain/ExplanationPanel.h"
#include "report/ReportDialog.h"
#include "report/ReportExporter.h"
#include "session/ExplanationController.h"
#include "session/TimelineScanner.h"
#include "session/WorkbenchSession.h"
#include "widgets/MessageBar.h"
#include "widgets/TaskProgressWidget.h"
#include "window/MainWindow.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QtTest>

using namespace fakelens;
using namespace fakelens::ui;

namespace {

void saveScreenshot(QWidget& widget, const QString& name) {
    QDir().mkpath(QStringLiteral(FAKELENS_SCREENSHOT_DIR));
    const QString path = QDir(QStringLiteral(FAKELENS_SCREENSHOT_DIR)).filePath(name);
    QVERIFY2(widget.grab().save(path, "PNG"), qPrintable(path));
}

QString runTool(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString sha256Of(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
}

int pdfPages(const QString& pdf) {
    const QRegularExpressionMatch m = QRegularExpression("Pages:\\s+(\\d+)").match(runTool("pdfinfo", {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// Renders every page; returns how many rendered, and copies the first `keep` to the
// screenshots folder as <prefix>-N.png for reviewers.
int renderPages(const QString& pdf, const QString& folder, const QString& prefix, int keep) {
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    runTool("pdftoppm", {"-r", "50", "-png", pdf, QDir(folder).filePath("page")});
    const QStringList pngs = QDir(folder).entryList({"page-*.png"}, QDir::Files, QDir::Name);
    QDir().mkpath(QStringLiteral(FAKELENS_SCREENSHOT_DIR));
    for (int i = 0; i < pngs.size(); ++i) {
        const QImage page(QDir(folder).filePath(pngs[i]));
        if (page.isNull())
            return -1;
        if (i < keep)
            page.save(QDir(QStringLiteral(FAKELENS_SCREENSHOT_DIR)).filePath(QStringLiteral("%1-%2.png").arg(prefix).arg(i + 1)));
    }
    return int(pngs.size());
}

QString model() { return testpaths::kerasWeights("Meso4_DF"); }

// Small counts; the evaluation's sample count equals the explanations' so that the report can
// show the Explanation tab's methods beside the evaluated ones (same settings, same segments).
AppSettings fastSettings() {
    AppSettings s;
    s.modelPath = model();
    s.detectFaces = false; // the sample is a face crop
    s.explainer.set("LIME", "samples", 128);
    s.explainer.set("SHAP", "evaluations", 128);
    s.explainer.set("RISE", "masks", 128);
    s.explainer.set("SOBOL", "designs", 2);
    s.nesIterations = 10;
    s.nesSamples = 10;
    s.seed = 5;
    s.evaluationSamples = 128;
    s.evaluationAttackIterations = 5;
    s.evaluationTopK = 3;
    s.reportCaseId.clear();
    s.examinerName.clear();
    return s;
}

// Waits until the export has ended; returns the message bar's text.
QString waitForExport(MainWindow& window, int timeoutMs = 90000) {
    QElapsedTimer clock;
    clock.start();
    while (window.reportExporter()->isRunning() && clock.elapsed() < timeoutMs)
        QTest::qWait(50);
    QTest::qWait(50);
    return window.messageBar()->isVisible() ? window.messageBar()->text() : QString();
}

} // namespace

class TestGuiReport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        evidence_ = testpaths::shared("samples/faces/fake/df00204.jpg");
        window_ = std::make_unique<MainWindow>(fastSettings());
        window_->resize(1500, 950);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        QTRY_VERIFY_WITH_TIMEOUT(window_->session().model().has_value(), 30000);
        window_->openPath(evidence_);
        QTRY_VERIFY_WITH_TIMEOUT(window_->session().currentFrame().scored, 30000);
        QCOMPARE(window_->faceCount(), 1);
        QVERIFY(window_->session().currentFrame().faces[0].fake());
    }

    void cleanupTestCase() { window_.reset(); }

    // SHAP explained in the Explanation tab, LIME and LIME_adv evaluated: the report carries
    // all four heatmaps, the evaluation with its RANDOM row, the evidence's SHA-256 and verdict,
    // and nothing was computed again for it.
    void exportsWhatTheWorkbenchHolds() {
        window_->setMethod("SHAP");
        window_->explainSelectedFace();
        QTRY_VERIFY_WITH_TIMEOUT(window_->explanationPanel()->report() != nullptr, 120000);
        EvaluationPanel* panel = window_->evaluationPanel();
        panel->setCheckedMethods({"LIME", "LIME_adv"}, true);
        window_->evaluateSelectedFace();
        QTRY_VERIFY_WITH_TIMEOUT(panel->result() != nullptr, 120000);
        QVERIFY(panel->result()->calledFake);
        const auto explanation = window_->session().explanations().report();
        const auto evaluation = window_->session().evaluations().result();

        const QString pdf = testpaths::output("gui-report/df00204.pdf");
        QFile::remove(pdf);
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(window_->exportReport(pdf, "CASE-2025-042", "A. Investigator"), QString());
        QVERIFY(window_->reportExporter()->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(window_->taskProgress()->text().contains("report"), 5000);
        const QString message = waitForExport(*window_);
        qInfo("report written in %lld ms: %s", qlonglong(clock.elapsed()), qPrintable(message));
        QVERIFY2(message.contains("Report written") && message.contains("df00204.pdf"), qPrintable(message));
        QCOMPARE(window_->messageBar()->kind(), MessageBar::Kind::Notice);
        saveScreenshot(*window_, "report_01_written.png");

        // The report was made from the results already shown, not from new ones.
        const WorkbenchSnapshot& snapshot = window_->reportExporter()->lastSnapshot();
        QCOMPARE(snapshot.explanation, explanation);
        QCOMPARE(snapshot.evaluation, evaluation);

        const int pages = pdfPages(pdf);
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        QCOMPARE(renderPages(pdf, testpaths::output("gui-report/image_pages"), "report_image_page", 4), pages);
        QVERIFY(message.contains(QString("%1 page").arg(pages)));

        const QString text = runTool("pdftotext", {"-layout", pdf, "-"});
        QVERIFY(text.contains(sha256Of(evidence_)));
        QVERIFY(text.contains("CASE-2025-042"));
        QVERIFY(text.contains("A. Investigator"));
        QVERIFY(text.contains(QRegularExpression("Verdict of the detector:\\s+fake")));
        for (const char* method : {"LIME", "LIME_adv", "SHAP", "SHAP_adv", "RANDOM"})
            QVERIFY2(text.contains(method), method);
        QVERIFY(text.contains("Evaluation of the explanations"));
        QVERIFY(text.contains("Robustness of the verdict")); // computed for the shown face
        QVERIFY(text.contains("when the analysis was made"));
        QVERIFY(text.contains("Meso4_DF"));
    }

    // The dialog remembers case ID and examiner, proposes a file named after the evidence and
    // the date in a folder that is not the evidence's, and writes where it is told.
    void exportsThroughTheDialog() {
        const QString pdf = testpaths::output("gui-report/dialog/from-dialog.pdf");
        QDir().mkpath(QFileInfo(pdf).absolutePath());
        QFile::remove(pdf);
        bool seen = false;
        QTimer::singleShot(200, this, [&] {
            auto* dialog = qobject_cast<ReportDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            seen = true;
            QCOMPARE(dialog->caseIdEdit()->text(), QString("CASE-2025-042"));
            QCOMPARE(dialog->examinerEdit()->text(), QString("A. Investigator"));
            const QFileInfo proposed(dialog->destination());
            QVERIFY2(proposed.fileName().startsWith("df00204_report_") && proposed.suffix() == "pdf",
                     qPrintable(proposed.fileName()));
            QVERIFY(proposed.absolutePath() != QFileInfo(evidence_).absolutePath());
            dialog->caseIdEdit()->setText("CASE-2025-043");
            dialog->destinationEdit()->setText(QDir::toNativeSeparators(pdf));
            dialog->adjustSize();
            saveScreenshot(*dialog, "report_02_dialog.png");
            dialog->accept();
        });
        window_->exportReportWithDialog();
        QVERIFY(seen);
        const QString message = waitForExport(*window_);
        QVERIFY2(message.contains("Report written"), qPrintable(message));
        QVERIFY(QFileInfo::exists(pdf));
        QVERIFY(runTool("pdftotext", {pdf, "-"}).contains("CASE-2025-043"));
        // Remembered for next time (saved with the other settings at exit).
        QCOMPARE(window_->settings().reportCaseId, QString("CASE-2025-043"));
        QCOMPARE(window_->settings().examinerName, QString("A. Investigator"));
        QCOMPARE(window_->settings().reportFolder, QFileInfo(pdf).absolutePath());
    }

    // A destination under a regular file cannot be written, even by root: a message in the
    // window, and no file.
    void unwritableDestinationLeavesNoFile() {
        const QString plain = testpaths::output("gui-report/plain-file.txt");
        QFile file(plain);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("a regular file, not a folder");
        file.close();
        const QString pdf = plain + "/reports/df00204.pdf";
        QCOMPARE(window_->exportReport(pdf, "CASE-2025-042", "A. Investigator"), QString());
        const QString message = waitForExport(*window_);
        QCOMPARE(window_->messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY2(message.contains("No report was written") && message.contains("plain-file.txt"), qPrintable(message));
        QVERIFY(!QFileInfo::exists(pdf));
        QVERIFY(QFileInfo(plain).isFile());
        QCOMPARE(QFileInfo(plain).size(), qint64(28));
        saveScreenshot(*window_, "report_03_unwritable.png");
    }

    // Cancel (Esc) while the report is being written: no file.
    void cancelLeavesNoFile() {
        const QString pdf = testpaths::output("gui-report/cancelled.pdf");
        QFile::remove(pdf);
        window_->activateWindow(); // shortcuts go to the active window (the dialog had it)
        QVERIFY(QTest::qWaitForWindowActive(window_.get()));
        QCOMPARE(window_->exportReport(pdf, "CASE-2025-042", "A. Investigator"), QString());
        QVERIFY(window_->reportExporter()->isRunning());
        QTest::keyClick(window_.get(), Qt::Key_Escape);
        QVERIFY(!window_->reportExporter()->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!window_->session().queue().isBusy(), 30000);
        QTest::qWait(50);
        QVERIFY(!QFileInfo::exists(pdf));
    }

    // The report vouches for the evidence by its SHA-256: a file that changed since it was
    // opened is refused.
    void changedEvidenceIsRefused() {
        const QString copy = testpaths::output("gui-report/evidence/evidence-copy.jpg");
        QFile::remove(copy);
        QVERIFY(QFile::copy(evidence_, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        window_->openPath(copy);
        QTRY_VERIFY_WITH_TIMEOUT(window_->session().media()->path == copy && window_->session().currentFrame().scored,
                                 30000);
        QFile file(copy);
        QVERIFY(file.open(QIODevice::Append));
        file.write("tampered");
        file.close();
        const QString pdf = testpaths::output("gui-report/changed.pdf");
        QFile::remove(pdf);
        QCOMPARE(window_->exportReport(pdf, "CASE-2025-042", "A. Investigator"), QString());
        const QString message = waitForExport(*window_);
        QVERIFY2(message.contains("changed since it was opened"), qPrintable(message));
        QVERIFY(!QFileInfo::exists(pdf));
    }

    // A photo with several faces: every face has its own section with its box and score; only
    // the selected one could carry explanations, and the report says why the others do not.
    void everyFaceOfAPhoto() {
        window_->session().setDetectFaces(true);
        const QString photo = testpaths::shared("samples/misc/multiface.jpg");
        window_->openPath(photo);
        QTRY_VERIFY_WITH_TIMEOUT(window_->session().media()->path == photo && window_->session().currentFrame().scored,
                                 60000);
        QCOMPARE(window_->faceCount(), 6);
        window_->session().selectFace(2);
        const QString pdf = testpaths::output("gui-report/multiface.pdf");
        QFile::remove(pdf);
        QCOMPARE(window_->exportReport(pdf, "CASE-2025-042", "A. Investigator"), QString());
        const QString message = waitForExport(*window_);
        QVERIFY2(message.contains("Report written"), qPrintable(message));
        const int pages = pdfPages(pdf);
        QCOMPARE(renderPages(pdf, testpaths::output("gui-report/multiface_pages"), "report_multiface_page", 1), pages);
        const QString text = runTool("pdftotext", {"-layout", pdf, "-"});
        QVERIFY(text.contains("6 face(s) found"));
        for (int i = 1; i <= 6; ++i)
            QVERIFY(text.contains(QString("Face %1").arg(i)));
        QVERIFY(text.contains(sha256Of(photo)));
        window_->session().setDetectFaces(false);
    }

    // Nothing open: the action says what to do.
    void nothingOpenSaysSo() {
        MainWindow window(fastSettings());
        window.show();
        window.exportReportWithDialog();
        QVERIFY(window.messageBar()->isVisible());
        QVERIFY(window.messageBar()->text().contains("Open an image or a video"));
    }

    // A video: the faces of the shown frame, the explanation of the selected face and the score
    // timeline the workbench scored.
    void videoReport() {
        AppSettings settings = fastSettings();
        settings.detectFaces = true;
        settings.timelineStep = 75; // 11 of the 751 frames
        MainWindow window(settings);
        window.resize(1500, 950);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString video = testpaths::shared("samples/videos/ffpp_519_515_deepfakes.mp4");
        QSignalSpy timelineDone(&window.session().timeline(), &TimelineScanner::finished);
        window.openPath(video);
        QTRY_VERIFY_WITH_TIMEOUT(window.session().currentFrame().scored && window.faceCount() >= 1, 60000);
        QVERIFY(timelineDone.wait(90000) || timelineDone.count() == 1);
        window.setMethod("LIME");
        window.explainSelectedFace();
        QTRY_VERIFY_WITH_TIMEOUT(window.explanationPanel()->report() != nullptr, 120000);

        const QString pdf = testpaths::output("gui-report/video.pdf");
        QFile::remove(pdf);
        QCOMPARE(window.exportReport(pdf, "CASE-2025-044", "A. Investigator"), QString());
        const QString message = waitForExport(window);
        QVERIFY2(message.contains("Report written"), qPrintable(message));
        saveScreenshot(window, "report_04_video_written.png");
        const int pages = pdfPages(pdf);
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        QCOMPARE(renderPages(pdf, testpaths::output("gui-report/video_pages"), "report_video_page", 3), pages);
        const QString text = runTool("pdftotext", {"-layout", pdf, "-"});
        QVERIFY(text.contains(sha256Of(video)));
        QVERIFY(text.contains("Score timeline"));
        // Page 1 gives the timeline scan's verdict: the one the workbench shows and detect prints.
        const fakelens::ui::TimelineVerdict& verdict = window.session().timeline().verdict();
        QVERIFY(verdict.scored);
        QVERIFY2(text.contains(QRegularExpression(QString("Verdict of the detector:\\s+%1\\s+\\(fake score %2,")
                                                      .arg(verdict.fake ? "fake" : "real")
                                                      .arg(verdict.fakeScore, 0, 'f', 4))),
                 qPrintable(text.left(1500)));
        QVERIFY(text.contains("Appendix: face tracks"));
        QVERIFY(text.contains("one frame in 75"));
        QVERIFY(text.contains("LIME_adv"));
        // The most suspicious face of the timeline has its section too (scored again from its frame).
        double best = -1;
        int bestFrame = -1;
        for (const fakelens::ui::TimelinePoint& point : window.reportExporter()->lastSnapshot().timeline)
            for (double p : point.fakeProbabilities)
                if (p > best) {
                    best = p;
                    bestFrame = point.frame;
                }
        QVERIFY(best >= 0);
        QVERIFY2(text.contains(QString("Highest P(fake) among the faces with a section: %1").arg(best, 0, 'f', 4)), qPrintable(text.left(3000)));
        if (bestFrame != window.session().currentFrame().frameIndex)
            QVERIFY(text.contains("most suspicious face of the score timeline"));
    }

private:
    QString evidence_;
    std::unique_ptr<MainWindow> window_;
};

QTEST_MAIN(TestGuiReport)
#include "test_gui_report.moc"
