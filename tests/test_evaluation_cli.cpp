// fakelens-cli evaluate / merge: a tiny dataset run with the real detector, the documented JSON
// and CSV, merge and resume reproducing the run's tables, localisation on FaceForensics++
// frames with masks, and clean refusals.
#include "support/CliRunner.h"
#include "support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {

// Tiny settings: one explanation method plus RANDOM, top-2, a 2-iteration attack.
QStringList quickEvaluate(const QString& path, const QString& results) {
    return {"evaluate", path, "--model", testpaths::kerasWeights("Meso4_DF"), "--methods", "lime", "--topk", "2",
            "--samples", "16", "--segments", "30", "--attack-iterations", "2", "--no-budget", "--threads", "2",
            "--seed", "5", "--results", results, "--json", "--quiet"};
}

// The tables without wall-clock times, which differ from run to run.
QJsonObject withoutTimings(QJsonObject tables) {
    QJsonArray methods = tables["methods"].toArray();
    for (int i = 0; i < methods.size(); ++i) {
        QJsonObject m = methods[i].toObject();
        QJsonObject cost = m["cost"].toObject();
        for (const char* key : {"seconds", "sample_seconds", "attack_seconds"})
            cost.remove(key);
        m["cost"] = cost;
        methods[i] = m;
    }
    tables["methods"] = methods;
    return tables;
}

} // namespace

class TestEvaluationCli : public QObject {
    Q_OBJECT

private:
    QString data_;
    QString out_;

private Q_SLOTS:
    void initTestCase() {
        if (!QFileInfo::exists(testpaths::kerasWeights("Meso4_DF")))
            QFAIL("cannot run this check: Meso4_DF weights not available");
        data_ = testpaths::output("evaluation/cli/data");
        out_ = testpaths::output("evaluation/cli/out");
        QDir(data_).removeRecursively();
        QDir(out_).removeRecursively();
        QDir().mkpath(data_ + "/df/fake");
        QDir().mkpath(out_);
        // Two crops Meso4_DF calls fake and one it misses.
        for (const char* name : {"image_105_23.png", "image_233_24.png", "image_255_29.png"})
            QVERIFY(QFile::copy(testpaths::shared(QStringLiteral("samples/ffpp_crops/df/fake/") + name),
                                data_ + "/df/fake/" + name));
    }

    void evaluatePrintsTheDocumentedJson() {
        const QString results = out_ + "/run.jsonl";
        const QString csv = out_ + "/run.csv";
        QStringList args = quickEvaluate(data_, results);
        args << "--csv" << csv;
        const CliResult r = runCli(args, 240000);
        qInfo("evaluate: %.1f s", r.seconds);
        QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
        QJsonParseError error{};
        const QJsonObject tables = QJsonDocument::fromJson(r.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, r.out.left(300).constData());

        QCOMPARE(tables["images"].toInt(), 3);
        QCOMPARE(tables["attacked"].toInt(), 2);
        QCOMPARE(tables["skipped"].toObject()["detector-real"].toInt(), 1);
        QCOMPARE(tables["k"].toArray(), (QJsonArray{1, 2}));
        QCOMPARE(tables["types"].toArray(), QJsonArray{"df"});
        QVERIFY(std::abs(tables["original_accuracy"].toObject()["df"].toDouble() - 2.0 / 3) < 1e-9);
        QVERIFY(!tables["parameters"].toObject()["model"].toObject()["sha256"].toString().isEmpty());
        QVERIFY(!tables["fakelens_version"].toString().isEmpty());
        const QJsonArray methods = tables["methods"].toArray();
        QCOMPARE(methods.size(), 2);
        QStringList names;
        for (const QJsonValue& v : methods) {
            const QJsonObject m = v.toObject();
            names << m["method"].toString();
            QCOMPARE(m["accuracy"].toArray().size(), 2);
            QCOMPARE(m["sufficiency"].toArray().size(), 2);
            for (const QJsonValue& a : m["accuracy"].toArray())
                QVERIFY(a.toDouble() >= 0.0 && a.toDouble() <= 2.0 / 3 + 1e-9);
            QVERIFY(m["by_type"].toObject().contains("df"));
            QVERIFY(m["effort"].toObject().contains("mean"));
            QVERIFY(m["cost"].toObject().contains("inferences"));
        }
        QCOMPARE(names, (QStringList{"LIME", "RANDOM"}));
        QVERIFY(methods[0].toObject().contains("intrinsic"));
        QCOMPARE(tables["agreement"].toObject()["spearman"].toArray().size(), 2);

        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QByteArray csvText = csvFile.readAll();
        QVERIFY(csvText.startsWith("table,method,type,k,statistic,value,count\n"));
        QVERIFY(csvText.contains("\naccuracy,LIME,df,2,value,"));

        // merge of the run's one file prints exactly the run's tables, Markdown too.
        const CliResult merged = runCli({"merge", results, "--json"});
        QVERIFY2(merged.finished && merged.exitCode == 0, merged.err.constData());
        QCOMPARE(merged.out, r.out);
        const CliResult markdown = runCli({"merge", results});
        QVERIFY(markdown.out.contains("## Table 1.") && markdown.out.contains("| RANDOM |"));
    }

    void resumeAfterACutRecordGivesTheSameTables() {
        const QString results = out_ + "/run.jsonl";
        const QString resumed = out_ + "/resumed.jsonl";
        QFile::remove(resumed);
        QVERIFY(QFile::copy(results, resumed));
        QFile file(resumed);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray bytes = file.readAll();
        // Keep the header and the first record, cut the second in the middle.
        const qsizetype second = bytes.indexOf('\n', bytes.indexOf('\n') + 1) + 1;
        QVERIFY(file.resize(second + (bytes.indexOf('\n', second) - second) / 2));
        file.close();

        QStringList args = quickEvaluate(data_, resumed);
        args.replace(args.indexOf("--results"), "--resume");
        const CliResult r = runCli(args, 240000);
        QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
        const CliResult straight = runCli({"merge", results, "--json"});
        QCOMPARE(withoutTimings(QJsonDocument::fromJson(r.out).object()),
                 withoutTimings(QJsonDocument::fromJson(straight.out).object()));
        // Resuming a finished run evaluates nothing and prints the same.
        const CliResult again = runCli(args, 60000);
        QVERIFY2(again.finished && again.exitCode == 0, again.err.constData());
        QCOMPARE(again.out, r.out);
    }

    void localisationOnFaceForensicsFramesWithMasks() {
        // The MesoNet detectors call these frames' face crops real; Meso4_F2F on the whole frame
        // calls them fake, which is enough to exercise the metric on real masks.
        const QString frames = testpaths::output("evaluation/cli/frames");
        QDir(frames).removeRecursively();
        QDir().mkpath(frames);
        for (const char* name : {"ffpp_ex_deepfakes.png", "ffpp_ex_deepfakes_mask.png"})
            QVERIFY(QFile::copy(testpaths::shared(QStringLiteral("samples/frames/") + name), frames + "/" + name));
        const QString results = out_ + "/frames.jsonl";
        QFile::remove(results);
        QStringList args = quickEvaluate(frames, results);
        args.replace(args.indexOf(testpaths::kerasWeights("Meso4_DF")), testpaths::kerasWeights("Meso4_F2F"));
        args << "--no-detect";
        const CliResult r = runCli(args, 240000);
        QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
        const QJsonObject tables = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(tables["images"].toInt(), 1); // the mask is not an image of the run
        QCOMPARE(tables["attacked"].toInt(), 1);
        for (const QJsonValue& v : tables["methods"].toArray()) {
            const QJsonArray localisation = v.toObject()["localisation"].toArray();
            QCOMPARE(localisation.size(), 2);
            for (const QJsonValue& value : localisation)
                QVERIFY(value.toDouble(-1) >= 0.0 && value.toDouble(-1) <= 1.0);
        }
    }

    void refusesBadRequests() {
        // Results inside the evidence folder.
        CliResult r = runCli(quickEvaluate(data_, data_ + "/results.jsonl"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("is in the evidence's folder") && r.err.contains("FakeLens never writes there"),
                 r.err.constData());
        QVERIFY(!QFileInfo::exists(data_ + "/results.jsonl"));
        // A shard index out of range.
        QStringList args = quickEvaluate(data_, out_ + "/never.jsonl");
        args << "--shard" << "2/2";
        r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        // An existing results file is not overwritten.
        r = runCli(quickEvaluate(data_, out_ + "/run.jsonl"));
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.err.contains("already exists"));
        // Files of different runs are not merged.
        r = runCli({"merge", out_ + "/run.jsonl", out_ + "/frames.jsonl"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("differs"));
    }
};

QTEST_GUILESS_MAIN(TestEvaluationCli)
#include "test_evaluation_cli.moc"
