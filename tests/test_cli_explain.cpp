// fakelens-cli explain: the documented JSON, the PNGs in --out, seeds, and clean failures.
#include "support/CliRunner.h"
#include "support/TestPaths.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>

namespace {

QStringList quickExplain(const QString& seed, const QString& outDir) {
    QStringList args{"explain", "--no-detect", "--json", "--model", testpaths::kerasWeights("Meso4_DF"),
                     "--method", "lime,lime_adv,rise", "--samples", "96", "--nes-iterations", "30",
                     "--seed", seed, testpaths::shared("samples/faces/fake/df00204.jpg")};
    if (!outDir.isEmpty())
        args << "--out" << outDir;
    return args;
}

QJsonObject firstFace(const QByteArray& json) {
    return QJsonDocument::fromJson(json).object()["faces"].toArray()[0].toObject();
}

} // namespace

class TestCliExplain : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // --samples' help states SOBOL's designs rule, and explain follows it: N = 96 gives 2 designs
    // (96/64 = 1, raised to the minimum 2), N = 256 gives 4; each design costs 8x8 + 2 forwards.
    void samplesHelpStatesTheDesignsRule() {
        const CliResult help = runCli({"explain", "--help"});
        QVERIFY2(help.out.simplified().contains(
                     "sobol.designs = N/64 rounded down to a power of two, at least 2 (2 for any N under 256)"),
                 help.out.constData());
        for (const auto& [samples, designs] : {std::pair{96, 2}, std::pair{256, 4}}) {
            const CliResult r = runCli({"explain", "--no-detect", "--json", "--model", testpaths::kerasWeights("Meso4_DF"),
                                        "--method", "sobol", "--samples", QString::number(samples),
                                        testpaths::shared("samples/faces/fake/df00204.jpg")},
                                       240000);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const QJsonObject sobol = firstFace(r.out)["explanations"].toArray().first().toObject();
            QCOMPARE(sobol["inferences"].toDouble(), double(designs * (8 * 8 + 2)));
        }
    }

    void writesJsonAndImages() {
        const QString out = testpaths::output("explain_out");
        QDir(out).removeRecursively();
        const CliResult r = runCli(quickExplain("7", out), 240000);
        QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
        const QJsonObject face = firstFace(r.out);
        QCOMPARE(face["verdict"].toString(), QString("fake"));
        const int segments = face["segments"].toInt();
        QVERIFY2(segments >= 35 && segments <= 65, qPrintable(QString::number(segments)));
        const QJsonArray methods = face["explanations"].toArray();
        QCOMPARE(methods.size(), 3);
        QStringList names;
        for (const QJsonValue& v : methods) {
            const QJsonObject m = v.toObject();
            names << m["method"].toString();
            QCOMPARE(m["segment_scores"].toArray().size(), segments);
            QVERIFY(m["ranking"].toArray().size() > 0);
            QVERIFY(m["inferences"].toDouble() >= 96);
            QVERIFY(m["seconds"].toDouble() > 0);
            for (const char* key : {"heatmap", "overlay"}) {
                const QImage png(m[key].toString());
                QVERIFY2(!png.isNull(), qPrintable(m[key].toString()));
                QCOMPARE(png.size(), QSize(256, 256));
            }
        }
        QCOMPARE(names, (QStringList{"LIME", "LIME_adv", "RISE"}));
        const QJsonObject nes = methods[1].toObject()["nes"].toObject();
        QVERIFY(nes["flipped"].toBool());
        QVERIFY(nes["linf"].toDouble() <= 16.0 / 255 + 1e-6);
        QVERIFY(!methods[0].toObject().contains("nes"));
        QCOMPARE(nes["noise"].toString(), QString("per-pixel"));
        // Common random numbers: LIME and LIME_adv evaluated the same masks, RISE others.
        const QString lime = methods[0].toObject()["design_digest"].toString();
        QCOMPARE(lime.size(), 16);
        QCOMPARE(methods[1].toObject()["design_digest"].toString(), lime);
        QVERIFY(methods[2].toObject()["design_digest"].toString() != lime);
        QCOMPARE(methods[1].toObject()["seed"].toString(), methods[0].toObject()["seed"].toString());

        // The face as the detector saw it and its adversarial sample, 16-bit, at the input size:
        // the change is within 16/255, a multiple of 1/255, and grey (R = G = B) where no
        // channel is clipped.
        const cv::Mat input = cv::imread(face["input_png"].toString().toStdString(), cv::IMREAD_UNCHANGED);
        const cv::Mat adversarial = cv::imread(face["adversarial_png"].toString().toStdString(), cv::IMREAD_UNCHANGED);
        QCOMPARE(QFileInfo(face["input_png"].toString()).fileName(), QString("df00204_face0_input.png"));
        QCOMPARE(QFileInfo(face["adversarial_png"].toString()).fileName(), QString("df00204_face0_adversarial.png"));
        QCOMPARE(input.type(), CV_16UC3);
        QCOMPARE(adversarial.type(), CV_16UC3);
        QCOMPARE(input.size(), cv::Size(256, 256));
        int changed = 0;
        for (int y = 0; y < 256; ++y)
            for (int x = 0; x < 256; ++x) {
                const cv::Vec3w a = input.at<cv::Vec3w>(y, x), b = adversarial.at<cv::Vec3w>(y, x);
                int d[3];
                bool clipped = false;
                for (int c = 0; c < 3; ++c) {
                    d[c] = int(b[c]) - int(a[c]);
                    QVERIFY(std::abs(d[c]) <= 16 * 257 + 1);
                    clipped |= a[c] < 16 * 257 + 1 || a[c] > 65535 - 16 * 257 - 1;
                }
                if (!clipped) {
                    QVERIFY2(std::abs(d[0] - d[1]) <= 1 && std::abs(d[0] - d[2]) <= 1,
                             qPrintable(QString("(%1, %2): %3 %4 %5").arg(x).arg(y).arg(d[0]).arg(d[1]).arg(d[2])));
                    QVERIFY(std::abs(d[0] - 257 * qRound(d[0] / 257.0)) <= 1);
                    changed += d[0] != 0;
                }
            }
        QVERIFY(changed > 1000);
    }

    // An _adv method explains only a face called fake: on a real one the CLI refuses before it
    // writes anything, and says why.
    void refusesAdversarialOfARealFace() {
        const QString out = testpaths::output("explain_refused");
        QDir(out).removeRecursively();
        const CliResult r = runCli({"explain", "--no-detect", "--model", testpaths::kerasWeights("Meso4_DF"),
                                    "--method", "lime_adv", "--samples", "96", "--out", out,
                                    testpaths::shared("samples/faces/real/real00240.jpg")},
                                   120000);
        QVERIFY(r.finished && !r.crashed);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("calls this face real") && r.err.contains("real00240.jpg"), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFileInfo::exists(out));
        // The classic form of the same face is fine; --methods, the name analyse and evaluate use,
        // is accepted for --method.
        const CliResult classic = runCli({"explain", "--no-detect", "--json", "--model", testpaths::kerasWeights("Meso4_DF"),
                                          "--methods", "lime", "--samples", "96",
                                          testpaths::shared("samples/faces/real/real00240.jpg")},
                                         120000);
        QVERIFY2(classic.exitCode == 0, classic.err.constData());
        QCOMPARE(firstFace(classic.out)["verdict"].toString(), QString("real"));
        QCOMPARE(firstFace(classic.out)["explanations"].toArray().size(), 1);
    }

    void nesNoiseOption() {
        const CliResult bad = runCli({"explain", "--nes-noise", "rgb", "--model", testpaths::kerasWeights("Meso4_DF"),
                                      testpaths::shared("samples/faces/fake/df00204.jpg")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("--nes-noise") && bad.err.contains("per-channel"), bad.err.constData());
        QStringList args = quickExplain("7", {});
        args << "--nes-noise" << "per-channel";
        const CliResult r = runCli(args, 240000);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(firstFace(r.out)["adversarial"].toObject()["noise"].toString(), QString("per-channel"));
    }

    void sameSeedSameAnswerOtherSeedDifferent() {
        const QJsonObject a = firstFace(runCli(quickExplain("3", {}), 240000).out);
        const QJsonObject b = firstFace(runCli(quickExplain("3", {}), 240000).out);
        const QJsonObject c = firstFace(runCli(quickExplain("4", {}), 240000).out);
        const auto scores = [](const QJsonObject& face, int i) {
            return face["explanations"].toArray()[i].toObject()["segment_scores"].toArray();
        };
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(scores(a, i), scores(b, i));
            QVERIFY(scores(a, i) != scores(c, i));
        }
    }

    void failsCleanly() {
        const CliResult method = runCli({"explain", "--method", "no_such_method", "--model", testpaths::kerasWeights("Meso4_DF"),
                                         testpaths::shared("samples/faces/fake/df00204.jpg")});
        QCOMPARE(method.exitCode, 2);
        QVERIFY2(method.err.contains("no_such_method"), method.err.constData());
        QVERIFY(method.out.isEmpty());
        const CliResult noFace = runCli({"explain", "--model", testpaths::kerasWeights("Meso4_DF"),
                                         testpaths::shared("samples/misc/rocket_noface.jpg")});
        QCOMPARE(noFace.exitCode, 1);
        QVERIFY2(noFace.err.contains("no face found"), noFace.err.constData());
        QVERIFY(noFace.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliExplain)
#include "test_cli_explain.moc"
