// A face the examiner drew on a video frame (issue 18, part 5): the drawn box starts a track that
// the landmark tracker follows as it follows detected faces. Known answers on a shared clip: a
// detector that misses every face plus a box drawn where the real detector found the face gives
// one examiner track that stays on the detector's track, frame by frame, with the detector's
// score on the frame it was drawn; bad boxes fail with messages naming them; the CLI's
// FRAME:X,Y,W,H, its JSON and the case's record of the boxes.

#include "case/CaseFile.h"
#include "core/Error.h"
#include "faces/FaceDetector.h"
#include "faces/TrackMatching.h"
#include "faces/VideoScanner.h"
#include "models/DetectorFactory.h"
#include "support/CliRunner.h"
#include "support/TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <memory>

using namespace fakelens;

namespace {

const char* const kClip = "samples/videos/ffpp_519_515_deepfakes.mp4";
constexpr int kEnd = 40; // frames 0..39: the one face moves and turns a little

std::string clip() { return testpaths::shared(kClip).toStdString(); }

struct Observation {
    int track = 0;
    bool detected = false;
    FaceOrigin origin = FaceOrigin::Detector;
    cv::Rect2f box;
    double fakeProbability = 0;
};

// frame -> its faces.
std::map<int, std::vector<Observation>> scan(VideoScanner& scanner) {
    std::map<int, std::vector<Observation>> out;
    scanner.advance(0, [&](const ScannedFrame& f) {
        for (const ScannedFace& face : f.faces)
            out[f.index].push_back({face.trackId, face.detected, face.face.origin, face.face.box, face.fakeProbability});
    });
    return out;
}

// Nine significant digits: the float box comes back exactly from the text.
QString boxText(int frame, const cv::Rect2f& b) {
    const auto n = [](float v) { return QString::number(double(v), 'g', 9); };
    return QStringLiteral("%1:%2,%3,%4,%5").arg(frame).arg(n(b.x), n(b.y), n(b.width), n(b.height));
}

} // namespace

class TestDrawnVideoFace : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        detector_ = loadDetector(testpaths::kerasWeights("Meso4_DF").toStdString());
        faces_ = std::make_unique<FaceDetector>();
        // The reference: the detector's own track of the clip's face.
        VideoScanner scanner(clip(), *detector_, faces_.get(), videoScanOptions(0, kEnd));
        reference_ = scan(scanner);
        QCOMPARE(int(reference_.size()), kEnd);
        for (const auto& [frame, faces] : reference_) {
            QCOMPARE(int(faces.size()), 1);
            QCOMPARE(faces.front().origin, FaceOrigin::Detector);
        }
        QCOMPARE(int(scanner.tracks().size()), 1);
    }

    // A detector that misses the face (no detection passes its confidence floor): without a
    // drawn box the scan finds nothing; with one drawn on frame 0 where the real detector put
    // its box, one examiner track follows the face over every frame, within the detector's
    // track (IoU >= 0.6 on each frame), confirmed, and counted in the verdict. On frame 0 the
    // drawn face is scored as the detected one was (fitDrawnFace's promise).
    void drawnBoxFollowsAFaceTheDetectorMisses() {
        FaceDetectorOptions blind;
        blind.minConfidence = 1e6;
        const FaceDetector missing(blind);
        {
            VideoScanner scanner(clip(), *detector_, &missing, videoScanOptions(0, kEnd));
            QVERIFY(scan(scanner).empty());
            QCOMPARE(scanner.verdict().framesWithFaces, 0);
        }
        VideoScanOptions options = videoScanOptions(0, kEnd);
        options.drawnFaces = {{0, reference_.at(0).front().box}};
        VideoScanner scanner(clip(), *detector_, &missing, options);
        const auto seen = scan(scanner);
        QCOMPARE(int(seen.size()), kEnd);
        double worstIoU = 1;
        for (const auto& [frame, faces] : seen) {
            QCOMPARE(int(faces.size()), 1);
            const Observation& o = faces.front();
            QCOMPARE(o.origin, FaceOrigin::Examiner);
            QVERIFY(!o.detected);
            QCOMPARE(o.track, 1);
            worstIoU = std::min(worstIoU, boxIoU(o.box, reference_.at(frame).front().box));
        }
        qInfo("drawn track vs detector track: worst IoU %.3f over %d frames", worstIoU, kEnd);
        QVERIFY2(worstIoU >= 0.6, qPrintable(QString::number(worstIoU)));
        QVERIFY(std::abs(seen.at(0).front().fakeProbability - reference_.at(0).front().fakeProbability) < 1e-5);
        QCOMPARE(int(scanner.tracks().size()), 1);
        QCOMPARE(scanner.tracks().front().origin(), FaceOrigin::Examiner);
        QVERIFY(scanner.tracks().front().confirmed());
        QCOMPARE(scanner.verdict().framesWithFaces, kEnd);
    }

    // Drawn later in the clip: nothing of the face before that frame, the track from there on.
    void drawnBoxStartsOnItsFrame() {
        FaceDetectorOptions blind;
        blind.minConfidence = 1e6;
        const FaceDetector missing(blind);
        VideoScanOptions options = videoScanOptions(0, kEnd, 2);
        options.drawnFaces = {{20, reference_.at(20).front().box}};
        VideoScanner scanner(clip(), *detector_, &missing, options);
        const auto seen = scan(scanner);
        QCOMPARE(seen.begin()->first, 20);
        QCOMPARE(int(seen.size()), (kEnd - 20) / 2);
    }

    // Drawn where the detector also finds the face: one track, the examiner's, continued by
    // the detections that match it (detected on the detection rounds, drawn all along).
    void drawnBoxOverADetectedFaceKeepsTheExaminersTrack() {
        VideoScanOptions options = videoScanOptions(0, kEnd);
        options.drawnFaces = {{10, reference_.at(10).front().box}};
        VideoScanner scanner(clip(), *detector_, faces_.get(), options);
        const auto seen = scan(scanner);
        int detectedExaminer = 0;
        for (const auto& [frame, faces] : seen) {
            QCOMPARE(int(faces.size()), 1);
            const Observation& o = faces.front();
            QCOMPARE(o.origin, frame < 10 ? FaceOrigin::Detector : FaceOrigin::Examiner);
            detectedExaminer += o.origin == FaceOrigin::Examiner && o.detected ? 1 : 0;
        }
        QVERIFY(detectedExaminer >= 2); // detection rounds at 20 and 30 continued it
        QCOMPARE(int(scanner.tracks().size()), 2);
        QCOMPARE(scanner.tracks().back().origin(), FaceOrigin::Examiner);
    }

    void badDrawnBoxesFailNamingTheBox_data() {
        QTest::addColumn<int>("frame");
        QTest::addColumn<int>("step");
        QTest::addColumn<bool>("withFaceDetector");
        QTest::addColumn<QString>("expected");
        QTest::newRow("frame not analysed") << 3 << 2 << true << "does not analyse that frame";
        QTest::newRow("frame past the range") << kEnd << 1 << true << "does not analyse that frame";
        QTest::newRow("no landmark model") << 0 << 1 << false << "landmark model";
    }
    void badDrawnBoxesFailNamingTheBox() {
        QFETCH(int, frame);
        QFETCH(int, step);
        QFETCH(bool, withFaceDetector);
        QFETCH(QString, expected);
        VideoScanOptions options = videoScanOptions(0, kEnd, step);
        options.drawnFaces = {{frame, cv::Rect2f(100, 100, 120, 120)}};
        try {
            VideoScanner scanner(clip(), *detector_, withFaceDetector ? faces_.get() : nullptr, options);
            QFAIL("a bad drawn box was accepted");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::InvalidArgument);
            QVERIFY2(QString::fromStdString(e.what()).contains(expected), e.what());
            QVERIFY2(QString::fromStdString(e.what()).contains(QStringLiteral("frame %1").arg(frame)), e.what());
        }
        VideoScanOptions outside = videoScanOptions(0, kEnd);
        outside.drawnFaces = {{0, cv::Rect2f(5000, 5000, 100, 100)}};
        QVERIFY_THROWS_EXCEPTION(Error, VideoScanner(clip(), *detector_, faces_.get(), outside));
    }

    // The CLI: detect --face-box FRAME:X,Y,W,H on a video gives an examiner track in the JSON;
    // a frame the scan skips, or a frame on an image, is a usage error naming it.
    void cliDetectTracksADrawnBox() {
        const QString box = boxText(4, reference_.at(4).front().box);
        const CliResult r = runCli({"detect", testpaths::shared(kClip), "--frames", "0:20:2", "--face-box", box,
                                    "--json"}, 120000);
        QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
        const QJsonObject input = QJsonDocument::fromJson(r.out).object().value("inputs").toArray().first().toObject();
        const QJsonArray tracks = input.value("tracks").toArray();
        QCOMPARE(tracks.size(), 2); // the detector's track until frame 4, then the examiner's
        QCOMPARE(tracks.at(1).toObject().value("origin").toString(), QStringLiteral("examiner"));
        QCOMPARE(tracks.at(1).toObject().value("first_frame").toInt(), 4);
        QCOMPARE(tracks.at(0).toObject().value("origin").toString(), QStringLiteral("detector"));
        int examinerFaces = 0;
        for (const QJsonValue& f : input.value("faces").toArray())
            examinerFaces += f.toObject().value("origin").toString() == QLatin1String("examiner") ? 1 : 0;
        QCOMPARE(examinerFaces, 8); // frames 4, 6, ..., 18

        const CliResult skipped = runCli({"detect", testpaths::shared(kClip), "--frames", "0:20:2", "--face-box",
                                          boxText(3, reference_.at(3).front().box)}, 60000);
        QCOMPARE(skipped.exitCode == 0, false);
        QVERIFY2(skipped.err.contains("frame 3"), skipped.err.constData());
        const CliResult image = runCli({"detect", testpaths::shared("samples/faces/fake/df00204.jpg"), "--face-box",
                                        "2:10,10,100,100"}, 60000);
        QCOMPARE(image.exitCode == 0, false);
        QVERIFY2(image.err.contains("one frame"), image.err.constData());
        const CliResult bad = runCli({"detect", testpaths::shared(kClip), "--face-box", "x:10,10,100,100"}, 60000);
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("--face-box"), bad.err.constData());
    }

    // analyse keeps the drawn boxes in the case (parameters.drawnFaces), and the drawn track's
    // face section is marked as drawn.
    void caseKeepsTheDrawnBoxes() {
        QTemporaryDir dir;
        const QString casePath = dir.filePath("drawn.fakelens");
        const cv::Rect2f box = reference_.at(2).front().box;
        const CliResult r = runCli({"analyse", testpaths::shared(kClip), "--case", casePath, "--frames", "0:12:2",
                                    "--face-box", boxText(2, box), "--method", "lime", "--param", "lime.samples=20"},
                                   300000);
        QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
        const ReportInput analysis = CaseFile::open(casePath, true)->loadAnalysis();
        QCOMPARE(int(analysis.parameters.drawnFaces.size()), 1);
        QCOMPARE(analysis.parameters.drawnFaces.front().frame, 2);
        QCOMPARE(analysis.parameters.drawnFaces.front().box, box);
        bool drawnSection = false;
        for (const ReportFace& f : analysis.faces)
            drawnSection = drawnSection || f.face.origin == FaceOrigin::Examiner;
        QVERIFY(drawnSection);
    }

private:
    std::unique_ptr<Detector> detector_;
    std::unique_ptr<FaceDetector> faces_;
    std::map<int, std::vector<Observation>> reference_;
};

QTEST_GUILESS_MAIN(TestDrawnVideoFace)
#include "test_drawn_video_face.moc"
