// A face the detector missed, drawn by the examiner (issue 18, part 5), on the real MesoNet
// (Meso4_DF) and the sample face df00204.jpg: a box drawn exactly where the face detector put
// its box goes through the same landmark fit, crop and scoring, so it gets the detected face's
// crop and P(fake) (to 1e-6); a box drawn elsewhere does not. Then the CLI: `detect`, `explain`
// and `report` take --face-box, mark the face as drawn (JSON "origin": "examiner", text, the
// PDF), refuse bad boxes clearly, and `analyse` keeps the mark in the case.
#include "core/Error.h"
#include "faces/FaceDetector.h"
#include "faces/FrameScorer.h"
#include "media/ImageLoader.h"
#include "models/Detector.h"
#include "models/DetectorFactory.h"
#include "support/CliRunner.h"
#include "support/TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

#include <opencv2/core.hpp>

#include <cmath>
#include <limits>

using namespace fakelens;

namespace {

const QString kFakeFace = QStringLiteral("samples/faces/fake/df00204.jpg");

QString boxArgument(const cv::Rect2f& b) {
    return QStringLiteral("%1,%2,%3,%4").arg(double(b.x), 0, 'g', 9).arg(double(b.y), 0, 'g', 9)
        .arg(double(b.width), 0, 'g', 9).arg(double(b.height), 0, 'g', 9);
}

QJsonArray facesOf(const QByteArray& json) {
    return QJsonDocument::fromJson(json).object()["inputs"].toArray()[0].toObject()["faces"].toArray();
}

} // namespace

class TestDrawnFace : public QObject {
    Q_OBJECT

    std::unique_ptr<Detector> detector_;
    std::unique_ptr<FaceDetector> faces_;
    cv::Mat rgb_;
    std::vector<ScoredFace> detected_;

private Q_SLOTS:
    void initTestCase() {
        detector_ = loadDetector(testpaths::kerasWeights("Meso4_DF").toStdString());
        faces_ = std::make_unique<FaceDetector>();
        rgb_ = loadImage(testpaths::shared(kFakeFace).toStdString()).rgb;
        detected_ = scoreFrame(rgb_, *detector_, faces_.get());
        if (detected_.size() != 1)
            QFAIL("df00204.jpg should hold exactly one detected face");
        QCOMPARE(int(detected_[0].face.origin), int(FaceOrigin::Detector));
    }

    // The must-show: the same place gives the same landmarks, crop and P(fake).
    void aBoxDrawnAtTheDetectedBoxScoresTheSame() {
        const ScoredFace& d = detected_[0];
        const std::vector<ScoredFace> all = scoreFrame(rgb_, *detector_, faces_.get(), {d.face.box});
        QCOMPARE(int(all.size()), 2);
        QCOMPARE(int(all[0].face.origin), int(FaceOrigin::Detector));
        const ScoredFace& drawn = all[1];
        QCOMPARE(int(drawn.face.origin), int(FaceOrigin::Examiner));
        QCOMPARE(drawn.face.box, d.face.box);
        QCOMPARE(drawn.face.landmarks.size(), d.face.landmarks.size());
        for (size_t i = 0; i < d.face.landmarks.size(); ++i)
            QVERIFY2(cv::norm(drawn.face.landmarks[i] - d.face.landmarks[i]) < 1e-3, qPrintable(QString::number(i)));
        QCOMPARE(cv::norm(drawn.crop.image, d.crop.image, cv::NORM_INF), 0.0);
        // Scored in one detector call with the detected face (the CLI's and the workbench's case)
        // and against the detection scored alone (another batch size).
        qInfo("detected P(fake) %.9f (alone %.9f), drawn %.9f", all[0].fakeProbability, d.fakeProbability,
              drawn.fakeProbability);
        QVERIFY(std::abs(drawn.fakeProbability - all[0].fakeProbability) <= 1e-6);
        QVERIFY(std::abs(drawn.fakeProbability - d.fakeProbability) <= 1e-6);
        QCOMPARE(int(drawn.call), int(d.call));
    }

    // A box drawn elsewhere is fitted where it is drawn: another crop (the check above can fail).
    void aBoxDrawnElsewhereGivesAnotherCrop() {
        const cv::Rect2f& b = detected_[0].face.box;
        const cv::Rect2f small(b.x + b.width * 0.25f, b.y + b.height * 0.25f, b.width * 0.5f, b.height * 0.5f);
        const std::vector<ScoredFace> all = scoreFrame(rgb_, *detector_, faces_.get(), {small});
        QCOMPARE(int(all.size()), 2);
        QCOMPARE(all[1].face.box, small);
        QVERIFY(cv::norm(all[1].crop.image, detected_[0].crop.image, cv::NORM_INF) > 0);
    }

    void badBoxesAreRefused() {
        const cv::Size size = rgb_.size();
        const float nan = std::numeric_limits<float>::quiet_NaN();
        for (const cv::Rect2f& box : {cv::Rect2f(400, 400, 50, 50), cv::Rect2f(-100, 0, 120, 120),
                                      cv::Rect2f(10, 10, 4, 40), cv::Rect2f(nan, 10, 40, 40)}) {
            try {
                checkDrawnBox(box, size);
                QFAIL("a bad box was accepted");
            } catch (const Error& e) {
                QCOMPARE(int(e.code()), int(ErrorCode::InvalidArgument));
            }
            QVERIFY_THROWS_EXCEPTION(Error, scoreFrame(rgb_, *detector_, faces_.get(), {box}));
        }
        // Half inside is still a box a detector could have given at the edge.
        checkDrawnBox(cv::Rect2f(-20, -20, 120, 120), size);
        // Without the landmark model (--no-detect) a drawn box cannot be fitted.
        QVERIFY_THROWS_EXCEPTION(Error, scoreFrame(rgb_, *detector_, nullptr, {cv::Rect2f(10, 10, 100, 100)}));
    }

    void detectMarksTheDrawnFace() {
        const QString evidence = testpaths::shared(kFakeFace);
        const QString box = boxArgument(detected_[0].face.box);
        const CliResult r = runCli({"detect", "--json", "--model", testpaths::kerasWeights("Meso4_DF"), "--face-box", box,
                                    evidence}, 60000);
        QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
        const QJsonArray faces = facesOf(r.out);
        QCOMPARE(faces.size(), 2);
        QCOMPARE(faces[0].toObject()["origin"].toString(), QString("detector"));
        QCOMPARE(faces[1].toObject()["origin"].toString(), QString("examiner"));
        QVERIFY(std::abs(faces[1].toObject()["fake_probability"].toDouble() -
                         faces[0].toObject()["fake_probability"].toDouble()) <= 1e-6);

        const CliResult text = runCli({"detect", "--model", testpaths::kerasWeights("Meso4_DF"), "--face-box",
                                       "60,60,200,200", evidence}, 60000);
        QVERIFY2(text.finished && text.exitCode == 0, text.err.constData());
        QVERIFY2(text.out.contains("face 2  box 60,60 200x200") && text.out.contains("drawn by the examiner"),
                 text.out.constData());
    }

    void badBoxesAreClearErrors() {
        const QString evidence = testpaths::shared(kFakeFace);
        struct Case {
            QStringList extra;
            int exit;
            const char* says;
        };
        const Case cases[] = {
            {{"--face-box", "1,2,3"}, 2, "is not [FRAME:]X,Y,W,H"},
            {{"--face-box", "a,b,c,d"}, 2, "is not [FRAME:]X,Y,W,H"},
            {{"--face-box", "10,10,0,50"}, 2, "width and height must be positive"},
            {{"--face-box", "10,10,50,50", "--no-detect"}, 2, "cannot be combined with --no-detect"},
            {{"--face-box", "1000,1000,50,50"}, 1, "outside the 342x342 image"},
        };
        for (const Case& c : cases) {
            const CliResult r = runCli(QStringList{"detect", "--model", testpaths::kerasWeights("Meso4_DF"), evidence} + c.extra,
                                       60000);
            QVERIFY(r.finished);
            QVERIFY2(r.exitCode == c.exit, qPrintable(c.extra.join(' ') + ": " + r.err));
            QVERIFY2(r.err.contains(c.says), qPrintable(c.extra.join(' ') + ": " + r.err));
            // A box that does not fit the image is an error of that input: the line names it, as
            // detect takes several files.
            if (c.exit == 1)
                QVERIFY2(r.err.contains(evidence.toUtf8() + ": face box:"), r.err.constData());
            QVERIFY2(r.out.isEmpty(), r.out.constData());
        }
    }

    void explainMarksTheDrawnFace() {
        const CliResult r = runCli({"explain", "--json", "--model", testpaths::kerasWeights("Meso4_DF"), "--method", "lime",
                                    "--samples", "32", "--face-box", "60,60,200,200", testpaths::shared(kFakeFace)},
                                   120000);
        QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
        const QJsonArray faces = QJsonDocument::fromJson(r.out).object()["faces"].toArray();
        QCOMPARE(faces.size(), 2);
        QCOMPARE(faces[0].toObject()["origin"].toString(), QString("detector"));
        QCOMPARE(faces[1].toObject()["origin"].toString(), QString("examiner"));
        QCOMPARE(faces[1].toObject()["explanations"].toArray().size(), 1);
    }

    // The report names the drawn face as drawn; a case keeps the mark (case show).
    void reportAndCaseMarkTheDrawnFace() {
        const QString evidence = testpaths::shared(kFakeFace);
        const QString box = boxArgument(detected_[0].face.box);
        const QString pdf = testpaths::output("drawn_face/df00204.pdf");
        QFile::remove(pdf);
        const CliResult r = runCli({"report", evidence, "--out", pdf, "--model", testpaths::kerasWeights("Meso4_DF"),
                                    "--methods", "lime", "--samples", "32", "--face-box", box, "--case-id", "DRAWN-1",
                                    "--examiner", "A. Examiner"},
                                   240000);
        QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
        QProcess pdftotext;
        pdftotext.start("pdftotext", {"-layout", pdf, "-"});
        QVERIFY(pdftotext.waitForFinished(60000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(text.contains("Face 2 (drawn by the examiner)"), qPrintable(text.left(4000)));
        // The "Found by" row (its words may wrap across lines in the PDF's table).
        QVERIFY(text.contains(QRegularExpression("Found by\\s+drawn\\s+by\\s+the\\s+examiner\\s+\\(the\\s+face\\s+detector\\s+missed\\s+it\\)")));
        QVERIFY(text.contains(QRegularExpression("Found by\\s+dlib HOG face detector")));
        QVERIFY(!text.contains("Face 1 (drawn by the examiner)"));

        const QString casePath = testpaths::output("drawn_face/df00204.fakelens");
        QFile::remove(casePath);
        const CliResult a = runCli({"analyse", evidence, "--case", casePath, "--model", testpaths::kerasWeights("Meso4_DF"),
                                    "--methods", "lime", "--samples", "32", "--face-box", box, "--case-id", "DRAWN-1",
                                    "--examiner", "A. Examiner"},
                                   240000);
        QVERIFY2(a.finished && a.exitCode == 0, a.err.constData());
        const CliResult show = runCli({"case", "show", casePath, "--json"}, 60000);
        QVERIFY2(show.finished && show.exitCode == 0, show.err.constData());
        const QJsonArray faces = QJsonDocument::fromJson(show.out).object()["faces"].toArray();
        QCOMPARE(faces.size(), 2);
        QCOMPARE(faces[0].toObject()["origin"].toString(), QString("detector"));
        QCOMPARE(faces[1].toObject()["origin"].toString(), QString("examiner"));
        QVERIFY(std::abs(faces[1].toObject()["fake_probability"].toDouble() -
                         faces[0].toObject()["fake_probability"].toDouble()) <= 1e-6);
    }
};

QTEST_GUILESS_MAIN(TestDrawnFace)
#include "test_drawn_face.moc"
