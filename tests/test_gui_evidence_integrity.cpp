// Evidence integrity: a case folder (a face photo, a frame with a person, a video) is hashed
// (SHA-256), listed and time-stamped before a full analysis with every CLI command and the GUI
// (open, scan, explain, evaluate, export the report), and again after: nothing in it changed,
// nothing was added beside it. Outputs go where they are sent, never next to the evidence, even
// when the CLI's working folder is the evidence folder.
#include "support/CliRunner.h"
#include "support/FolderSnapshot.h"
#include "support/TestPaths.h"

#include "evaluate/EvaluationSettings.h"
#include "session/WorkbenchSession.h"
#include "evaluate/EvaluationPanel.h"
#include "explain/ExplanationPanel.h"
#include "report/ReportExporter.h"
#include "window/MainWindow.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace fakelens::ui;

class TestGuiEvidenceIntegrity : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        evidence_ = testpaths::output("evidence-integrity/case-0042");
        out_ = testpaths::output("evidence-integrity/work");
        QDir(evidence_).removeRecursively();
        QDir(out_).removeRecursively();
        QVERIFY(QDir().mkpath(evidence_ + "/fake") && QDir().mkpath(out_));
        QVERIFY(QFile::copy(testpaths::shared("samples/faces/fake/df00204.jpg"), evidence_ + "/fake/df00204.jpg"));
        QVERIFY(QFile::copy(testpaths::shared("samples/misc/astronaut.png"), evidence_ + "/astronaut.png"));
        QVERIFY(QFile::copy(testpaths::shared("samples/videos/ffpp_519_515_deepfakes.mp4"), evidence_ + "/clip.mp4"));
        before_ = folderSnapshot(evidence_, true);
        QCOMPARE(before_.size(), 4); // the sub-folder and three files
    }

    void everyCliCommandLeavesTheEvidenceAlone() {
        const QString model = testpaths::kerasWeights("Meso4_DF");
        const QString face = evidence_ + "/fake/df00204.jpg";
        const QString video = evidence_ + "/clip.mp4";
        const QList<QStringList> commands = {
            {"detect", "--json", "--model", model, face, evidence_ + "/astronaut.png", video, "--frames", "0:30:10"},
            {"explain", face, "--no-detect", "--method", "all", "--samples", "64", "--nes-iterations", "5", "--model", model,
             "--out", out_ + "/explain"},
            {"report", face, "--no-detect", "--methods", "lime,lime_adv", "--samples", "64", "--nes-iterations", "5", "--model",
             model, "--out", out_ + "/report.pdf"},
            {"evaluate", evidence_, "--methods", "lime", "--samples", "64", "--topk", "1", "--no-budget", "--attack-iterations", "5", "--model", model,
             "--results", out_ + "/run.jsonl", "--csv", out_ + "/run.csv", "--quiet"},
            {"temporal", video, "--window", "0:6:3", "--method", "lime", "--samples", "32", "--model", model, "--out",
             out_ + "/temporal"},
        };
        for (const QStringList& args : commands) {
            QElapsedTimer clock;
            clock.start();
            // The working folder is the evidence folder: defaults must not land there either.
            const CliResult r = runCli(args, 300000, {}, evidence_);
            QVERIFY2(r.finished && !r.crashed, qPrintable(args.first()));
            QVERIFY2(r.exitCode == 0, qPrintable(args.first() + ": " + QString::fromUtf8(r.err)));
            QCOMPARE(folderSnapshot(evidence_, true), before_);
            qInfo("%s: %lld ms", qPrintable(args.first()), qlonglong(clock.elapsed()));
        }
        QVERIFY(QFileInfo(out_ + "/report.pdf").size() > 10000);
        QVERIFY(QFileInfo(out_ + "/run.jsonl").size() > 100);
        QVERIFY(QDir(out_ + "/explain").entryList(QDir::Files).size() >= 16);
    }

    void theWorkbenchLeavesTheEvidenceAlone() {
        AppSettings settings;
        settings.modelPath = testpaths::kerasWeights("Meso4_DF");
        settings.explainer.set("LIME", "samples", 64);
        settings.explainer.set("SHAP", "evaluations", 64);
        settings.explainer.set("RISE", "masks", 64);
        settings.explainer.set("SOBOL", "designs", 2);
        settings.nesIterations = 10;
        settings.detectFaces = false;
        settings.evaluationSamples = 64;
        settings.evaluationAttackIterations = 5;
        settings.evaluationTopK = 1;
        settings.timelineStep = 25;
        MainWindow window(settings);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WorkbenchSession& session = window.session();

        const QString video = evidence_ + "/clip.mp4";
        window.openPath(video);
        QTRY_VERIFY_WITH_TIMEOUT(session.media() && session.media()->path == video && session.currentFrame().scored, 60000);

        const QString face = evidence_ + "/fake/df00204.jpg";
        window.openPath(face);
        QTRY_VERIFY_WITH_TIMEOUT(session.media() && session.media()->path == face && session.currentFrame().scored, 60000);
        window.setMethod("LIME");
        window.explainSelectedFace();
        QTRY_VERIFY_WITH_TIMEOUT(window.explanationPanel()->report() != nullptr, 120000);
        window.evaluationPanel()->setCheckedMethods({"LIME"}, true);
        window.evaluateSelectedFace();
        QTRY_VERIFY_WITH_TIMEOUT(window.evaluationPanel()->result() != nullptr, 180000);
        const QString pdf = out_ + "/gui-report.pdf";
        QCOMPARE(window.exportReport(pdf, "CASE-0042", "Examiner"), QString());
        QTRY_VERIFY_WITH_TIMEOUT(!window.reportExporter()->isRunning(), 120000);
        QVERIFY(QFileInfo(pdf).size() > 10000);
        QCOMPARE(folderSnapshot(evidence_, true), before_);
    }

private:
    QString evidence_;
    QString out_;
    QStringList before_;
};

QTEST_MAIN(TestGuiEvidenceIntegrity)
#include "test_gui_evidence_integrity.moc"
