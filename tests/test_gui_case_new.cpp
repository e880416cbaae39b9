// File › New case…, the settings a case brings back when it is opened, and the marks of unsaved
// changes (issue #14). What the examiner is asked goes through a scripted CaseChooser; the real
// dialog of the case ID is driven once, from inside its exec().
#include "support/GuiCaseTestSupport.h"
#include "support/SyntheticDetector.h"
#include "support/TestPaths.h"

#include "ImageConversion.h"
#include "case/CaseChooser.h"
#include "case/CaseController.h"
#include "case/CaseFile.h"
#include "case/DialogCaseChooser.h"
#include "explain/ExplanationPanel.h"
#include "report/ReportDialog.h"
#include "session/ExplanationController.h"
#include "session/WorkbenchSession.h"
#include "widgets/MessageBar.h"
#include "widgets/TaskProgressWidget.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

#include <opencv2/core.hpp>

#include <memory>

using namespace fakelens;
using namespace fakelens::ui;

namespace {

using guitest::caseSettings;

// Answers like an examiner would, from lists the test fills; counts what it was asked.
class ScriptedChooser : public CaseChooser {
public:
    QStringList savePaths;
    QStringList openPaths;
    std::optional<Details> details;
    Unsaved unsaved = Unsaved::Cancel;
    int detailsAsked = 0;
    int unsavedAsked = 0;
    QStringList suggested;

    QString saveCasePath(QWidget*, const QString& proposal) override {
        suggested << proposal;
        return savePaths.isEmpty() ? QString() : savePaths.takeFirst();
    }
    QString openCasePath(QWidget*, const QString&) override {
        return openPaths.isEmpty() ? QString() : openPaths.takeFirst();
    }
    std::optional<Details> newCaseDetails(QWidget*, const QString&) override {
        ++detailsAsked;
        return details;
    }
    Unsaved unsavedChanges(QWidget*, const QString&) override {
        ++unsavedAsked;
        return unsaved;
    }
};

ScriptedChooser* scriptChooser(MainWindow& window) {
    auto chooser = std::make_unique<ScriptedChooser>();
    ScriptedChooser* raw = chooser.get();
    window.caseController()->setChooser(std::move(chooser));
    return raw;
}

QAction* newCaseAction(MainWindow& window) { return window.findChild<QAction*>(QStringLiteral("newCaseAction")); }

QAction* actionByText(MainWindow& window, const char* text) {
    for (QAction* action : window.findChildren<QAction*>())
        if (action->text() == QLatin1String(text))
            return action;
    QTest::qFail(qPrintable(QStringLiteral("no action %1").arg(QLatin1String(text))), __FILE__, __LINE__);
    static QAction* none = new QAction(qApp); // keeps the caller from crashing after the failure
    return none;
}

bool waitForSaves(QSignalSpy& saved, QSignalSpy& failed, int count) {
    return QTest::qWaitFor([&] { return saved.count() >= count || !failed.isEmpty(); }, 60000) && failed.isEmpty();
}

QString failure(const QSignalSpy& failed) { return failed.isEmpty() ? QString() : failed.first().first().toString(); }

bool hasExplanation(const QString& casePath) {
    const ReportInput input = CaseFile::open(casePath, true)->loadAnalysis();
    for (const ReportFace& face : input.faces)
        if (face.explanation)
            return true;
    return false;
}

void openAndScore(MainWindow& window, const QString& image) {
    window.openPath(image);
    QTRY_VERIFY_WITH_TIMEOUT(window.session().currentFrame().scored, 30000);
    QCOMPARE(window.faceCount(), 1);
}

} // namespace

class TestGuiCaseNew : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        image_ = testpaths::output("gui/evidence/newcase-face.png");
        QVERIFY(toQImage(makeSyntheticImage()).save(image_, "PNG"));
        for (const QString& name : {"first", "second", "third", "model"}) {
            const QString path = testpaths::output(QStringLiteral("gui/newcase-%1.fakelens").arg(name));
            QFile::remove(path);
            cases_ << path;
        }
    }

    void isDisabledWithoutEvidenceAndSaysWhy() {
        MainWindow window(caseSettings());
        guitest::showWithSyntheticDetector(window, QSize(1300, 850));
        QAction* action = newCaseAction(window);
        QVERIFY(action != nullptr);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
        QVERIFY(!action->isEnabled());
        QVERIFY2(action->toolTip().contains("Open an image or a video first"), qPrintable(action->toolTip()));
        openAndScore(window, image_);
        QVERIFY(action->isEnabled());
    }

    // The real dialog: the case ID is never pre-filled, and an empty one is refused inside it.
    void theDialogRefusesAnEmptyCaseId() {
        MainWindow window(caseSettings());
        window.show();
        auto seen = std::make_shared<QStringList>();
        auto* timer = new QTimer(&window);
        QElapsedTimer deadline;
        deadline.start();
        connect(timer, &QTimer::timeout, timer, [timer, seen, &deadline] {
            auto* dialog = qobject_cast<ReportDialog*>(QApplication::activeModalWidget());
            if (!dialog) {
                if (deadline.elapsed() > 10000)
                    timer->stop();
                return;
            }
            timer->stop();
            *seen << dialog->caseIdEdit()->text() << dialog->examinerEdit()->text();
            dialog->accept(); // with no case ID: stays open and says why
            auto* problem = dialog->findChild<QLabel*>(QStringLiteral("reportProblem"));
            *seen << (dialog->result() == QDialog::Accepted ? "accepted" : "refused")
                  << (problem && !problem->isHidden() ? problem->text() : QString());
            dialog->caseIdEdit()->setText(QStringLiteral("  2026-0007 "));
            guitest::saveScreenshot(*dialog, "case_new_01_dialog.png");
            dialog->accept();
        });
        timer->start(20);
        DialogCaseChooser chooser;
        const std::optional<CaseChooser::Details> details = chooser.newCaseDetails(&window, QStringLiteral("A. Examiner"));
        QVERIFY2(seen->size() == 4, qPrintable(seen->join(" | ")));
        QCOMPARE(seen->at(0), QString());
        QCOMPARE(seen->at(1), QString("A. Examiner"));
        QCOMPARE(seen->at(2), QString("refused"));
        QVERIFY2(seen->at(3).contains("case ID"), qPrintable(seen->at(3)));
        QVERIFY(details.has_value());
        QCOMPARE(details->caseId, QString("2026-0007"));
        QCOMPARE(details->examiner, QString("A. Examiner"));
    }

    void writesTheNewCaseWithItsIdAndRefusesAnEmptyOne() {
        MainWindow window(caseSettings());
        guitest::showWithSyntheticDetector(window, QSize(1300, 850));
        ScriptedChooser* chooser = scriptChooser(window);
        openAndScore(window, image_);
        CaseController* cases = window.caseController();
        QSignalSpy saved(cases, &CaseController::saved);
        QSignalSpy failed(cases, &CaseController::failed);

        // An empty case ID (the chooser let it through): nothing is written.
        chooser->details = CaseChooser::Details{QStringLiteral("   "), QStringLiteral("B. Examiner")};
        chooser->savePaths = {cases_[0]};
        newCaseAction(window)->trigger();
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failure(failed).contains("needs a case ID"), qPrintable(failure(failed)));
        QVERIFY(!QFile::exists(cases_[0]));
        QVERIFY(!cases->newCase(QString(), QStringLiteral("x"), cases_[0]).isEmpty());
        failed.clear();

        chooser->details = CaseChooser::Details{QStringLiteral("2026-0042"), QStringLiteral("B. Examiner")};
        newCaseAction(window)->trigger();
        // Saving runs on the worker: the status bar shows it, and Save waits.
        QVERIFY(cases->isBusy());
        QVERIFY(!actionByText(window, "&Save case")->isEnabled());
        QVERIFY2(window.taskProgress()->text().contains("Saving the case"), qPrintable(window.taskProgress()->text()));
        QVERIFY(!newCaseAction(window)->isEnabled());
        QVERIFY2(waitForSaves(saved, failed, 1), qPrintable(failure(failed)));
        QVERIFY(!window.taskProgress()->text().contains("Saving the case"));
        QVERIFY(newCaseAction(window)->isEnabled());
        QVERIFY(actionByText(window, "&Save case")->isEnabled());
        QVERIFY2(chooser->suggested.last().endsWith("newcase-face_2026-0042.fakelens"), qPrintable(chooser->suggested.last()));
        QCOMPARE(cases->casePath(), QFileInfo(cases_[0]).absoluteFilePath());
        const std::unique_ptr<CaseFile> file = CaseFile::open(cases_[0], true);
        QCOMPARE(file->caseDetails().caseId, QString("2026-0042"));
        QCOMPARE(file->caseDetails().examiner, QString("B. Examiner"));
        QVERIFY2(window.windowTitle().endsWith("newcase-first.fakelens"), qPrintable(window.windowTitle()));

        // A new case never replaces a file.
        QVERIFY2(cases->newCase(QStringLiteral("2026-0043"), QString(), cases_[0]).contains("exists already"),
                 qPrintable(cases->newCase(QStringLiteral("2026-0043"), QString(), cases_[0])));
        QCOMPARE(CaseFile::open(cases_[0], true)->caseDetails().caseId, QString("2026-0042"));
    }

    // An explanation not in the case: "*" in the title, and New case… asks first.
    void asksAboutUnsavedChangesFirst() {
        MainWindow window(caseSettings());
        guitest::showWithSyntheticDetector(window, QSize(1300, 850));
        ScriptedChooser* chooser = scriptChooser(window);
        CaseController* cases = window.caseController();
        QSignalSpy opened(cases, &CaseController::opened);
        cases->openCase(cases_[0]);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(window.session().currentFrame().scored, 30000);
        QVERIFY(!cases->hasUnsavedChanges());
        window.setMethod("LIME");
        window.explainSelectedFace();
        QTRY_VERIFY_WITH_TIMEOUT(window.session().explanations().report() != nullptr, 60000);
        QVERIFY(cases->hasUnsavedChanges());
        QVERIFY2(window.windowTitle().endsWith("newcase-first.fakelens*"), qPrintable(window.windowTitle()));

        chooser->unsaved = CaseChooser::Unsaved::Cancel;
        newCaseAction(window)->trigger();
        QCOMPARE(chooser->unsavedAsked, 1);
        QCOMPARE(chooser->detailsAsked, 0);
        QVERIFY(cases->hasUnsavedChanges());

        // Save: the explanation goes into the current case, then the new case is asked for.
        QSignalSpy saved(cases, &CaseController::saved);
        QSignalSpy failed(cases, &CaseController::failed);
        chooser->unsaved = CaseChooser::Unsaved::Save;
        chooser->details = CaseChooser::Details{QStringLiteral("2026-0043"), QStringLiteral("C. Examiner")};
        chooser->savePaths = {cases_[1]};
        newCaseAction(window)->trigger();
        QVERIFY2(waitForSaves(saved, failed, 2), qPrintable(failure(failed)));
        QCOMPARE(saved.at(0).first().toString(), QFileInfo(cases_[0]).absoluteFilePath());
        QCOMPARE(saved.at(1).first().toString(), QFileInfo(cases_[1]).absoluteFilePath());
        QVERIFY(hasExplanation(cases_[0]));
        QCOMPARE(CaseFile::open(cases_[1], true)->caseDetails().caseId, QString("2026-0043"));
        QVERIFY(!cases->hasUnsavedChanges());
        QVERIFY2(!window.windowTitle().contains("*"), qPrintable(window.windowTitle()));
        recentCases_ = window.session().settings().recentCases;
    }

    // File › Recent cases lists the saved cases; choosing one opens it with its explanation.
    void reopensFromRecentCases() {
        QVERIFY(!recentCases_.isEmpty());
        AppSettings settings = caseSettings();
        settings.recentCases = recentCases_;
        MainWindow window(settings);
        guitest::showWithSyntheticDetector(window, QSize(1300, 850));
        auto* menu = window.findChild<QMenu*>(QStringLiteral("recentCasesMenu"));
        QVERIFY(menu != nullptr);
        QAction* entry = nullptr;
        QStringList names;
        for (QAction* action : menu->actions()) {
            names << action->text();
            if (action->text() == QFileInfo(cases_[0]).fileName())
                entry = action;
        }
        QVERIFY2(entry, qPrintable(names.join(", ")));
        QVERIFY2(names.contains(QFileInfo(cases_[1]).fileName()), qPrintable(names.join(", ")));
        QSignalSpy explainStarted(&window.session().explanations(), &ExplanationController::started);
        QSignalSpy opened(window.caseController(), &CaseController::opened);
        entry->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 30000);
        QCOMPARE(window.caseController()->casePath(), QFileInfo(cases_[0]).absoluteFilePath());
        QTRY_VERIFY_WITH_TIMEOUT(window.explanationPanel()->report() != nullptr, 30000);
        QCOMPARE(explainStarted.count(), 0);
        QVERIFY2(window.windowTitle().endsWith("newcase-first.fakelens"), qPrintable(window.windowTitle()));
        guitest::saveScreenshot(window, "case_new_02_recent_reopened.png");
    }

    // The case was made without face detection: a window detecting faces turns it off on open,
    // and the case's explanation is still put on its face.
    void openingRestoresFaceDetection() {
        AppSettings settings = caseSettings();
        settings.detectFaces = true;
        MainWindow window(settings);
        guitest::showWithSyntheticDetector(window, QSize(1300, 850));
        QVERIFY(window.session().settings().detectFaces);
        QSignalSpy opened(window.caseController(), &CaseController::opened);
        window.caseController()->openCase(cases_[0]);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 30000);
        QVERIFY(!window.session().settings().detectFaces);
        QVERIFY(!actionByText(window, "&Detect faces")->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(window.explanationPanel()->report() != nullptr, 30000);
        QCOMPARE(window.faceCount(), 1);
    }

    // The case's model is loaded when its file is there with the case's SHA-256; else the banner
    // says why it was not.
    void loadsTheCasesModelOrSaysWhyNot() {
        const QString model = testpaths::output("gui/newcase-model/Meso4_DF.h5");
        QDir().mkpath(QFileInfo(model).absolutePath());
        QFile::remove(model);
        QVERIFY(QFile::copy(testpaths::kerasWeights("Meso4_DF"), model));
        {
            AppSettings settings = caseSettings();
            settings.modelPath = model;
            MainWindow window(settings);
            window.resize(1300, 850);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            openAndScore(window, image_);
            QSignalSpy saved(window.caseController(), &CaseController::saved);
            QSignalSpy failed(window.caseController(), &CaseController::failed);
            QCOMPARE(window.caseController()->newCase(QStringLiteral("M-1"), QString(), cases_[3]), QString());
            QVERIFY2(waitForSaves(saved, failed, 1), qPrintable(failure(failed)));
        }
        AppSettings other = caseSettings();
        other.modelPath = testpaths::kerasWeights("Meso4_F2F");
        {
            MainWindow window(other);
            window.show();
            QTRY_VERIFY_WITH_TIMEOUT(window.session().model().has_value(), 30000);
            QSignalSpy opened(window.caseController(), &CaseController::opened);
            window.caseController()->openCase(cases_[3]);
            QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 30000);
            QTRY_VERIFY_WITH_TIMEOUT(window.session().model() && window.session().model()->path == model, 30000);
            QTRY_VERIFY_WITH_TIMEOUT(window.session().currentFrame().scored, 30000);
            QVERIFY2(!window.messageBar()->text().contains("analysed with the model"), qPrintable(window.messageBar()->text()));
        }
        QFile file(model);
        QVERIFY(file.open(QIODevice::Append));
        QVERIFY(file.write("x", 1) == 1);
        file.close();
        {
            MainWindow window(other);
            window.resize(1300, 850);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTRY_VERIFY_WITH_TIMEOUT(window.session().model().has_value(), 30000);
            QSignalSpy opened(window.caseController(), &CaseController::opened);
            window.caseController()->openCase(cases_[3]);
            QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 30000);
            QTRY_VERIFY_WITH_TIMEOUT(window.messageBar()->text().contains("analysed with the model"), 30000);
            const QString banner = window.messageBar()->text();
            QVERIFY2(banner.contains("SHA-256 of") && banner.contains("differs"), qPrintable(banner));
            QCOMPARE(window.messageBar()->kind(), MessageBar::Kind::Error);
            QVERIFY(window.session().model()->path.endsWith("Meso4_F2F.h5"));
            QTRY_VERIFY_WITH_TIMEOUT(window.session().currentFrame().scored, 30000);
            guitest::saveScreenshot(window, "case_new_03_model_hash_differs.png");
        }
        QVERIFY(QFile::remove(model));
        {
            MainWindow window(other);
            window.show();
            QTRY_VERIFY_WITH_TIMEOUT(window.session().model().has_value(), 30000);
            QSignalSpy opened(window.caseController(), &CaseController::opened);
            window.caseController()->openCase(cases_[3]);
            QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 30000);
            QTRY_VERIFY_WITH_TIMEOUT(window.messageBar()->text().contains("analysed with the model"), 30000);
            QVERIFY2(window.messageBar()->text().contains("is missing"), qPrintable(window.messageBar()->text()));
        }
    }

private:
    QString image_;
    QStringList cases_;
    QStringList recentCases_;
};

QTEST_MAIN(TestGuiCaseNew)
#include "test_gui_case_new.moc"
