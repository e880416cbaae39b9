// fakelens-cli bench: the cold figures (each method as a fresh `explain` process, and all of
// them in one) beside the in-process ones, their inference counts taken from the child, and
// --no-cold. What the numbers are is bench's to report; this checks that they are there and
// consistent.
#include "support/CliRunner.h"
#include "support/TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {

// Two methods with small settings: the throughput probe (~16 s) dominates.
QStringList quickBench() {
    return {"bench", "--json", "--model", testpaths::kerasWeights("Meso4_DF"), "--image",
            testpaths::shared("samples/faces/fake/df00204.jpg"), "--method", "lime,lime_adv", "--samples", "64",
            "--nes-iterations", "5", "--rounds", "1"};
}

} // namespace

class TestCliBench : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void reportsColdRunsBesideInProcessOnes() {
        const CliResult r = runCli(quickBench(), 300000);
        QVERIFY2(r.finished && !r.crashed && r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData()); // no cold run failed
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        const double best = root["best_images_per_second"].toDouble();
        QVERIFY(best > 0);
        const QJsonArray methods = root["methods"].toArray();
        QCOMPARE(methods.size(), 2);
        double inProcessInferences = 0;
        for (const QJsonValue& value : methods) {
            const QJsonObject m = value.toObject();
            const double cold = m["cold_seconds"].toDouble(-1);
            const double inferences = m["cold_inferences"].toDouble(-1);
            qInfo("%s: in process %.2f s (ratio %.2f), cold %.2f s (ratio %.2f)", qPrintable(m["method"].toString()),
                  m["seconds"].toDouble(), m["ratio_to_bound"].toDouble(), cold, m["cold_ratio_to_bound"].toDouble());
            // The child ran the same request: the same detector inferences as in process.
            QCOMPARE(inferences, m["inferences"].toDouble());
            QVERIFY(cold > 0);
            QCOMPARE(m["cold_ratio_to_bound"].toDouble(), cold / (inferences / best));
            QVERIFY(!m.contains("cold_error"));
            inProcessInferences += m["inferences"].toDouble();
        }
        // Both in one process: LIME's and LIME_adv's inferences, the NES sample counted once,
        // as LIME_adv alone counts it.
        const QJsonObject all = root["cold_all"].toObject();
        QCOMPARE(all["methods"].toArray(), (QJsonArray{"LIME", "LIME_adv"}));
        QCOMPARE(all["cold_inferences"].toDouble(), inProcessInferences);
        QVERIFY(all["cold_seconds"].toDouble() > 0);
        QVERIFY(all["cold_ratio_to_bound"].toDouble() > 0);
    }

    void noColdSkipsThem() {
        const CliResult r = runCli(quickBench() << "--no-cold", 300000);
        QVERIFY2(r.finished && !r.crashed && r.exitCode == 0, r.err.constData());
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QVERIFY(!root.contains("cold_all"));
        for (const QJsonValue& value : root["methods"].toArray()) {
            QVERIFY(value.toObject().contains("seconds"));
            QVERIFY(!value.toObject().contains("cold_seconds"));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliBench)
#include "test_cli_bench.moc"
