// The workbench on a video, offscreen: the scrubber and its keys step through the frames (each
// shown frame is the engine's decoded frame), the per-frame score timeline fills in behind, and
// clicking the timeline seeks. Saves a screenshot under <build>/screenshots.
#include "support/TestPaths.h"

#include "ImageConversion.h"
#include "explain/ExplanationPanel.h"
#include "explain/HeatmapView.h"
#include "explain/SegmentInspector.h"
#include "media/VideoReader.h"
#include "session/ExplanationController.h"
#include "session/TimelineScanner.h"
#include "session/WorkbenchSession.h"
#include "widgets/FrameScrubber.h"
#include "widgets/FrameView.h"
#include "widgets/ScoreTimeline.h"
#include "window/MainWindow.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QtTest>

#include <opencv2/core.hpp>

#include <map>

using namespace fakelens;
using namespace fakelens::ui;

namespace {

void saveScreenshot(QWidget& window, const QString& name) {
    QDir().mkpath(QStringLiteral(FAKELENS_SCREENSHOT_DIR));
    const QString path = QDir(QStringLiteral(FAKELENS_SCREENSHOT_DIR)).filePath(name);
    QVERIFY2(window.grab().save(path, "PNG"), qPrintable(path));
}

QString video() { return testpaths::shared("samples/videos/ffpp_519_515_deepfakes.mp4"); }

// The frames the engine's reader gives, read straight through once.
std::map<int, cv::Mat> referenceFrames(const std::vector<int>& wanted) {
    std::map<int, cv::Mat> frames;
    VideoReader reader(video().toStdString());
    const int last = *std::max_element(wanted.begin(), wanted.end());
    cv::Mat rgb;
    for (int i = 0; i <= last && reader.read(rgb); ++i)
        if (std::find(wanted.begin(), wanted.end(), i) != wanted.end())
            frames[i] = rgb.clone();
    return frames;
}

bool sameFrame(const QImage& shown, const cv::Mat& expected) {
    const cv::Mat rgb = toRgbMat(shown);
    return rgb.size() == expected.size() && cv::norm(rgb, expected, cv::NORM_INF) == 0;
}

} // namespace

class TestGuiVideo : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        AppSettings settings;
        settings.modelPath = testpaths::kerasWeights("Meso4_DF");
        settings.timelineStep = 15; // 51 of the 751 frames: the timeline fills in a few seconds
        settings.limeSamples = 128;
        settings.nesIterations = 10;
        window_ = std::make_unique<MainWindow>(settings);
        window_->resize(1500, 900);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    }

    void cleanupTestCase() { window_.reset(); }

    void scrubberStepsThroughTheFrames() {
        WorkbenchSession& session = window_->session();
        FrameScrubber* scrubber = window_->scrubber();
        window_->openPath(video());
        QTRY_VERIFY_WITH_TIMEOUT(session.media() && session.currentFrame().scored, 30000);
        QVERIFY(session.media()->isVideo);
        QCOMPARE(scrubber->frameCount(), 751);
        QVERIFY(scrubber->isVisible());

        const int page = scrubber->pageStep();
        QVERIFY(page > 1);
        const auto frames = referenceFrames({0, 1, 1 + page, page, 300});
        QVERIFY(sameFrame(window_->frameView()->frameImage(), frames.at(0)));

        auto expectShown = [&](int index) {
            QTRY_VERIFY_WITH_TIMEOUT(session.currentFrame().frameIndex == index && session.currentFrame().scored, 20000);
            QCOMPARE(scrubber->currentFrame(), index);
            QVERIFY(sameFrame(window_->frameView()->frameImage(), frames.at(index)));
            QCOMPARE(window_->findChild<QLabel*>("frameLabel")->text(), QString("frame %1 / 751").arg(index + 1));
        };
        QTest::keyClick(window_.get(), Qt::Key_Right);
        expectShown(1);
        QVERIFY(window_->faceCount() >= 1);
        QTest::keyClick(window_.get(), Qt::Key_PageDown);
        expectShown(1 + page);
        QTest::keyClick(window_.get(), Qt::Key_Left); // backwards: the reader starts over
        expectShown(page);
        QTest::keyClick(window_.get(), Qt::Key_PageUp);
        QTest::keyClick(window_.get(), Qt::Key_Right); // a fast second key makes the first request stale
        expectShown(1);

        // Play advances on its own; pause stops it.
        QTest::keyClick(window_.get(), Qt::Key_P);
        QVERIFY(scrubber->isPlaying());
        QTRY_VERIFY_WITH_TIMEOUT(session.currentFrame().frameIndex >= 3, 20000);
        QTest::keyClick(window_.get(), Qt::Key_P);
        QVERIFY(!scrubber->isPlaying());

        // The timeline fills in while frames are scored; clicking it seeks there.
        ScoreTimeline* timeline = window_->timeline();
        QTRY_VERIFY_WITH_TIMEOUT(timeline->pointCount() >= 21, 60000);
        QTest::mouseClick(timeline->plotWidget(), Qt::LeftButton, {}, timeline->plotPositionOfFrame(300));
        const int clicked = scrubber->currentFrame();
        QVERIFY2(std::abs(clicked - 300) <= 2, qPrintable(QString::number(clicked)));
        QTRY_VERIFY_WITH_TIMEOUT(session.currentFrame().frameIndex == clicked && session.currentFrame().scored, 30000);
        if (clicked == 300)
            QVERIFY(sameFrame(window_->frameView()->frameImage(), frames.at(300)));
        saveScreenshot(*window_, "07_video_scrubber_timeline.png");

        // Let the timeline finish so the screenshot of a full timeline is there for reviewers.
        QTRY_VERIFY_WITH_TIMEOUT(!session.timeline().isRunning(), 90000);
        QCOMPARE(timeline->pointCount(), 51);
        saveScreenshot(*window_, "08_video_timeline_complete.png");
    }

    // The whole path on one video frame: a face explained beside the frame and its timeline.
    void explainsAFaceOfTheShownFrame() {
        WorkbenchSession& session = window_->session();
        QVERIFY(session.selectedFaceData() != nullptr);
        const int frame = session.currentFrame().frameIndex;
        window_->setMethod("LIME");
        window_->explainSelectedFace();
        QTRY_VERIFY_WITH_TIMEOUT(window_->explanationPanel()->report() != nullptr, 60000);
        QVERIFY(window_->explanationPanel()->headerText().contains(QString("frame %1").arg(frame + 1)));
        HeatmapView* view = window_->explanationPanel()->classicView();
        QTest::mouseMove(view, view->widgetPositionOfPixel(QPoint(128, 110)));
        QTRY_VERIFY(window_->explanationPanel()->inspector()->segment() >= 0);
        saveScreenshot(*window_, "09_video_face_explained.png");

        // Stepping to another frame makes the explanation stale: it is cleared.
        QTest::keyClick(window_.get(), Qt::Key_Right);
        QTRY_VERIFY_WITH_TIMEOUT(window_->explanationPanel()->report() == nullptr, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(session.currentFrame().frameIndex == frame + 1 && session.currentFrame().scored, 20000);
    }

    // Closing the window while an explanation and the timeline run does not wait for them.
    void closingWhileWorkRunsIsQuick() {
        // Opened again: wait for the new opening, not the frame still shown from before.
        QSignalSpy opened(&window_->session(), &WorkbenchSession::mediaOpened);
        QSignalSpy analysed(&window_->session(), &WorkbenchSession::frameAnalysed);
        window_->openPath(video());
        QTRY_VERIFY_WITH_TIMEOUT(opened.count() == 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(analysed.count() >= 1 && window_->faceCount() > 0, 30000);
        AppSettings slow = window_->settings();
        slow.limeSamples = 50000;
        window_->session().applySettings(slow);
        window_->explainSelectedFace();
        QTRY_VERIFY_WITH_TIMEOUT(window_->session().explanations().isRunning(), 5000);
        QTest::qWait(300);
        QVERIFY(window_->session().timeline().isRunning());
        QElapsedTimer clock;
        clock.start();
        window_.reset();
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString("%1 ms").arg(clock.elapsed())));
    }

private:
    std::unique_ptr<MainWindow> window_;
};

QTEST_MAIN(TestGuiVideo)
#include "test_gui_video.moc"
