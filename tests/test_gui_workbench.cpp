// The workbench on images, driven offscreen like an investigator would: open a photo and get the
// engine's (and fakelens-cli detect's) faces and scores, explain a face (classic and _adv side by side), read a segment in the
// inspector, cancel a long explanation, and see errors in the window. Each state is saved as a
// screenshot under <build>/screenshots for reviewers.
#include "support/CliRunner.h"
#include "support/SyntheticDetector.h"
#include "support/TestPaths.h"

#include "ImageConversion.h"
#include "explain/AdversarialPanel.h"
#include "explain/ExplanationPanel.h"
#include "explain/HeatmapView.h"
#include "explain/SegmentInspector.h"
#include "explain/ZoomPanState.h"
#include "faces/FaceDetector.h"
#include "faces/FrameScorer.h"
#include "media/ImageLoader.h"
#include "models/DetectorFactory.h"
#include "session/ExplanationController.h"
#include "session/WorkbenchSession.h"
#include "widgets/EvidencePanel.h"
#include "widgets/FaceListPanel.h"
#include "widgets/FrameView.h"
#include "widgets/MessageBar.h"
#include "widgets/TaskProgressWidget.h"
#include "window/MainWindow.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QWheelEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QTabWidget>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace fakelens;
using namespace fakelens::ui;

namespace {

void saveScreenshot(QWidget& window, const QString& name) {
    QDir().mkpath(QStringLiteral(FAKELENS_SCREENSHOT_DIR));
    const QString path = QDir(QStringLiteral(FAKELENS_SCREENSHOT_DIR)).filePath(name);
    QVERIFY2(window.grab().save(path, "PNG"), qPrintable(path));
}

QString model() { return testpaths::kerasWeights("Meso4_DF"); }

// Shows `window`, scores with the tests' synthetic detector (its answer depends on one known
// patch) and opens `image`; the caller waits for the frame to be scored.
void openWithSyntheticDetector(MainWindow& window, const QString& image) {
    window.resize(1200, 800);
    window.show();
    window.session().setDetectorFactory([] { return std::make_unique<SyntheticDetector>(); });
    window.openPath(image);
}

// Small sample counts: the GUI path is under test here, not the explainers' statistics.
AppSettings fastSettings() {
    AppSettings s;
    s.modelPath = model();
    s.explainer.set("LIME", "samples", 128);
    s.explainer.set("SHAP", "evaluations", 128);
    s.explainer.set("RISE", "masks", 128);
    s.explainer.set("SOBOL", "designs", 4);
    s.nesIterations = 10;
    s.seed = 7;
    return s;
}

// fastSettings() with the image taken whole as one face (no face detection).
AppSettings wholeImageSettings() {
    AppSettings s = fastSettings();
    s.detectFaces = false;
    return s;
}

} // namespace

class TestGuiWorkbench : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        window_ = std::make_unique<MainWindow>(fastSettings());
        window_->resize(1500, 900);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        QTRY_VERIFY_WITH_TIMEOUT(window_->session().model().has_value(), 20000);
    }

    void cleanupTestCase() { window_.reset(); }

    // The faces of a photo with the same boxes and P(fake) as the engine (what fakelens-cli
    // detect prints), drawn on the frame and listed, with the selection shared between both.
    void detectsTheEnginesFacesAndScores() {
        const QString photo = testpaths::shared("samples/misc/multiface.jpg");
        window_->openPath(photo);
        QTRY_VERIFY_WITH_TIMEOUT(window_->session().currentFrame().scored, 30000);
        QCOMPARE(window_->faceCount(), 6);
        QVERIFY(window_->evidencePanel()->text().contains("multiface.jpg"));
        QVERIFY(window_->evidencePanel()->text().contains("SHA-256"));
        QCOMPARE(window_->faceList()->count(), 6);
        QCOMPARE(window_->frameView()->faceCount(), 6);

        auto detector = loadDetector(model().toStdString());
        const FaceDetector faces;
        const std::vector<ScoredFace> expected = scoreFrame(loadImage(photo.toStdString()).rgb, *detector, &faces);
        const auto& shown = window_->session().currentFrame().faces;
        QCOMPARE(shown.size(), expected.size());
        for (size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(shown[i].fakeProbability, double(expected[i].fakeProbability));
            QCOMPARE(shown[i].fake(), expected[i].fake());
            QVERIFY(std::abs(shown[i].box.x() - expected[i].face.box.x) < 1e-3);
            QVERIFY(std::abs(shown[i].box.width() - expected[i].face.box.width) < 1e-3);
        }

        // And what fakelens-cli detect prints for the same photo and model.
        const CliResult cli = runCli({"detect", "--json", "--model", model(), photo});
        QVERIFY2(cli.exitCode == 0, cli.err.constData());
        const QJsonArray cliFaces = QJsonDocument::fromJson(cli.out).object()["inputs"].toArray()[0].toObject()["faces"].toArray();
        QCOMPARE(cliFaces.size(), int(shown.size()));
        for (int i = 0; i < cliFaces.size(); ++i) {
            const QJsonObject face = cliFaces[i].toObject();
            QVERIFY(std::abs(face["fake_probability"].toDouble() - shown[size_t(i)].fakeProbability) < 1e-6);
            QCOMPARE(face["box"].toArray()[0].toInt(), int(std::lround(shown[size_t(i)].box.x())));
            QCOMPARE(face["verdict"].toString(), shown[size_t(i)].fake() ? QString("fake") : QString("real"));
        }

        // Clicking a box selects the face in the list; choosing in the list selects the box.
        QTest::mouseClick(window_->frameView(), Qt::LeftButton, {}, window_->frameView()->faceCentre(3));
        QTRY_COMPARE(window_->faceList()->selectedFace(), 3);
        QCOMPARE(window_->session().selectedFace(), 3);
        window_->faceList()->list()->setCurrentRow(1);
        QTRY_COMPARE(window_->frameView()->selectedFace(), 1);
        saveScreenshot(*window_, "01_faces_detected.png");
    }

    // Picking another face while its neighbour is being explained cancels that job, and its
    // result never reaches the panel.
    void anotherFaceDropsTheStaleExplanation() {
        ExplanationController& explanations = window_->session().explanations();
        window_->explainSelectedFace();
        QVERIFY(explanations.isPending());
        window_->faceList()->list()->setCurrentRow(2);
        QCOMPARE(window_->session().selectedFace(), 2);
        QVERIFY(!explanations.isPending());
        QTRY_VERIFY_WITH_TIMEOUT(!explanations.isRunning(), 5000);
        QTest::qWait(50); // any late result would arrive now
        QVERIFY(window_->explanationPanel()->report() == nullptr);
        QVERIFY(!window_->explanationPanel()->classicView()->hasHeatmap());
    }

    // A face crop in whole-image mode, explained: both views get a heatmap, and the second tab
    // shows the adversarial sample, the amplified difference and the NES curve.
    void explainShowsClassicAndAdversarialViews() {
        window_->session().setDetectFaces(false);
        const QString face = testpaths::shared("samples/faces/fake/df00204.jpg");
        window_->openPath(face);
        QTRY_VERIFY_WITH_TIMEOUT(window_->session().currentFrame().scored &&
                                     window_->session().media()->path == face, 30000);
        QCOMPARE(window_->faceCount(), 1);
        auto detector = loadDetector(model().toStdString());
        const auto expected = scoreFrame(loadImage(face.toStdString()).rgb, *detector, nullptr);
        QCOMPARE(window_->session().currentFrame().faces[0].fakeProbability, double(expected[0].fakeProbability));

        window_->setMethod("LIME");
        QTest::keyClick(window_.get(), Qt::Key_E, Qt::ControlModifier);
        ExplanationPanel* panel = window_->explanationPanel();
        QTRY_VERIFY_WITH_TIMEOUT(panel->report() != nullptr, 90000);
        QVERIFY(panel->classicView()->hasHeatmap());
        QVERIFY(panel->adversarialView()->hasHeatmap());
        QCOMPARE(panel->report()->explanations.size(), size_t(2));
        QCOMPARE(QString::fromStdString(panel->report()->explanations[0].method), QString("LIME"));
        QCOMPARE(QString::fromStdString(panel->report()->explanations[1].method), QString("LIME_adv"));
        QVERIFY(panel->classicView()->composedImage() != panel->adversarialView()->composedImage());
        QVERIFY(panel->adversarialPanel()->hasSample());
        QCOMPARE(panel->adversarialPanel()->adversarialImage().size(), panel->adversarialPanel()->originalImage().size());
        QVERIFY(panel->adversarialPanel()->differenceImage() != panel->adversarialPanel()->originalImage());
        QVERIFY(panel->adversarialPanel()->curvePointCount() >= 1);
        QVERIFY(panel->adversarialPanel()->summaryText().contains("/ 255"));

        // Space flips both views to the plain face and back.
        const QImage withOverlay = panel->classicView()->composedImage();
        QTest::keyClick(window_.get(), Qt::Key_Space);
        QVERIFY(!panel->classicView()->overlayVisible() && !panel->adversarialView()->overlayVisible());
        QVERIFY(panel->classicView()->composedImage() != withOverlay);
        QTest::keyClick(window_.get(), Qt::Key_Space);
        QVERIFY(panel->classicView()->overlayVisible());
        saveScreenshot(*window_, "02_explanation_side_by_side.png");

        // Both views zoom and pan together: the same face pixel sits at the same place in each.
        HeatmapView* left = panel->classicView();
        HeatmapView* right = panel->adversarialView();
        auto sameView = [&](const QPoint& pixel) {
            const QPoint a = left->widgetPositionOfPixel(pixel) - left->rect().center();
            const QPoint b = right->widgetPositionOfPixel(pixel) - right->rect().center();
            return (a - b).manhattanLength() <= 2;
        };
        const QPointF at(left->width() / 3.0, left->height() / 3.0);
        QWheelEvent wheel(at, left->mapToGlobal(at), QPoint(), QPoint(0, 360), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(left, &wheel);
        QVERIFY(!panel->zoom()->isFit());
        const QPoint probe(100, 140);
        const QPoint before = left->widgetPositionOfPixel(probe);
        QVERIFY(sameView(probe));
        QTest::mousePress(left, Qt::LeftButton, {}, QPoint(100, 100));
        QTest::mouseMove(left, QPoint(120, 110));
        QTest::mouseMove(left, QPoint(140, 120));
        QTest::mouseRelease(left, Qt::LeftButton, {}, QPoint(140, 120));
        QCOMPARE(left->widgetPositionOfPixel(probe) - before, QPoint(40, 20));
        QVERIFY(sameView(probe));
        QTest::keyClick(window_.get(), Qt::Key_F); // back to fit
        QVERIFY(panel->zoom()->isFit());
        QTest::keyClick(window_.get(), Qt::Key_F); // 100 %
        QVERIFY(!panel->zoom()->isFit());
        QCOMPARE(panel->zoom()->scaleFor(QSizeF(left->size())), 1.0);
        QTest::keyClick(window_.get(), Qt::Key_F);
        QVERIFY(panel->zoom()->isFit());

        panel->tabs()->setCurrentIndex(1);
        saveScreenshot(*window_, "03_adversarial_sample.png");
        panel->tabs()->setCurrentIndex(0);
    }

    // Hovering a pixel shows the segment under it with the score the engine gives that segment,
    // computed here independently with the same model, face and request.
    // With no explanation yet, the inspector's hint follows the run: it does not ask for an
    // explanation that is being computed, and asks again once a run stops without one.
    void inspectorHintFollowsARunningExplanation() {
        SegmentInspector inspector;
        QVERIFY(inspector.text().startsWith("No explanation yet"));
        inspector.setRunning(true);
        QVERIFY2(inspector.text().startsWith("Computing the explanation"), qPrintable(inspector.text()));
        inspector.setRunning(false);
        QVERIFY(inspector.text().startsWith("No explanation yet"));
        inspector.setRunning(true);
        inspector.setReport(nullptr); // a cleared panel ends the run's hint too
        QVERIFY(inspector.text().startsWith("No explanation yet"));
    }

    void inspectorShowsTheEnginesSegmentScore() {
        ExplanationPanel* panel = window_->explanationPanel();
        QVERIFY(panel->report() != nullptr);
        auto detector = loadDetector(model().toStdString());
        const cv::Mat face = window_->session().selectedFaceData()->crop;
        const ExplainReport engine = explainFace(*detector, face, window_->settings().explainRequest("LIME"));

        const QPoint pixel(150, 120);
        HeatmapView* view = panel->classicView();
        const int segment = engine.segments.labels.at<int>(pixel.y(), pixel.x());
        // The pixel's place is asked again on every try: the window's layout may still settle
        // (progress widgets leaving) and move the view after the explanation came in.
        const auto hoverReachesSegment = [&] {
            QTest::mouseMove(view, view->widgetPositionOfPixel(pixel));
            return panel->inspector()->segment() == segment;
        };
        QTRY_VERIFY(hoverReachesSegment());
        const auto& readings = panel->inspector()->readings();
        QCOMPARE(readings.size(), size_t(2));
        for (size_t i = 0; i < 2; ++i) {
            const double expected = engine.explanations[i].segmentScores[size_t(segment)];
            QCOMPARE(readings[i].score, expected);
            QVERIFY2(panel->inspector()->text().contains(QString::number(expected, 'g', 4)),
                     qPrintable(panel->inspector()->text()));
        }
        // Clicking pins it: it stays inspected after the cursor leaves the face.
        QTest::mouseClick(view, Qt::LeftButton, {}, view->widgetPositionOfPixel(pixel));
        QCOMPARE(panel->pinnedSegment(), segment);
        QTest::mouseMove(view, view->widgetPositionOfPixel(QPoint(60, 200)));
        QTRY_VERIFY(panel->inspector()->text().contains(QString("Segment %1").arg(panel->hoveredSegment())));
        saveScreenshot(*window_, "04_segment_inspector.png");
    }

    // Cancel stops a long explanation: the worker is free again, the cancel button is gone and
    // the panel still says what it was explaining. The 30 s waits only keep a broken cancel from
    // hanging the test; how fast a cancel takes effect is `fakelens-cli bench --cancel-latency`'s.
    void cancelStopsARunningExplanation() {
        const AppSettings original = window_->settings();
        AppSettings slow = original;
        slow.explainer.set("LIME", "samples", 50000);
        slow.nesIterations = 80;
        slow.seed = 99; // not in the NES cache
        window_->session().applySettings(slow);
        window_->explainSelectedFace();
        ExplanationController& explanations = window_->session().explanations();
        QVERIFY(explanations.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(window_->taskProgress()->text().contains("%"), 10000);
        QTest::qWait(500); // well inside the work
        QVERIFY(explanations.isRunning());

        QPushButton* cancel = window_->taskProgress()->cancelButton();
        QVERIFY(cancel->isVisible());
        QSignalSpy cancelled(&explanations, &ExplanationController::cancelled);
        QSignalSpy finished(&explanations, &ExplanationController::finished);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!explanations.isPending());
        QTRY_VERIFY_WITH_TIMEOUT(!explanations.isRunning(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!window_->session().queue().isBusy(), 30000); // the worker is free again
        QCOMPARE(finished.count(), 0); // 50 000 samples: it was stopped, it did not run out
        QVERIFY(cancelled.count() >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(!cancel->isVisible(), 30000);
        QVERIFY(window_->explanationPanel()->headerText().contains("LIME"));
        saveScreenshot(*window_, "05_explanation_cancelled.png");
        window_->session().applySettings(original);
    }

    // Errors are a message in the window; what was open stays open and usable.
    void errorsAreShownInTheWindow() {
        const QString missing = testpaths::output("gui/no-such-file.jpg");
        window_->openPath(missing);
        QTRY_VERIFY_WITH_TIMEOUT(window_->messageBar()->isVisible(), 10000);
        QVERIFY(window_->messageBar()->text().contains("no-such-file.jpg"));
        QCOMPARE(window_->messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY(window_->session().media()->path.endsWith("df00204.jpg"));
        QCOMPARE(window_->faceCount(), 1);

        const QString notAnImage = testpaths::output("gui/not-an-image.png");
        QFile file(notAnImage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is text, not a PNG");
        file.close();
        window_->openPath(notAnImage);
        QTRY_VERIFY_WITH_TIMEOUT(window_->messageBar()->text().contains("not-an-image.png"), 10000);
        saveScreenshot(*window_, "06_error_message.png");

        // No face: a notice, not a crash; the frame is still shown.
        window_->session().setDetectFaces(true);
        window_->openPath(testpaths::shared("samples/misc/rocket_noface.jpg"));
        QTRY_VERIFY_WITH_TIMEOUT(window_->session().media()->path.endsWith("rocket_noface.jpg") &&
                                     window_->session().currentFrame().scored, 30000);
        QCOMPARE(window_->faceCount(), 0);
        QTRY_VERIFY(window_->messageBar()->isVisible());
        QVERIFY(window_->messageBar()->text().contains("No face"));
        QVERIFY(!window_->frameView()->frameImage().isNull());

        // Explain without a face says what to do: there is none to select, so draw one.
        window_->explainSelectedFace();
        QTRY_VERIFY2(window_->messageBar()->text().contains("No face was found in this frame. Draw one"),
                     qPrintable(window_->messageBar()->text()));
    }

    // Dropping a file on the window opens it, and it joins File › Open Recent.
    void droppingAFileOpensIt() {
        const QString photo = testpaths::shared("samples/misc/astronaut.png");
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(photo)});
        const QPoint at = window_->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window_.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(window_.get(), &drop);
        QTRY_VERIFY_WITH_TIMEOUT(window_->session().media()->path == photo && window_->session().currentFrame().scored, 30000);
        QCOMPARE(window_->faceCount(), 1);
        QVERIFY(!window_->messageBar()->isVisible());
        const QStringList recent = window_->settings().recentFiles;
        QCOMPARE(recent.first(), photo);
        QVERIFY(recent.contains(testpaths::shared("samples/faces/fake/df00204.jpg")));
        QVERIFY(!recent.contains(testpaths::output("gui/no-such-file.jpg"))); // failed opens are not recent
        QMenu* recentMenu = window_->menuBar()->findChild<QMenu*>("recentMenu");
        QVERIFY(recentMenu);
        QCOMPARE(recentMenu->actions().size(), recent.size());
    }

    // Another detector can be plugged in (here the tests' synthetic one, whose answer depends on
    // one known patch) and any method chosen in the toolbar is the one explained.
    void explainsWithAnInjectedDetector() {
        const QString image = testpaths::output("gui/synthetic-face.png");
        QVERIFY(toQImage(makeSyntheticImage()).save(image, "PNG"));
        MainWindow window(wholeImageSettings());
        openWithSyntheticDetector(window, image);
        QTRY_VERIFY_WITH_TIMEOUT(window.session().currentFrame().scored, 10000);
        QCOMPARE(window.faceCount(), 1);
        QVERIFY(window.session().currentFrame().faces[0].fake());
        window.setMethod("RISE");
        window.explainSelectedFace();
        QTRY_VERIFY_WITH_TIMEOUT(window.explanationPanel()->report() != nullptr, 30000);
        const auto& explanations = window.explanationPanel()->report()->explanations;
        QCOMPARE(QString::fromStdString(explanations[0].method), QString("RISE"));
        QCOMPARE(QString::fromStdString(explanations[1].method), QString("RISE_adv"));
        QVERIFY(window.explanationPanel()->classicView()->hasHeatmap());
        QVERIFY(window.explanationPanel()->adversarialView()->hasHeatmap());
    }

    // Issue 18: under a card with an inconclusive band around the synthetic face's score (~0.77)
    // the face list and the frame's tag say "inconclusive", not fake; screenshot
    // gui_inconclusive_face.png.
    void showsAnInconclusiveFace() {
        const QString image = testpaths::output("gui/synthetic-face-band.png");
        QVERIFY(toQImage(makeSyntheticImage()).save(image, "PNG"));
        MainWindow window(wholeImageSettings());
        window.resize(1200, 800);
        window.show();
        window.session().setDetectorFactory([] { return std::make_unique<BandedSyntheticDetector>(0.4, 0.9); });
        window.openPath(image);
        QTRY_VERIFY_WITH_TIMEOUT(window.session().currentFrame().scored, 10000);
        QCOMPARE(window.faceCount(), 1);
        const AnalysedFace& face = window.session().currentFrame().faces[0];
        QVERIFY(face.fakeProbability > 0.4 && face.fakeProbability < 0.9);
        QCOMPARE(face.call, FaceCall::Inconclusive);
        QVERIFY(!face.fake());
        QCOMPARE(window.faceList()->count(), 1);
        const QString item = window.faceList()->list()->item(0)->text();
        QVERIFY2(item.contains("inconclusive") && !item.contains("FAKE"), qPrintable(item));
        QList<QLabel*> labels = window.faceList()->findChildren<QLabel*>();
        const bool summarySays = std::any_of(labels.begin(), labels.end(), [](QLabel* l) {
            return l->text().contains("1 inconclusive");
        });
        QVERIFY(summarySays);
        saveScreenshot(window, "gui_inconclusive_face.png");
    }

    // A face the detector calls real has no _adv form: the classic one runs, the adversarial half
    // stays empty and the panel says why (the engine would refuse it).
    void adversarialFormOfARealFaceIsDisabled() {
        const QString image = testpaths::output("gui/plain-real-face.png");
        QVERIFY(toQImage(cv::Mat(256, 256, CV_32FC3, cv::Scalar(0.4, 0.5, 0.6))).save(image, "PNG"));
        MainWindow window(wholeImageSettings());
        openWithSyntheticDetector(window, image);
        QTRY_VERIFY_WITH_TIMEOUT(window.session().currentFrame().scored, 10000);
        QVERIFY(!window.session().currentFrame().faces[0].fake());
        window.setMethod("LIME");
        window.explainSelectedFace();
        QTRY_VERIFY_WITH_TIMEOUT(window.explanationPanel()->report() != nullptr, 30000);
        const auto& explanations = window.explanationPanel()->report()->explanations;
        QCOMPARE(int(explanations.size()), 1);
        QCOMPARE(QString::fromStdString(explanations[0].method), QString("LIME"));
        QVERIFY(window.explanationPanel()->classicView()->hasHeatmap());
        QVERIFY(!window.explanationPanel()->adversarialView()->hasHeatmap());
        const QString status = window.explanationPanel()->statusText();
        QVERIFY2(status.contains("LIME_adv is not available") && status.contains("calls this face real"),
                 qPrintable(status));
        saveScreenshot(window, "07_adversarial_refused.png");
    }

    // A model that cannot be loaded is a message in the window; images still open and show.
    void modelFailureIsShownAndTheWindowStaysUsable() {
        const QString broken = testpaths::output("gui/broken-model.h5");
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not an HDF5 file");
        file.close();
        AppSettings settings = fastSettings();
        settings.modelPath = broken;
        MainWindow window(settings);
        window.resize(1200, 800);
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.messageBar()->isVisible(), 10000);
        QCOMPARE(window.messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY2(window.messageBar()->text().contains("broken-model.h5"), qPrintable(window.messageBar()->text()));

        window.messageBar()->dismiss();
        window.openPath(testpaths::shared("samples/misc/astronaut.png"));
        QTRY_VERIFY_WITH_TIMEOUT(!window.frameView()->frameImage().isNull(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(window.messageBar()->isVisible(), 10000);
        QVERIFY(window.messageBar()->text().contains("model"));
        QTRY_VERIFY_WITH_TIMEOUT(!window.session().isAnalysingFrame(), 10000);
        saveScreenshot(window, "10_model_failure.png");
    }

private:
    std::unique_ptr<MainWindow> window_;
};

QTEST_MAIN(TestGuiWorkbench)
#include "test_gui_workbench.moc"
