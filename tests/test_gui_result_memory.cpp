// Finished results stay with their face for the session (issue #14): an explanation and an
// evaluation shown again when the examiner steps away from the face and back, without a job or a
// detector call; another evidence clears them, and no panel keeps a caption of another face.
#include "support/SyntheticDetector.h"
#include "support/TestPaths.h"

#include "ImageConversion.h"
#include "evaluate/EvaluationController.h"
#include "evaluate/EvaluationPanel.h"
#include "explain/ExplanationPanel.h"
#include "session/ExplanationController.h"
#include "session/WorkbenchSession.h"
#include "window/MainWindow.h"

#include <QSignalSpy>
#include <QtTest>

using namespace fakelens;
using namespace fakelens::ui;

namespace {

QString video() { return testpaths::shared("samples/videos/ffpp_519_515_deepfakes.mp4"); }

AppSettings fastSettings() {
    AppSettings s;
    s.modelPath = testpaths::kerasWeights("Meso4_DF");
    s.explainer.set("LIME", "samples", 64);
    s.nesIterations = 5;
    s.seed = 7;
    s.timelineStep = 400; // two timeline frames: the worker stays free for the test's own work
    s.evaluationTopK = 1;
    s.evaluationAttackIterations = 2;
    s.evaluationSamples = 4;
    return s;
}

} // namespace

class TestGuiResultMemory : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void resultsReturnWithTheirFaceAndLeaveWithTheEvidence() {
        MainWindow window(fastSettings());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WorkbenchSession& session = window.session();
        window.session().setDetectorFactory([] { return std::make_unique<SyntheticDetector>(); });
        window.openPath(video());
        QTRY_VERIFY_WITH_TIMEOUT(session.media() && session.currentFrame().scored, 30000);
        QCOMPARE(session.currentFrame().frameIndex, 0);
        QVERIFY(window.faceCount() >= 1);

        window.setMethod("LIME");
        window.explainSelectedFace();
        QTRY_VERIFY_WITH_TIMEOUT(window.explanationPanel()->report() != nullptr, 60000);
        const auto explained = window.explanationPanel()->report();
        window.evaluationPanel()->setCheckedMethods({"LIME"}, false);
        window.evaluateSelectedFace();
        QTRY_VERIFY_WITH_TIMEOUT(session.evaluations().result() != nullptr, 120000);
        const auto evaluated = session.evaluations().result();
        QCOMPARE(session.results().explanationCount(), 1);
        QCOMPARE(session.results().evaluationCount(), 1);

        QSignalSpy explainStarted(&session.explanations(), &ExplanationController::started);
        QSignalSpy evaluateStarted(&session.evaluations(), &EvaluationController::started);

        // Away to the next frame: the panels show nothing of frame 0's face.
        QTest::keyClick(&window, Qt::Key_Right);
        QTRY_VERIFY_WITH_TIMEOUT(session.currentFrame().frameIndex == 1 && session.currentFrame().scored, 30000);
        QVERIFY(window.explanationPanel()->report() == nullptr);
        QVERIFY(window.evaluationPanel()->result() == nullptr);
        QVERIFY2(window.explanationPanel()->headerText().isEmpty(), qPrintable(window.explanationPanel()->headerText()));
        QVERIFY2(window.evaluationPanel()->headerText().isEmpty(), qPrintable(window.evaluationPanel()->headerText()));

        // And back: the same results, with no job.
        QTest::keyClick(&window, Qt::Key_Left);
        QTRY_VERIFY_WITH_TIMEOUT(session.currentFrame().frameIndex == 0 && session.currentFrame().scored, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(window.explanationPanel()->report() == explained, 5000);
        QCOMPARE(window.evaluationPanel()->result(), evaluated);
        QVERIFY2(window.explanationPanel()->headerText().contains("frame 0"), qPrintable(window.explanationPanel()->headerText()));
        QVERIFY2(window.evaluationPanel()->headerText().contains("frame 0"), qPrintable(window.evaluationPanel()->headerText()));

        // Asking again for the same explanation shows the kept one.
        window.explainSelectedFace();
        QCOMPARE(window.explanationPanel()->report(), explained);
        QVERIFY(!session.explanations().isPending());
        QCOMPARE(explainStarted.count(), 0);
        QCOMPARE(evaluateStarted.count(), 0);

        // Other evidence: nothing of the video stays, captions included.
        const QString image = testpaths::output("gui/result-memory-face.png");
        QVERIFY(toQImage(makeSyntheticImage()).save(image, "PNG"));
        window.openPath(image);
        QTRY_VERIFY_WITH_TIMEOUT(session.media() && !session.media()->isVideo && session.currentFrame().scored, 30000);
        QVERIFY(session.results().isEmpty());
        QVERIFY(window.explanationPanel()->report() == nullptr);
        QVERIFY(window.evaluationPanel()->result() == nullptr);
        QVERIFY2(window.explanationPanel()->headerText().isEmpty(), qPrintable(window.explanationPanel()->headerText()));
        QVERIFY2(window.evaluationPanel()->headerText().isEmpty(), qPrintable(window.evaluationPanel()->headerText()));
    }

    // A cancelled evaluation leaves its face's caption; it must go with the evidence.
    void cancelledEvaluationCaptionLeavesWithTheEvidence() {
        AppSettings settings = fastSettings();
        settings.evaluationAttackIterations = 200;
        settings.evaluationSamples = 64;
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WorkbenchSession& session = window.session();
        session.setDetectorFactory([] { return std::make_unique<SyntheticDetector>(); });
        window.openPath(video());
        QTRY_VERIFY_WITH_TIMEOUT(session.media() && session.currentFrame().scored && window.faceCount() > 0, 30000);
        window.evaluationPanel()->setCheckedMethods({"LIME", "SHAP"}, true);
        window.evaluateSelectedFace();
        QVERIFY(session.evaluations().isPending());
        QVERIFY(!window.evaluationPanel()->headerText().isEmpty());
        window.cancelWork();
        QVERIFY(!session.evaluations().isPending());
        const QString image = testpaths::output("gui/result-memory-face2.png");
        QVERIFY(toQImage(makeSyntheticImage()).save(image, "PNG"));
        window.openPath(image);
        QTRY_VERIFY_WITH_TIMEOUT(session.media() && !session.media()->isVideo, 30000);
        QVERIFY2(window.evaluationPanel()->headerText().isEmpty(), qPrintable(window.evaluationPanel()->headerText()));
        QTRY_VERIFY_WITH_TIMEOUT(!session.evaluations().isRunning(), 60000);
    }
};

QTEST_MAIN(TestGuiResultMemory)
#include "test_gui_result_memory.moc"
