// fakelens-cli bench: the cold figures (each method as a fresh `explain` process, and all of
// them in one) beside the in-process ones, their inference counts taken from the child, and
// --no-cold, and the user jobs of --jobs (evaluate, the main job). What the numbers are is bench's to report; this checks that they are there and
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
        // With the user jobs, short: top-1 only and no budget search.
        const CliResult r = runCli(quickBench() << "--jobs" << "--topk" << "1" << "--no-budget", 600000);
        QVERIFY2(r.finished && !r.crashed && r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData()); // no cold run or job failed
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        const double best = root["best_images_per_second"].toDouble();
        QVERIFY(best > 0);
        QCOMPARE(root["omp_wait_policy"].toString(), QString("PASSIVE")); // ctest's, kept
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

        // The user jobs: the evaluation without the budget search (that row left out by
        // --no-budget) and the main job, whose analysis explains the face `explain` detects with
        // the same methods and settings: the same inferences as the cold run of both.
        const QJsonArray jobs = root["jobs"].toArray();
        QCOMPARE(jobs.size(), 2);
        const QJsonObject evaluate = jobs[0].toObject(), mainJob = jobs[1].toObject();
        QCOMPARE(evaluate["job"].toString(), QString("evaluate (no budget search)"));
        QCOMPARE(mainJob["job"].toString(), QString("main job (analyse + report)"));
        for (const QJsonObject& job : {evaluate, mainJob}) {
            qInfo("%s: %.2f s, %.0f inferences, ratio %.2f", qPrintable(job["job"].toString()),
                  job["cold_seconds"].toDouble(), job["cold_inferences"].toDouble(),
                  job["cold_ratio_to_bound"].toDouble());
            QVERIFY(!job.contains("cold_error"));
            QVERIFY(job["cold_seconds"].toDouble() > 0);
            QCOMPARE(job["cold_ratio_to_bound"].toDouble(),
                     job["cold_seconds"].toDouble() / (job["cold_inferences"].toDouble() / best));
        }
        QCOMPARE(mainJob["cold_inferences"].toDouble(), all["cold_inferences"].toDouble());
        // The evaluation explains the face with both methods and attacks the top-1 segment of
        // each ranking (LIME, LIME_adv, RANDOM): more than the explanations alone.
        QVERIFY(evaluate["cold_inferences"].toDouble() > 2 * 64);
    }

    // libgomp's wait policy comes from OMP_WAIT_POLICY, read by its constructor before main():
    // FakeLens sets it from .preinit_array (core/OpenMpPolicy.h), in the one process, unless
    // the user chose. OMP_DISPLAY_ENV makes libgomp print what it was given, once per process
    // start: one block means no re-exec.
    void openMpWaitsPassivelyWithoutAReexec() {
        qunsetenv("OMP_WAIT_POLICY"); // ctest sets it for the test executables themselves
        // libgomp prints 'PASSIVE' for OMP_WAIT_POLICY also when it got no policy at all; the
        // spin count it derived is what tells: 0 passive, 300000 libgomp's default (what the
        // .preinit_array version got), 30000000000 active.
        const CliResult plain = runCli({"--version"}, 30000, {"OMP_DISPLAY_ENV=VERBOSE"});
        QVERIFY2(plain.finished && plain.exitCode == 0, plain.err.constData());
        QCOMPARE(plain.err.count("OMP_WAIT_POLICY"), 1);
        QVERIFY2(plain.err.contains("OMP_WAIT_POLICY = 'PASSIVE'"), plain.err.constData());
        QVERIFY2(plain.err.contains("GOMP_SPINCOUNT = '0'"), plain.err.constData());
        const CliResult chosen = runCli({"--version"}, 30000, {"OMP_DISPLAY_ENV=VERBOSE", "OMP_WAIT_POLICY=ACTIVE"});
        QVERIFY2(chosen.finished && chosen.exitCode == 0, chosen.err.constData());
        QCOMPARE(chosen.err.count("OMP_WAIT_POLICY"), 1);
        QVERIFY2(chosen.err.contains("OMP_WAIT_POLICY = 'ACTIVE'"), chosen.err.constData());
        QVERIFY2(chosen.err.contains("GOMP_SPINCOUNT = '30000000000'"), chosen.err.constData());
    }

    void noColdSkipsThem() {
        const CliResult r = runCli(quickBench() << "--no-cold", 300000);
        QVERIFY2(r.finished && !r.crashed && r.exitCode == 0, r.err.constData());
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QVERIFY(!root.contains("cold_all"));
        QVERIFY(!root.contains("jobs"));
        for (const QJsonValue& value : root["methods"].toArray()) {
            QVERIFY(value.toObject().contains("seconds"));
            QVERIFY(!value.toObject().contains("cold_seconds"));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliBench)
#include "test_cli_bench.moc"
