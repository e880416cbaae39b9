// Analyse › Draw face box (Ctrl+Shift+F), offscreen, on the real MesoNet (Meso4_DF) and
// df00204.jpg (issue 18, part 5): Esc cancels the mode without a face; a box dragged with the
// mouse over the frame becomes a face of the frame, scored exactly as the engine scores that box
// (scoreFrame with the drawn box), selected, listed and boxed as "drawn by the examiner", and
// explained and evaluated like the detected face. Screenshots go to <build>/screenshots.
#include "support/TestPaths.h"

#include "evaluate/EvaluationController.h"
#include "faces/FaceDetector.h"
#include "faces/FrameScorer.h"
#include "media/ImageLoader.h"
#include "models/DetectorFactory.h"
#include "session/ExplanationController.h"
#include "session/WorkbenchSession.h"
#include "widgets/FaceListPanel.h"
#include "widgets/FrameView.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QDir>
#include <QListWidget>
#include <QMenuBar>
#include "support/GuiCaseTestSupport.h"

#include <QSignalSpy>
#include <QtTest>

using namespace fakelens;
using namespace fakelens::ui;

namespace {

using guitest::saveScreenshot;

// Small counts: the GUI path is under test, not the statistics of the explainers.
AppSettings tinySettings() {
    AppSettings s;
    s.detectFaces = true;
    s.explainer.set("LIME", "samples", 64);
    s.explainer.set("SHAP", "evaluations", 64);
    s.explainer.set("RISE", "masks", 64);
    s.explainer.set("SOBOL", "designs", 2);
    s.nesIterations = 20;
    s.nesSamples = 20;
    s.seed = 11;
    s.evaluationSamples = 64;
    s.evaluationAttackIterations = 10;
    s.evaluationTopK = 2;
    return s;
}

QString model() { return testpaths::kerasWeights("Meso4_DF"); }
const QString kImage = QStringLiteral("samples/faces/fake/df00204.jpg");

} // namespace

class TestGuiDrawnFace : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        window_ = std::make_unique<MainWindow>(tinySettings());
        window_->resize(1400, 900);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        window_->session().setDetectorFactory([] { return loadDetector(model().toStdString()); });
        QTRY_VERIFY_WITH_TIMEOUT(window_->session().model().has_value(), 20000);
        window_->openPath(testpaths::shared(kImage));
        QTRY_VERIFY_WITH_TIMEOUT(window_->session().currentFrame().scored, 30000);
        QCOMPARE(int(window_->session().currentFrame().faces.size()), 1);
    }

    void cleanupTestCase() { window_.reset(); }

    void actionIsInTheAnalyseMenuWithItsShortcut() {
        QAction* action = nullptr;
        for (QAction* menu : window_->menuBar()->actions())
            if (menu->text() == "&Analyse")
                for (QAction* a : menu->menu()->actions())
                    if (a->text() == "Draw &face box")
                        action = a;
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        const QKeySequence shortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_F);
        QCOMPARE(action->shortcut(), shortcut);
        int same = 0;
        for (QAction* a : window_->findChildren<QAction*>())
            same += a->shortcut() == shortcut ? 1 : 0;
        QCOMPARE(same, 1);
    }

    void escapeCancelsTheMode() {
        FrameView* view = window_->frameView();
        QTest::keyClick(window_.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(view->isDrawingBox());
        saveScreenshot(*window_, "drawn_face_01_mode.png");
        QTest::keyClick(view, Qt::Key_Escape);
        QVERIFY(!view->isDrawingBox());
        // A click afterwards selects as before; nothing was drawn.
        QTest::mouseClick(view, Qt::LeftButton, {}, view->faceCentre(0));
        QCOMPARE(int(window_->session().currentFrame().faces.size()), 1);
        QVERIFY(window_->session().drawnBoxes().empty());
    }

    void aDraggedBoxBecomesADrawnFace() {
        FrameView* view = window_->frameView();
        const AnalysedFace detected = window_->session().currentFrame().faces[0];
        // Drag about where the detector boxed the face (a few pixels inside), as an examiner
        // would box a face: the same face, so MesoNet calls it fake too and it can be evaluated.
        const QRectF target(detected.box.x() + 4, detected.box.y() + 4, detected.box.width() - 8,
                            detected.box.height() - 8);
        QSignalSpy analysed(&window_->session(), &WorkbenchSession::frameAnalysed);
        QAction* draw = window_->findChild<QAction*>("drawFaceBoxAction");
        QVERIFY(draw);
        draw->trigger();
        QVERIFY(view->isDrawingBox());
        const QPoint from = view->widgetPoint(target.topLeft());
        const QPoint to = view->widgetPoint(target.bottomRight());
        QTest::mousePress(view, Qt::LeftButton, {}, from);
        QTest::mouseMove(view, (from + to) / 2);
        QTest::mouseMove(view, to);
        QTest::mouseRelease(view, Qt::LeftButton, {}, to);
        QVERIFY(!view->isDrawingBox());
        QTRY_VERIFY_WITH_TIMEOUT(analysed.count() >= 1 && window_->session().currentFrame().scored, 30000);

        const auto& faces = window_->session().currentFrame().faces;
        QCOMPARE(int(faces.size()), 2);
        QCOMPARE(int(faces[0].detected.origin), int(FaceOrigin::Detector));
        const AnalysedFace& drawn = faces[1];
        QCOMPARE(int(drawn.detected.origin), int(FaceOrigin::Examiner));
        QCOMPARE(window_->session().selectedFace(), 1);
        // Where the mouse went, to within a screen pixel of the frame's scale.
        const double pixel = 2.0 * window_->frameView()->frameImage().width() / view->width() + 1.0;
        QVERIFY2(std::abs(drawn.box.x() - target.x()) <= pixel && std::abs(drawn.box.right() - target.right()) <= pixel,
                 qPrintable(QString("drawn %1,%2 %3x%4").arg(drawn.box.x()).arg(drawn.box.y()).arg(drawn.box.width())
                                .arg(drawn.box.height())));

        // The engine's answer for the same box.
        auto detector = loadDetector(model().toStdString());
        const FaceDetector faceDetector;
        const cv::Rect2f box(float(drawn.box.x()), float(drawn.box.y()), float(drawn.box.width()), float(drawn.box.height()));
        const std::vector<ScoredFace> expected =
            scoreFrame(loadImage(testpaths::shared(kImage).toStdString()).rgb, *detector, &faceDetector, {box});
        QCOMPARE(int(expected.size()), 2);
        QCOMPARE(drawn.fakeProbability, expected[1].fakeProbability);
        QCOMPARE(faces[0].fakeProbability, expected[0].fakeProbability);
        QVERIFY2(drawn.fake(), qPrintable(QString::number(drawn.fakeProbability)));

        QListWidget* list = window_->faceList()->list();
        QCOMPARE(list->count(), 2);
        QVERIFY2(list->item(1)->text().contains("drawn by the examiner"), qPrintable(list->item(1)->text()));
        QVERIFY(!list->item(0)->text().contains("drawn"));
        QCOMPARE(list->currentRow(), 1);
        saveScreenshot(*window_, "drawn_face_02_drawn.png");
    }

    void theDrawnFaceIsExplainedAndEvaluated() {
        QCOMPARE(window_->session().selectedFace(), 1);
        window_->session().explainSelectedFace("LIME");
        QTRY_VERIFY_WITH_TIMEOUT(window_->session().explanations().report() != nullptr &&
                                     !window_->session().explanations().isPending(),
                                 120000);
        QCOMPARE(window_->session().explanations().subject().faceId, 2);
        QVERIFY(!window_->session().explanations().report()->explanations.empty());
        saveScreenshot(*window_, "drawn_face_03_explained.png");

        window_->session().evaluateSelectedFace({"LIME"}, false);
        QTRY_VERIFY_WITH_TIMEOUT(window_->session().evaluations().result() != nullptr, 180000);
        QCOMPARE(window_->session().evaluations().subject().faceId, 2);
        QVERIFY(window_->session().evaluations().result()->calledFake);
        QVERIFY(!window_->session().evaluations().result()->methods.empty());
        saveScreenshot(*window_, "drawn_face_04_evaluated.png");
    }

    // Detection off: a drawn box cannot be fitted, and the session says so instead of failing.
    void drawingNeedsFaceDetection() {
        QSignalSpy errors(&window_->session(), &WorkbenchSession::errorOccurred);
        window_->session().setDetectFaces(false);
        QTRY_VERIFY_WITH_TIMEOUT(window_->session().currentFrame().scored &&
                                     window_->session().currentFrame().faces.size() == 1,
                                 30000);
        window_->session().addDrawnFace(QRectF(10, 10, 100, 100));
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.at(0).at(0).toString().contains("Detect faces"));
        window_->session().setDetectFaces(true);
    }

private:
    std::unique_ptr<MainWindow> window_;
};

QTEST_MAIN(TestGuiDrawnFace)
#include "test_gui_drawn_face.moc"
