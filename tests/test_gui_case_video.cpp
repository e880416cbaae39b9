// A case of a stretch of a video (`analyse --frames 0:40:2`) opened in the workbench: the
// timeline scans the case's frames, not every 15th frame of the whole video as the settings say,
// so the video verdict, the curve and the face on the case's section frame are the case's (the
// one video pipeline run again on the same frames). Before, the workbench showed the whole
// video's verdict (0.592) beside the case's (0.622), and on frame 16 a face scored 0.622 while
// the explanation of the same face said 0.636.
#include "support/GuiCaseTestSupport.h"
#include "support/TestPaths.h"

#include "case/AnalysedFrames.h"
#include "case/AnalysisBuilder.h"
#include "case/CaseController.h"
#include "case/CaseFile.h"
#include "faces/FaceDetector.h"
#include "faces/TrackMatching.h"
#include "models/Detector.h"
#include "models/DetectorFactory.h"
#include "session/TimelineScanner.h"
#include "session/WorkbenchSession.h"
#include "widgets/ScoreTimeline.h"
#include "window/MainWindow.h"

#include <QFile>
#include <QSignalSpy>
#include <QtTest>

#include <cmath>

using namespace fakelens;
using namespace fakelens::ui;

namespace {

QString video() { return testpaths::shared("samples/videos/ffpp_519_515_deepfakes.mp4"); }

} // namespace

class TestGuiCaseVideo : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The rule that turns a case's frames back into START:END:STEP.
    void framesBecomeTheirSelection() {
        const FrameSelection regular = frameSelectionOf({0, 2, 4, 6, 8});
        QCOMPARE(regular.start, 0);
        QCOMPARE(regular.end, 9);
        QCOMPARE(regular.step, 2);
        // A report may name one more frame off the scan's grid (the frame shown): the grid wins.
        const FrameSelection extra = frameSelectionOf({10, 25, 40, 55, 61, 70});
        QCOMPARE(extra.start, 10);
        QCOMPARE(extra.step, 15);
        const FrameSelection single = frameSelectionOf({7});
        QCOMPARE(single.start, 7);
        QCOMPARE(single.end, 8);
        QCOMPARE(single.step, 1);
    }

    void aVideoCaseIsShownOnItsOwnFrames() {
        // The case, made as `fakelens-cli analyse VIDEO --frames 0:40:2 --methods lime` makes it.
        const QString casePath = testpaths::output("gui/case-video-stretch.fakelens");
        QFile::remove(casePath);
        ReportInput analysis;
        {
            std::unique_ptr<Detector> detector = loadDetector(testpaths::kerasWeights("Meso4_DF").toStdString());
            FaceDetector faces;
            ReportJob job;
            job.evidencePath = video();
            job.frames = FrameSelection{0, 40, 2};
            job.explain.methods = {"LIME"};
            job.explain.settings.scaleToSamples(32);
            analysis = buildReportInput(job, *detector, &faces);
            CaseFile::create(casePath)->saveAnalysis(analysis, QStringLiteral("test"));
        }
        QCOMPARE(int(analysis.framesAnalysed.size()), 20);
        QVERIFY(analysis.verdict.scored);
        QVERIFY(!analysis.faces.empty());
        const ReportFace& section = analysis.faces.front();

        AppSettings settings;
        settings.modelPath = testpaths::kerasWeights("Meso4_DF");
        settings.timelineStep = 15; // the examiner's own setting: not what the case scanned
        MainWindow window(settings);
        window.resize(1500, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WorkbenchSession& session = window.session();
        QSignalSpy opened(window.caseController(), &CaseController::opened);
        QSignalSpy finished(&session.timeline(), &TimelineScanner::finished);
        window.openPath(casePath);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 30000);
        QCOMPARE(opened.first().at(1).toString(), QString("ok"));
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 120000);

        const FrameSelection scanned = session.timelineFrames();
        QVERIFY(session.scansCaseFrames());
        QCOMPARE(scanned.start, 0);
        QCOMPARE(scanned.end, 39);
        QCOMPARE(scanned.step, 2);
        QCOMPARE(window.timeline()->pointCount(), 20);
        QCOMPARE(finished.first().at(0).toInt(), 751); // the video keeps its length
        const TimelineVerdict& verdict = session.timeline().verdict();
        QVERIFY2(std::abs(verdict.fakeScore - analysis.verdict.fakeScore) < 1e-4,
                 qPrintable(QString("workbench %1, case %2").arg(verdict.fakeScore).arg(analysis.verdict.fakeScore)));
        QCOMPARE(verdict.fake, analysis.verdict.fake);

        // The workbench goes to the case's face; its P(fake) there is the case's.
        QTRY_VERIFY_WITH_TIMEOUT(session.currentFrame().frameIndex == section.frame && session.currentFrame().scored,
                                 30000);
        bool found = false;
        for (const AnalysedFace& face : session.currentFrame().faces)
            if (boxIoU(face.detected.box, section.face.box) > 0.999) {
                found = true;
                QVERIFY2(std::abs(face.fakeProbability - section.fakeProbability) < 1e-4,
                         qPrintable(QString("frame %1: shown %2, case %3")
                                        .arg(section.frame)
                                        .arg(face.fakeProbability)
                                        .arg(section.fakeProbability)));
            }
        QVERIFY2(found, qPrintable(QString("frame %1: no shown face has the case's box").arg(section.frame)));
        guitest::saveScreenshot(window, "case_video_stretch.png");

        // Another video: the examiner's own frames again.
        finished.clear();
        window.openPath(testpaths::shared("samples/videos/ffpp_519_real.mp4"));
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 120000);
        QVERIFY(!session.scansCaseFrames());
        QCOMPARE(session.timelineFrames().step, 15);
        QCOMPARE(session.timelineFrames().end, -1);
        const int frames = finished.first().at(0).toInt();
        QVERIFY(frames > 40);
        QCOMPARE(window.timeline()->pointCount(), (frames + 14) / 15);
    }
};

QTEST_MAIN(TestGuiCaseVideo)
#include "test_gui_case_video.moc"
