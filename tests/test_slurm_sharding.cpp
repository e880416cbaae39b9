// What a cluster run relies on, without a scheduler: `evaluate --shard auto/N` takes the index
// from Slurm (SLURM_ARRAY_TASK_ID) or a Kubernetes Indexed Job (JOB_COMPLETION_INDEX) and
// refuses when it cannot tell; `merge` refuses shards whose results files disagree on model
// hash, parameters, seed or FakeLens version, naming the file and the field. The scheduler
// itself is exercised by tests/slurm/run_slurm_test.sh (test_slurm_evaluate).
#include "support/CliRunner.h"
#include "support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {

// A results file's header record (its first line).
QJsonObject headerOf(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readLine()).object();
}

// A copy of `from` at `to` whose header has been changed by `edit`; the image records stay.
template <typename Edit>
bool copyWithHeader(const QString& from, const QString& to, Edit edit) {
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    QJsonObject header = QJsonDocument::fromJson(in.readLine()).object();
    edit(header);
    const QByteArray rest = in.readAll();
    QFile::remove(to);
    QFile out(to);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.write(QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n');
    out.write(rest);
    return true;
}

} // namespace

class TestSlurmSharding : public QObject {
    Q_OBJECT

private:
    QString data_;
    QString out_;

    // A quick evaluate of the 3-image dataset: the detector calls all three real, so no attack
    // runs and a shard takes a second or two.
    CliResult evaluateShard(const QString& shard, const QString& results, const QStringList& environment) {
        QFile::remove(results);
        return runCli({"evaluate", data_, "--model", testpaths::kerasWeights("Meso4_DF"), "--methods", "lime",
                       "--topk", "1", "--samples", "16", "--no-budget", "--threads", "1", "--shard", shard,
                       "--results", results},
                      120000, environment);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(QFileInfo::exists(testpaths::kerasWeights("Meso4_DF")),
                 "Meso4_DF weights missing: the tests need ../shared");
        // This test may itself run inside a Slurm array task or an Indexed Job (CI on a
        // cluster): only the variables each case sets may reach the CLI.
        qunsetenv("SLURM_ARRAY_TASK_ID");
        qunsetenv("JOB_COMPLETION_INDEX");
        data_ = testpaths::output("slurm_sharding/data");
        out_ = testpaths::output("slurm_sharding/out");
        QDir(data_).removeRecursively();
        QDir(out_).removeRecursively();
        QDir().mkpath(out_);
        for (const char* file : {"df/fake/image_233_24.png", "f2f/fake/image_137_25.png", "f2f/fake/image_205_29.png"}) {
            const QString to = data_ + "/" + file;
            QDir().mkpath(QFileInfo(to).absolutePath());
            QVERIFY(QFile::copy(testpaths::shared(QStringLiteral("samples/ffpp_crops/") + file), to));
        }
    }

    void shardIndexFromTheScheduler_data() {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<int>("index");
        QTest::newRow("Slurm job array") << "SLURM_ARRAY_TASK_ID" << 1;
        QTest::newRow("Kubernetes Indexed Job") << "JOB_COMPLETION_INDEX" << 2;
    }

    void shardIndexFromTheScheduler() {
        QFETCH(QString, variable);
        QFETCH(int, index);
        const QString results = out_ + QStringLiteral("/auto-%1.jsonl").arg(index);
        const CliResult r = evaluateShard("auto/3", results, {variable + "=" + QString::number(index)});
        QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains(QStringLiteral("of shard %1/3 (index from %2)").arg(index).arg(variable).toUtf8()),
                 r.err.constData());
        const QJsonObject shard = headerOf(results)["shard"].toObject();
        QCOMPARE(shard["index"].toInt(), index);
        QCOMPARE(shard["count"].toInt(), 3);
        QCOMPARE(headerOf(results)["image_count"].toInt(), 1);
    }

    void bothSchedulersAgreeing() {
        const CliResult r = evaluateShard("auto/3", out_ + "/both.jsonl",
                                          {"SLURM_ARRAY_TASK_ID=0", "JOB_COMPLETION_INDEX=0"});
        QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
        QCOMPARE(headerOf(out_ + "/both.jsonl")["shard"].toObject()["index"].toInt(), 0);
    }

    void autoShardRefusals_data() {
        QTest::addColumn<QString>("shard");
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QString>("message");
        QTest::newRow("no scheduler") << "auto/3" << QStringList{}
                                      << "neither SLURM_ARRAY_TASK_ID (Slurm job array) nor JOB_COMPLETION_INDEX";
        QTest::newRow("schedulers disagree")
            << "auto/3" << QStringList{"SLURM_ARRAY_TASK_ID=1", "JOB_COMPLETION_INDEX=2"}
            << "SLURM_ARRAY_TASK_ID and JOB_COMPLETION_INDEX disagree (1 and 2)";
        // An array numbered 1-3 instead of 0-2: the last task would be no shard at all.
        QTest::newRow("index out of range") << "auto/3" << QStringList{"SLURM_ARRAY_TASK_ID=3"}
                                            << "SLURM_ARRAY_TASK_ID=3 is not a shard of '3'";
        QTest::newRow("no count") << "auto" << QStringList{"SLURM_ARRAY_TASK_ID=0"} << "must be I/N";
        QTest::newRow("index not a number") << "auto/3" << QStringList{"JOB_COMPLETION_INDEX=x"}
                                            << "JOB_COMPLETION_INDEX=x is not a shard of '3'";
    }

    void autoShardRefusals() {
        QFETCH(QString, shard);
        QFETCH(QStringList, environment);
        QFETCH(QString, message);
        const QString results = out_ + "/refused.jsonl";
        const CliResult r = evaluateShard(shard, results, environment);
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QVERIFY2(!QFileInfo::exists(results), "a refused run must not create its results file");
    }

    // Shards 0 and 1 of one run merge; a shard 1 whose header differs in one field is refused
    // with the file and the field named, whichever field it is.
    void mergeRefusesDisagreeingShards_data() {
        QTest::addColumn<QString>("field");
        QTest::newRow("model hash") << "model.sha256";
        QTest::newRow("seed") << "seed";
        QTest::newRow("parameter") << "explainer.lime_samples";
        QTest::newRow("top-k") << "top_k";
        QTest::newRow("FakeLens version") << "fakelens_version";
    }

    void mergeRefusesDisagreeingShards() {
        QFETCH(QString, field);
        const QString shard0 = out_ + "/merge-0.jsonl";
        const QString shard1 = out_ + "/merge-1.jsonl";
        if (!QFileInfo::exists(shard1)) {
            for (const QString& i : {QStringLiteral("0"), QStringLiteral("1")}) {
                const CliResult r = evaluateShard(i + "/3", out_ + "/merge-" + i + ".jsonl", {});
                QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
            }
            const CliResult ok = runCli({"merge", shard0, shard1, "--json"});
            QVERIFY2(ok.finished && ok.exitCode == 0, ok.err.constData());
            QVERIFY2(ok.err.contains("shard(s) 2/3 missing"), ok.err.constData());
        }

        const QString changed = out_ + "/merge-1-changed.jsonl";
        QVERIFY(copyWithHeader(shard1, changed, [&](QJsonObject& header) {
            if (field == "fakelens_version") {
                header["fakelens_version"] = header["fakelens_version"].toString() + "-other";
                return;
            }
            QJsonObject p = header["parameters"].toObject();
            if (field == "model.sha256") {
                QJsonObject model = p["model"].toObject();
                model["sha256"] = QString(64, '0');
                p["model"] = model;
            } else if (field == "explainer.lime_samples") {
                QJsonObject e = p["explainer"].toObject();
                e["lime_samples"] = e["lime_samples"].toInt() * 2;
                p["explainer"] = e;
            } else if (field == "seed") {
                p["seed"] = "8";
            } else {
                p[field] = p[field].toInt() + 1;
            }
            header["parameters"] = p;
        }));
        const CliResult r = runCli({"merge", shard0, changed, "--json"});
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains(changed.toUtf8()), r.err.constData());
        QVERIFY2(r.err.contains(("'" + field + "' differs from " + shard0).toUtf8()), r.err.constData());
        qInfo("%s", r.err.trimmed().constData());

        // Either order: the first file is the reference, the other one is named.
        const CliResult reversed = runCli({"merge", changed, shard0});
        QCOMPARE(reversed.exitCode, 2);
        QVERIFY2(reversed.err.contains(("fakelens-cli: " + shard0 + ": ").toUtf8()), reversed.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestSlurmSharding)
#include "test_slurm_sharding.moc"
