// Analyse › Test robustness (Ctrl+R), offscreen: the selected face is re-scored on the engine
// worker and RobustnessDialog shows every variant's P(fake), the spread and the flag. The
// synthetic detector reads a one-pixel checkerboard (a one-pixel shift inverts it, halving the
// image averages it away): "unstable", with the numbers testRobustness gives for the same face;
// a detector that reads mean brightness: "stable". Saving the case keeps the re-test the dialog
// showed (case schema 5), and Ctrl+R on that face of the reopened case shows it again without
// running a job. Screenshots go to <build>/screenshots.
#include "support/FunctionDetector.h"
#include "support/SyntheticDetector.h"
#include "support/TestPaths.h"

#include "case_compare.h"

#include "ImageConversion.h"
#include "case/CaseController.h"
#include "case/CaseFile.h"
#include "faces/RobustnessTest.h"
#include "session/RobustnessController.h"
#include "session/WorkbenchSession.h"
#include "widgets/RobustnessDialog.h"
#include "widgets/FaceListPanel.h"
#include "window/MainWindow.h"
#include "window/WorkbenchActions.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTableWidget>
#include <QListWidget>
#include <QtTest>

#include <opencv2/core.hpp>

using namespace fakelens;
using namespace fakelens::ui;

namespace {

void saveScreenshot(QWidget& widget, const QString& name) {
    QDir().mkpath(QStringLiteral(FAKELENS_SCREENSHOT_DIR));
    QCoreApplication::processEvents();
    const QString path = QDir(QStringLiteral(FAKELENS_SCREENSHOT_DIR)).filePath(name);
    QVERIFY2(widget.grab().save(path, "PNG"), qPrintable(path));
}

AppSettings wholeImageSettings() {
    AppSettings s;
    s.detectFaces = false; // the synthetic image is the face crop
    return s;
}

} // namespace

class TestGuiRobustness : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        image_ = testpaths::output("gui-robustness/evidence/synthetic-face.png");
        QVERIFY(toQImage(makeSyntheticImage()).save(image_, "PNG"));
        window_ = std::make_unique<MainWindow>(wholeImageSettings());
        window_->resize(1400, 900);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        QSignalSpy analysed(&window_->session(), &WorkbenchSession::frameAnalysed);
        window_->session().setDetectorFactory([] { return std::make_unique<SyntheticDetector>(); });
        QTRY_VERIFY_WITH_TIMEOUT(window_->session().model().has_value(), 10000);
        window_->openPath(image_);
        QTRY_VERIFY_WITH_TIMEOUT(window_->session().currentFrame().scored, 10000);
        QCOMPARE(int(window_->session().currentFrame().faces.size()), 1);
        QCOMPARE(window_->session().selectedFace(), 0);
    }

    void cleanupTestCase() { window_.reset(); }

    void actionIsInTheAnalyseMenuWithItsShortcut() {
        QAction* action = nullptr;
        for (QAction* menu : window_->menuBar()->actions())
            if (menu->text() == "&Analyse")
                for (QAction* a : menu->menu()->actions())
                    if (a->text() == "Test &robustness")
                        action = a;
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
        // No other action of the window has the same shortcut.
        int same = 0;
        for (QAction* a : window_->findChildren<QAction*>())
            same += a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_R) ? 1 : 0;
        QCOMPARE(same, 1);
    }

    void unstableVerdictIsFlagged() {
        // The engine's answer for the same face, computed here directly.
        SyntheticDetector reference;
        RobustnessSubject subject;
        subject.frameRgb = toRgbMat(window_->session().currentFrame().frame);
        subject.wholeFrame = true;
        const AnalysedFace& face = window_->session().currentFrame().faces[0];
        subject.originalFakeProbability = face.fakeProbability;
        const RobustnessResult expected = testRobustness(subject, reference);
        QVERIFY(expected.unstable);

        QVERIFY(!window_->caseController()->hasUnsavedChanges());
        QTest::keyClick(window_.get(), Qt::Key_R, Qt::ControlModifier);
        RobustnessDialog* dialog = window_->robustnessDialog();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(window_->session().robustness().result() != nullptr, 30000);
        // A saved case keeps the re-test, so until then it is an unsaved change.
        QVERIFY(window_->caseController()->hasUnsavedChanges());
        QVERIFY(dialog->isVisible());
        const RobustnessResult& shown = *window_->session().robustness().result();
        QCOMPARE(shown.originalFakeProbability, face.fakeProbability);
        auto* table = dialog->findChild<QTableWidget*>("robustnessTable");
        QCOMPARE(table->rowCount(), 10);
        for (int i = 0; i < 9; ++i) {
            QCOMPARE(shown.variants[size_t(i)].fakeProbability, expected.variants[size_t(i)].fakeProbability);
            QCOMPARE(table->item(i + 1, 1)->text(), QString::number(expected.variants[size_t(i)].fakeProbability, 'f', 4));
        }
        QCOMPARE(table->item(6, 0)->text(), QString("shifted 1 px right"));
        QVERIFY(table->item(6, 3)->text().contains("flips"));
        auto* flag = dialog->findChild<QLabel*>("robustnessFlag");
        QVERIFY2(flag->text().startsWith("UNSTABLE"), qPrintable(flag->text()));
        QVERIFY(dialog->findChild<QLabel*>("robustnessSpread")->text().contains(
            QString::number(expected.maxAbsChange, 'f', 4)));
        saveScreenshot(*dialog, "robustness_01_unstable.png");
        // The face list flags the face, as page 1 of the report does.
        QTRY_VERIFY(window_->faceList()->list()->item(0)->text().contains("UNSTABLE"));
        QCOMPARE(window_->faceList()->selectedFace(), window_->session().selectedFace());
    }

    // File › Save case after the dialog showed a result: the case holds that re-test for the
    // face, every number and call in the dialog's order.
    void savedCaseKeepsTheShownReTest() {
        QVERIFY(window_->session().robustness().result() != nullptr);
        const RobustnessResult shown = *window_->session().robustness().result();
        const QString casePath = testpaths::output("gui-robustness/synthetic-face.fakelens");
        QFile::remove(casePath);
        CaseController* cases = window_->caseController();
        QSignalSpy saved(cases, &CaseController::saved);
        QSignalSpy failed(cases, &CaseController::failed);
        QCOMPARE(cases->saveTo(casePath), QString());
        QTRY_VERIFY_WITH_TIMEOUT(saved.count() + failed.count() > 0, 30000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QVERIFY(!cases->hasUnsavedChanges());
        const ReportInput stored = CaseFile::open(casePath, true)->loadAnalysis();
        QCOMPARE(int(stored.faces.size()), 1);
        QVERIFY(stored.faces[0].robustness);
        QVERIFY(stored.faces[0].robustness->unstable);
        fakelens::testing::CaseCompare compare;
        compare.robustness("robustness", shown, *stored.faces[0].robustness);
        QVERIFY2(compare.diffs.isEmpty(), qPrintable(compare.diffs.join('\n')));
    }

    // Ctrl+R on a face of a reopened case shows the re-test the case keeps, with no job run.
    void aReopenedCaseShowsItsReTestWithoutRunning() {
        const QString casePath = testpaths::output("gui-robustness/synthetic-face.fakelens");
        const ReportInput stored = CaseFile::open(casePath, true)->loadAnalysis();
        QVERIFY(stored.faces.size() == 1 && stored.faces[0].robustness);
        MainWindow window(wholeImageSettings());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.session().setDetectorFactory([] { return std::make_unique<SyntheticDetector>(); });
        QTRY_VERIFY_WITH_TIMEOUT(window.session().model().has_value(), 10000);
        QSignalSpy started(&window.session().robustness(), &RobustnessController::started);
        QSignalSpy opened(window.caseController(), &CaseController::opened);
        window.caseController()->openCase(casePath);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 30000);
        QCOMPARE(opened.first().at(1).toString(), QString("ok"));
        QTRY_VERIFY_WITH_TIMEOUT(window.session().currentFrame().scored && window.session().selectedFace() == 0, 10000);
        QVERIFY(window.session().robustness().result() == nullptr); // nothing shown before it is asked for
        // ... but the face list flags the face the case's re-test found unstable.
        QVERIFY2(window.faceList()->list()->item(0)->text().contains("UNSTABLE"),
                 qPrintable(window.faceList()->list()->item(0)->text()));

        QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(window.session().robustness().result() != nullptr, 5000);
        QCOMPARE(started.count(), 0);
        QVERIFY(!window.session().robustness().isRunning());
        QVERIFY(!window.caseController()->hasUnsavedChanges()); // shown again, not made
        QVERIFY(window.robustnessDialog()->isVisible());
        fakelens::testing::CaseCompare compare;
        compare.robustness("robustness", *stored.faces[0].robustness, *window.session().robustness().result());
        QVERIFY2(compare.diffs.isEmpty(), qPrintable(compare.diffs.join('\n')));
        auto* table = window.robustnessDialog()->findChild<QTableWidget*>("robustnessTable");
        for (int i = 0; i < 9; ++i)
            QCOMPARE(table->item(i + 1, 1)->text(),
                     QString::number(stored.faces[0].robustness->variants[size_t(i)].fakeProbability, 'f', 4));
        QVERIFY(window.robustnessDialog()->findChild<QLabel*>("robustnessFlag")->text().startsWith("UNSTABLE"));
        saveScreenshot(*window.robustnessDialog(), "robustness_04_from_case.png");
    }

    void smoothDetectorIsStable() {
        QSignalSpy analysed(&window_->session(), &WorkbenchSession::frameAnalysed);
        window_->session().setDetectorFactory([] {
            return std::make_unique<FunctionDetector>(boxCopyCard("brightness"), [](const cv::Mat& input) {
                const cv::Scalar m = cv::mean(input);
                return 1.0 - (m[0] + m[1] + m[2]) / 3.0; // about 0.55 on the synthetic face
            });
        });
        // Another model: the shown result was of the other one.
        QVERIFY(window_->session().robustness().result() == nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(analysed.count() >= 1, 10000);
        QCOMPARE(window_->session().model()->name, QString("brightness"));
        QCOMPARE(window_->session().selectedFace(), 0);
        window_->testRobustness();
        QTRY_VERIFY_WITH_TIMEOUT(window_->session().robustness().result() != nullptr &&
                                     !window_->session().robustness().isRunning(),
                                 30000);
        const RobustnessResult& shown = *window_->session().robustness().result();
        QVERIFY(!shown.unstable);
        QVERIFY(shown.maxAbsChange < 0.02);
        auto* flag = window_->robustnessDialog()->findChild<QLabel*>("robustnessFlag");
        QVERIFY2(flag->text().startsWith("Stable"), qPrintable(flag->text()));
        saveScreenshot(*window_->robustnessDialog(), "robustness_02_stable.png");
        saveScreenshot(*window_, "robustness_03_window.png");
    }

private:
    QString image_;
    std::unique_ptr<MainWindow> window_;
};

QTEST_MAIN(TestGuiRobustness)
#include "test_gui_robustness.moc"
