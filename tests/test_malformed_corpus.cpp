// Every input of the malformed corpus (tests/support/MalformedCorpus.h, a few hundred broken
// images, videos, models, cards and results files) through fakelens-cli: a clear error naming the
// file and a non-zero exit, or, where the damage may still decode, a clean success; never a
// crash, a hang (30 s), output on stdout with an error, or a file written anywhere.
#include "support/CliRunner.h"
#include "support/FolderSnapshot.h"
#include "support/MalformedCorpus.h"
#include "support/TestPaths.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>
#include <QtTest>

#include <atomic>
#include <thread>

namespace {

QString nativeModel() { return testpaths::kerasWeights("Meso4_DF"); }
QString sampleFace() { return testpaths::shared("samples/faces/fake/df00204.jpg"); }

QStringList detectArguments(const corpus::Case& c) {
    switch (c.kind) {
    case corpus::Kind::Image: return {"detect", "--json", "--no-detect", "--model", nativeModel(), c.path};
    case corpus::Kind::Video: return {"detect", "--json", "--frames", "0:40:10", "--model", nativeModel(), c.path};
    case corpus::Kind::Model: return {"detect", "--json", "--no-detect", "--model", c.path, sampleFace()};
    case corpus::Kind::Card: return {"detect", "--json", "--no-detect", "--model", c.path, "--card", c.cardPath, sampleFace()};
    case corpus::Kind::Results: return {"merge", "--json", c.path};
    }
    return {};
}

// What is wrong with the CLI's handling of `c`, or an empty string when it is right.
QString judge(const corpus::Case& c, const CliResult& r) {
    if (!r.finished)
        return "hung: killed after 30 s";
    if (r.crashed)
        return "crashed: " + QString::fromUtf8(r.err.right(400));
    if (r.exitCode == 0) {
        if (c.expect == corpus::Expect::Error)
            return "exit code 0 for an unusable input; stdout: " + QString::fromUtf8(r.out.left(200));
        QJsonParseError error{};
        if (!QJsonDocument::fromJson(r.out, &error).isObject())
            return "exit code 0 without a JSON document on stdout: " + error.errorString();
        return {};
    }
    if (!r.out.isEmpty())
        return "failed but printed on stdout: " + QString::fromUtf8(r.out.left(200));
    const QList<QByteArray> lines = r.err.trimmed().split('\n');
    for (const QByteArray& line : lines)
        if (!line.startsWith("fakelens-cli: "))
            return "a stderr line that is not the CLI's own: " + QString::fromUtf8(line.left(300));
    const QByteArray named = QFileInfo(c.path).fileName().toUtf8();
    const QByteArray card = QFileInfo(c.cardPath).fileName().toUtf8();
    if (!r.err.contains(named) && (card.isEmpty() || !r.err.contains(card)))
        return "the message does not name the file: " + QString::fromUtf8(r.err.trimmed());
    return {};
}

} // namespace

class TestMalformedCorpus : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        folder_ = testpaths::output("malformed-corpus");
        cases_ = corpus::generate(folder_);
        QVERIFY2(cases_.size() >= 200, qPrintable(QString::number(cases_.size())));
        QSet<QString> names;
        QMap<QString, int> perKind;
        for (const corpus::Case& c : cases_) {
            QVERIFY2(!names.contains(c.name), qPrintable("duplicate case name " + c.name));
            names.insert(c.name);
            ++perKind[corpus::kindName(c.kind)];
        }
        for (auto it = perKind.begin(); it != perKind.end(); ++it)
            qInfo("%d broken %s inputs", it.value(), qPrintable(it.key()));
        before_ = folderSnapshot(folder_);
        runAll();
    }

    void everyCaseIsHandledCleanly_data() {
        QTest::addColumn<int>("index");
        for (int i = 0; i < cases_.size(); ++i)
            QTest::newRow(qPrintable(corpus::kindName(cases_[i].kind) + ": " + cases_[i].name)) << i;
    }

    void everyCaseIsHandledCleanly() {
        QFETCH(int, index);
        const QString problem = judge(cases_[index], results_[index]);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // The CLI wrote nothing into the corpus folder, where the "evidence" lies.
    void nothingWasWrittenBesideTheInputs() { QCOMPARE(folderSnapshot(folder_), before_); }

    // Commands that write files (explain --out, report --out) leave none behind on a broken input.
    void noPartialOutputFiles() {
        const QString out = testpaths::output("malformed-corpus-out");
        QDir(out).removeRecursively();
        QVERIFY(QDir().mkpath(out));
        int checked = 0;
        for (const corpus::Case& c : cases_) {
            if (c.kind != corpus::Kind::Image || c.expect != corpus::Expect::Error || checked++ % 6 != 0)
                continue;
            const CliResult explain = runCli({"explain", c.path, "--method", "lime", "--samples", "16", "--model",
                                              nativeModel(), "--out", out + "/explain"});
            QVERIFY2(explain.finished && !explain.crashed && explain.exitCode != 0, qPrintable(c.name));
            const CliResult report = runCli({"report", c.path, "--no-detect", "--methods", "lime", "--samples", "16",
                                             "--model", nativeModel(), "--out", out + "/report.pdf"});
            QVERIFY2(report.finished && !report.crashed && report.exitCode != 0, qPrintable(c.name));
            QCOMPARE(folderSnapshot(out), QStringList());
        }
        QVERIFY(checked > 10);
    }

    // A container whose header claims ten times the frames it holds: reading stops at the real
    // end, and a frame range past it is reported, not invented.
    void lyingFrameCountIsNotTrusted() {
        const QString path = testpaths::output("malformed-corpus-lying/lying.avi");
        QDir().mkpath(QFileInfo(path).path());
        // The AVI cut just before its end: its index is gone, so the header's count is all there is.
        QFile::remove(path);
        QVERIFY(QFile::copy(folder_ + "/videos/cut_990.avi", path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        const int avih = bytes.indexOf("avih");
        QVERIFY(avih > 0);
        qToLittleEndian(quint32(200), bytes.data() + avih + 8 + 16); // dwTotalFrames
        const int strh = bytes.indexOf("strh");
        QVERIFY(strh > 0);
        qToLittleEndian(quint32(200), bytes.data() + strh + 8 + 32); // dwLength
        file.seek(0);
        file.write(bytes);
        file.close();
        const CliResult r = runCli({"detect", "--json", "--no-detect", "--frames", "0:200:10", "--model", nativeModel(), path},
                                   60000);
        QVERIFY2(r.finished && !r.crashed, r.err.constData());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject input = QJsonDocument::fromJson(r.out).object()["inputs"].toArray()[0].toObject();
        const QJsonArray frames = input["frames_analysed"].toArray();
        QVERIFY2(!frames.isEmpty(), r.out.constData());
        QVERIFY2(frames.last().toInt() < 20, r.out.constData()); // the AVI holds at most 20 frames
    }

private:
    // Runs every case on two workers (the CLI is single-input work; two cores here).
    void runAll() {
        results_.resize(cases_.size());
        std::atomic<int> next{0};
        auto worker = [&] {
            for (int i = next++; i < cases_.size(); i = next++)
                results_[i] = runCli(detectArguments(cases_[i]), 30000);
        };
        std::thread a(worker), b(worker);
        a.join();
        b.join();
        double slowest = 0;
        for (const CliResult& r : results_)
            slowest = std::max(slowest, r.seconds);
        qInfo("%d CLI runs; the slowest took %.1f s", int(results_.size()), slowest);
    }

    QString folder_;
    QVector<corpus::Case> cases_;
    QVector<CliResult> results_;
    QStringList before_;
};

QTEST_GUILESS_MAIN(TestMalformedCorpus)
#include "test_malformed_corpus.moc"
