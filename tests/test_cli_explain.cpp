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
        const CliResult method = runCli({"explain", "--method", "gradcam", "--model", testpaths::kerasWeights("Meso4_DF"),
                                         testpaths::shared("samples/faces/fake/df00204.jpg")});
        QCOMPARE(method.exitCode, 2);
        QVERIFY2(method.err.contains("gradcam"), method.err.constData());
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
