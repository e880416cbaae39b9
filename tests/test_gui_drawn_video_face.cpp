// Analyse › Draw face box on a video (issue 18, part 5), offscreen, on the real MesoNet
// (Meso4_DF) and the shared Deepfakes clip ffpp_519_515_deepfakes.mp4: a box drawn on a frame
// the timeline scores makes the timeline scan again with it, the tracker follows the face, and
// on a later frame the shown face is the examiner's, the scan's face of the drawn track with the
// P(fake) its timeline curve shows. A box drawn on a frame
// the timeline skips stays on its frame, and the session says why. Screenshots go to
// <build>/screenshots.
#include "support/GuiCaseTestSupport.h"
#include "support/TestPaths.h"

#include "models/DetectorFactory.h"
#include "session/TimelineScanner.h"
#include "session/WorkbenchSession.h"
#include "widgets/FaceListPanel.h"
#include "widgets/ScoreTimeline.h"
#include "window/MainWindow.h"

#include <QListWidget>
#include <QSignalSpy>
#include <QtTest>

using namespace fakelens;
using namespace fakelens::ui;

namespace {

QString model() { return testpaths::kerasWeights("Meso4_DF"); }
const QString kClip = QStringLiteral("samples/videos/ffpp_519_515_deepfakes.mp4");
constexpr int kLaterFrame = 6;

} // namespace

class TestGuiDrawnVideoFace : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        AppSettings settings;
        settings.detectFaces = true;
        window_ = std::make_unique<MainWindow>(settings);
        window_->resize(1400, 900);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        window_->session().setDetectorFactory([] { return loadDetector(model().toStdString()); });
        QTRY_VERIFY_WITH_TIMEOUT(window_->session().model().has_value(), 20000);
        window_->openPath(testpaths::shared(kClip));
        QTRY_VERIFY_WITH_TIMEOUT(window_->session().currentFrame().scored, 30000);
        QCOMPARE(int(window_->session().currentFrame().faces.size()), 1);
    }

    void cleanupTestCase() { window_.reset(); }

    void aBoxDrawnOnAScoredFrameIsFollowed() {
        WorkbenchSession& session = window_->session();
        const AnalysedFace detected = session.currentFrame().faces[0];
        QSignalSpy restarted(&session.timeline(), &TimelineScanner::started);
        session.addDrawnFace(detected.box.adjusted(4, 4, -4, -4));
        QCOMPARE(restarted.count(), 1); // scanned again, with the box
        QTRY_VERIFY_WITH_TIMEOUT(!session.drawnFaces().followedOn(kLaterFrame).empty(), 60000);

        session.showFrame(kLaterFrame);
        QTRY_VERIFY_WITH_TIMEOUT(session.currentFrame().scored && session.currentFrame().frameIndex == kLaterFrame,
                                 30000);
        const auto& faces = session.currentFrame().faces;
        QCOMPARE(int(faces.size()), 1); // the detection continues the drawn track: one face
        QCOMPARE(int(faces[0].detected.origin), int(FaceOrigin::Examiner));
        QListWidget* list = window_->faceList()->list();
        QTRY_COMPARE(list->count(), 1);
        QVERIFY2(list->item(0)->text().contains("drawn by the examiner"), qPrintable(list->item(0)->text()));

        // The timeline knows the drawn track as the examiner's, and the shown face has the
        // P(fake) and box of that track's point on this frame: one score per face and frame.
        const TrackTimeline* drawnTrack = nullptr;
        for (int id : window_->timeline()->trackIds())
            if (window_->timeline()->track(id)->origin() == FaceOrigin::Examiner)
                drawnTrack = window_->timeline()->track(id);
        QVERIFY(drawnTrack != nullptr);
        const TrackPoint& point = drawnTrack->points()[size_t(drawnTrack->pointNearestTo(kLaterFrame))];
        QCOMPARE(point.frame, kLaterFrame);
        QVERIFY2(std::abs(faces[0].fakeProbability - point.fakeProbability) < 1e-4,
                 qPrintable(QString("shown %1, timeline %2").arg(faces[0].fakeProbability).arg(point.fakeProbability)));
        QCOMPARE(faces[0].box, QRectF(point.box.x, point.box.y, point.box.width, point.box.height));
        guitest::saveScreenshot(*window_, "drawn_video_face_01_followed.png");
    }

    void aBoxDrawnOnASkippedFrameStaysThere() {
        WorkbenchSession& session = window_->session();
        AppSettings settings = session.settings();
        settings.timelineStep = 3;
        session.applySettings(settings);
        session.showFrame(4);
        QTRY_VERIFY_WITH_TIMEOUT(session.currentFrame().scored && session.currentFrame().frameIndex == 4, 30000);
        QSignalSpy notices(&session, &WorkbenchSession::noticeIssued);
        QSignalSpy restarted(&session.timeline(), &TimelineScanner::started);
        const QRectF box = session.currentFrame().faces[0].box.adjusted(4, 4, -4, -4);
        session.addDrawnFace(box);
        QCOMPARE(restarted.count(), 0);
        QCOMPARE(notices.count(), 1);
        QVERIFY2(notices.at(0).at(0).toString().contains("kept on that frame only"),
                 qPrintable(notices.at(0).at(0).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(session.currentFrame().scored && session.currentFrame().faces.size() == 2, 30000);
        QCOMPARE(int(session.drawnFaces().seeds(TimelineScanner::scanOptions({0, -1, 3})).size()), 1); // frame 0's box only
    }

private:
    std::unique_ptr<MainWindow> window_;
};

QTEST_MAIN(TestGuiDrawnVideoFace)
#include "test_gui_drawn_video_face.moc"
