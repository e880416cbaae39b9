// The case file (engine/case): exact round trip of a synthetic analysis, replacing saves with an
// append-only audit, findings, a writer killed mid-save, refusals that leave the file untouched,
// and the evidence check. Needs no detector and no shared data. The schema migrations are
// tests/test_case_migrations.cpp.

#include "case/CaseFile.h"
#include "case/EvidenceCheck.h"
#include "case_compare.h"
#include "case_raw_sql.h"
#include "case_synthetic.h"
#include "core/Error.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace fakelens;
using fakelens::testing::CaseCompare;
using fakelens::testing::rawSql;
using fakelens::testing::savedSyntheticCase;
using fakelens::testing::syntheticAnalysis;

namespace {

QByteArray fileHash(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

void copyPrefix(const QString& from, const QString& to, qint64 bytes) {
    QFile in(from), out(to);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(in.read(bytes));
}

} // namespace

class TestCaseFile : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString path(const QString& name) const { return dir_.filePath(name); }

    QString makeCase(const QString& name) { return savedSyntheticCase(path(name)); }

    // open() must refuse `file` in both modes with `expected` in the message, and leave it as it
    // was.
    void expectRefusal(const QString& file, const QString& expected, ErrorCode code) {
        const QByteArray before = fileHash(file);
        for (bool readOnly : {true, false}) {
            try {
                CaseFile::open(file, readOnly);
                QFAIL(qPrintable("opened " + file));
            } catch (const Error& e) {
                qInfo() << (readOnly ? "read-only:" : "for writing:") << e.what();
                QVERIFY2(QString::fromStdString(e.what()).contains(expected), e.what());
                QCOMPARE(errorCodeName(e.code()), errorCodeName(code));
            }
            QCOMPARE(fileHash(file), before);
            QVERIFY(!QFile::exists(file + "-journal"));
        }
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void roundTripIsExact() {
        const QString p = path("roundtrip.flcase");
        const ReportInput original = syntheticAnalysis(1);
        {
            auto c = CaseFile::create(p);
            QVERIFY(!c->hasAnalysis());
            QVERIFY(!c->evidence());
            QVERIFY_THROWS_EXCEPTION(Error, c->loadAnalysis());
            QCOMPARE(c->schemaVersion(), 6);
            c->saveAnalysis(original, "tester");
        }
        auto c = CaseFile::open(p, true);
        QVERIFY(c->isReadOnly());
        QCOMPARE(c->path(), p);
        QVERIFY(c->hasAnalysis());
        const ReportInput loaded = c->loadAnalysis();
        // The evidence row alone is the loaded analysis's evidence.
        const std::optional<EvidenceInfo> evidence = c->evidence();
        QVERIFY(evidence);
        QCOMPARE(evidence->sha256, loaded.evidence.sha256);
        QCOMPARE(evidence->path, loaded.evidence.path);
        QCOMPARE(evidence->width, loaded.evidence.width);
        QCOMPARE(evidence->fps, loaded.evidence.fps);
        CaseCompare compare;
        compare.analysis(original, loaded);
        QVERIFY2(compare.diffs.isEmpty(), qPrintable(compare.diffs.join('\n')));
        // Spot checks that the comparison itself looks at what matters.
        QVERIFY(std::isnan(loaded.faces[0].explanation->explanations[0].segmentScores[1]));
        QVERIFY(std::signbit(loaded.faces[0].explanation->explanations[0].segmentScores[2]));
        QCOMPARE(loaded.faces[0].explanation->explanations[1].designDigest, 0xF00DFACECAFEBEEFull);
        QCOMPARE(loaded.faces[0].frameImage.type(), CV_8UC3);
        QCOMPARE(loaded.faces[0].explanation->segments.labels.type(), CV_32S);
        QVERIFY(loaded.faces[0].evaluation->methods[0].attacks[0].attacked.empty());
        QVERIFY(!loaded.faces[1].explanation && !loaded.faces[1].evaluation);
        QVERIFY(loaded.findings.empty());
        // Writing through a read-only case is refused.
        QVERIFY_THROWS_EXCEPTION(Error, c->saveAnalysis(original, "tester"));
        // A changed analysis is seen as changed (the comparison can fail).
        ReportInput changed = original;
        reinterpret_cast<float*>(changed.faces[0].explanation->explanations[0].saliency.data)[5] +=
            1e-6f;
        changed.faces[0].evaluation->methods[1].attacks[2].linf = std::nan("");
        CaseCompare differs;
        differs.analysis(changed, loaded);
        QCOMPARE(differs.diffs.size(), 2);
    }

    void secondSaveReplacesAndAuditIsAppendOnly() {
        const QString p = path("twice.flcase");
        ReportInput second = syntheticAnalysis(2);
        second.faces.pop_back();
        second.caseDetails.conclusion = "second";
        {
            auto c = CaseFile::create(p);
            c->saveAnalysis(syntheticAnalysis(1), "alice");
            c->saveAnalysis(second, "bob");
        }
        auto c = CaseFile::open(p, false);
        CaseCompare compare;
        compare.analysis(second, c->loadAnalysis());
        QVERIFY2(compare.diffs.isEmpty(), qPrintable(compare.diffs.join('\n')));
        const auto audit = c->audit();
        QCOMPARE(audit.size(), std::size_t(3));
        QCOMPARE(audit[0].action, QString("case created"));
        QCOMPARE(audit[0].who, auditSigner(QString())); // the account that made the file
        QVERIFY(!audit[0].who.isEmpty());
        QCOMPARE(audit[1].action, QString("analysis saved"));
        QCOMPARE(audit[1].who, QString("alice"));
        QVERIFY2(audit[1].detail.contains("LIME, LIME_adv") && audit[1].detail.contains("faces: 2"),
                 qPrintable(audit[1].detail));
        QCOMPARE(audit[2].who, QString("bob"));
        QVERIFY(audit[2].detail.contains("faces: 1"));
        QVERIFY(audit[1].id < audit[2].id && audit[1].at <= audit[2].at);
        QVERIFY(audit[2].at.endsWith('Z'));
        QVERIFY(!audit[2].fakelensVersion.isEmpty());
        c.reset();
        QVERIFY(rawSql(p, "UPDATE audit SET who = 'mallory'").contains("append-only"));
        QVERIFY(rawSql(p, "DELETE FROM audit WHERE id = 1").contains("append-only"));
        QCOMPARE(CaseFile::open(p, true)->audit().size(), std::size_t(3));
    }

    void caseDetailsAreEditable() {
        const QString p = makeCase("details.flcase");
        auto c = CaseFile::open(p, false);
        c->setCaseDetails("CASE-9", "Bob", "Authentic.", "bob");
        const ReportInput loaded = c->loadAnalysis();
        QCOMPARE(loaded.caseDetails.caseId, QString("CASE-9"));
        QCOMPARE(loaded.caseDetails.examiner, QString("Bob"));
        QCOMPARE(loaded.caseDetails.conclusion, QString("Authentic."));
        QCOMPARE(loaded.caseDetails.analysed, syntheticAnalysis(1).caseDetails.analysed);
        QCOMPARE(c->audit().back().action, QString("case details edited"));
    }

    void findingsRoundTrip() {
        const QString p = makeCase("findings.flcase");
        auto c = CaseFile::open(p, false);
        CaseFinding a;
        a.faceIndex = 0;
        a.frame = 8;
        a.status = FindingStatus::Warning;
        a.text = "Blending seam at the jaw.";
        a.author = "Ada";
        a.created = QDateTime(QDate(2026, 12, 5), QTime(10, 0, 0, 5), Qt::UTC);
        CaseFinding b = a;
        b.faceIndex = -1;
        b.frame = -1;
        b.status = FindingStatus::Ok;
        b.text = "Metadata consistent.";
        b.created = QDateTime();
        a.id = c->addFinding(a, "ada");
        b.id = c->addFinding(b, "ada");
        QVERIFY(a.id > 0 && b.id > a.id);
        a.status = FindingStatus::ToCheck;
        a.text = "Seam: check with the original.";
        c->updateFinding(a, "ada");
        CaseFinding gone = a;
        gone.text = "to be removed";
        gone.id = c->addFinding(gone, "ada");
        c->removeFinding(gone.id, "ada");
        QVERIFY_THROWS_EXCEPTION(Error, c->removeFinding(gone.id, "ada"));
        gone.id = 999;
        QVERIFY_THROWS_EXCEPTION(Error, c->updateFinding(gone, "ada"));
        // A later save keeps the findings.
        c->saveAnalysis(syntheticAnalysis(1), "ada");
        c.reset();

        auto r = CaseFile::open(p, true);
        const auto found = r->loadAnalysis().findings;
        QCOMPARE(found.size(), std::size_t(2));
        QCOMPARE(found[0].id, a.id);
        QCOMPARE(found[0].faceIndex, 0);
        QCOMPARE(found[0].frame, 8);
        QVERIFY(found[0].status == FindingStatus::ToCheck);
        QCOMPARE(found[0].text, a.text);
        QCOMPARE(found[0].author, QString("Ada"));
        QCOMPARE(found[0].created, a.created);
        QCOMPARE(found[1].id, b.id);
        QCOMPARE(found[1].faceIndex, -1);
        QVERIFY(found[1].status == FindingStatus::Ok);
        QVERIFY(found[1].created.isValid()); // set to now when added without a time
        QStringList actions;
        for (const AuditEntry& e : r->audit())
            actions << e.action;
        QCOMPARE(actions, QStringList({"case created", "analysis saved", "finding added",
                                       "finding added", "finding updated", "finding added",
                                       "finding removed", "analysis saved"}));
        // The audit names a finding's face as the report does (face section 1 is index 0).
        QVERIFY2(r->audit()[2].detail.startsWith(QStringLiteral("id %1, about face section 1, frame 8, warning:").arg(a.id)),
                 qPrintable(r->audit()[2].detail));
        QVERIFY2(r->audit()[3].detail.contains("about the case, ok:"), qPrintable(r->audit()[3].detail));
        // Statuses are stored by name.
        r.reset();
        QVERIFY(
            rawSql(p, "UPDATE findings SET status = 'bogus' WHERE id = " + QString::number(b.id))
                .isEmpty());
        QVERIFY_THROWS_EXCEPTION(Error, CaseFile::open(p, true)->findings());
    }

    // Rows changed behind the case's back are reported, naming what is wrong.
    void inconsistentRowsAreCorrupt_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        QTest::newRow("lost explanation") << "DELETE FROM explanation WHERE seq = 0"
                                          << "explanation.seq skips row 0";
        QTest::newRow("bad image") << "UPDATE faces SET crop = x'0102' WHERE face_no = 1"
                                   << "face 1 crop: not an image BLOB";
        QTest::newRow("short image")
            << "UPDATE face_explanation SET image = substr(image, 1, 100)"
            << "face 0 explained image: image size does not match its header";
        QTest::newRow("lost parameter") << "DELETE FROM parameters WHERE name = 'explain.seed'"
                                        << "parameter explain.seed is missing";
        QTest::newRow("bad list") << "UPDATE timeline SET track_ids = '[1' WHERE seq = 0"
                                  << "timeline.track_ids: not a JSON list";
        QTest::newRow("no evidence") << "DELETE FROM evidence"
                                     << "table evidence has no row";
    }
    void inconsistentRowsAreCorrupt() {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        const QString p =
            makeCase(QStringLiteral("corrupt-%1.flcase").arg(QTest::currentDataTag()));
        QCOMPARE(rawSql(p, sql), QString());
        auto c = CaseFile::open(p, true); // the file itself is sound
        try {
            c->loadAnalysis();
            QFAIL("loaded an inconsistent case");
        } catch (const Error& e) {
            QVERIFY(e.code() == ErrorCode::CorruptData);
            QVERIFY2(QString(e.what()).contains(expected), e.what());
        }
    }

    void killedWriterLeavesPreviousAnalysis_data() {
        QTest::addColumn<int>("delayMs");
        QTest::newRow("5 ms") << 5;
        QTest::newRow("150 ms") << 150;
        QTest::newRow("600 ms") << 600;
    }
    void killedWriterLeavesPreviousAnalysis() {
        QFETCH(int, delayMs);
        const QString p = path(QStringLiteral("killed-%1.flcase").arg(delayMs));
        QProcess writer;
        writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        writer.start(QStringLiteral(FAKELENS_CASE_WRITER), {p});
        QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (!out.contains("saving 2") && timer.elapsed() < 120000) {
            if (writer.state() != QProcess::Running)
                QFAIL(qPrintable("case_writer stopped early: " + out));
            writer.waitForReadyRead(200);
            out += writer.readAllStandardOutput();
        }
        QVERIFY2(out.contains("saving 2"), out.constData());
        QThread::msleep(static_cast<unsigned long>(delayMs));
        writer.kill(); // SIGKILL
        QVERIFY(writer.waitForFinished(10000));
        out += writer.readAllStandardOutput();
        qInfo() << "writer printed" << out.simplified() << "and was killed after" << delayMs
                << "ms; journal left:" << QFile::exists(p + "-journal");

        // Read-only, SQLite cannot undo the interrupted save: the refusal says so (unless the
        // kill left no hot journal).
        try {
            CaseFile::open(p, true)->loadAnalysis();
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains("last change was interrupted"), e.what());
        }
        auto c = CaseFile::open(p, false); // rolls a hot journal back
        const ReportInput loaded = c->loadAnalysis();
        const QString conclusion = loaded.caseDetails.conclusion;
        // The last save completed before the kill, or the one it interrupted when that one had
        // passed SQLite's commit point (which comes before saveAnalysis() returns, so the writer
        // may die before it prints the next number): never an older one, never a mix.
        int lastStarted = 0;
        for (const QByteArray& line : out.split('\n'))
            if (line.startsWith("saving "))
                lastStarted = std::max(lastStarted, line.mid(7).toInt());
        const int saved = conclusion.toInt();
        QVERIFY2(saved >= 1 && (saved == lastStarted || saved == lastStarted - 1),
                 qPrintable(QString("conclusion %1, last save started %2").arg(conclusion).arg(lastStarted)));
        QCOMPARE(loaded.faces.size(), std::size_t(2));
        QCOMPARE(loaded.faces[0].frameImage.rows, 3000);
        QCOMPARE(c->audit().size(), std::size_t(1 + saved));
    }

    void refusesWhatIsNotACase() {
        const QString real = makeCase("real.flcase");
        const qint64 size = QFile(real).size();
        QVERIFY(size > 100000);

        try {
            CaseFile::open(path("missing.flcase"), true);
            QFAIL("opened a missing file");
        } catch (const Error& e) {
            QVERIFY(e.code() == ErrorCode::FileNotFound);
        }
        QVERIFY(!QFile::exists(path("missing.flcase")));
        QVERIFY_THROWS_EXCEPTION(Error, CaseFile::open(path("missing.flcase"), false));
        QVERIFY(!QFile::exists(path("missing.flcase")));

        copyPrefix(real, path("first4k.flcase"), 4096);
        expectRefusal(path("first4k.flcase"), "not a FakeLens case file", ErrorCode::CorruptData);
        copyPrefix(real, path("half.flcase"), size / 2);
        expectRefusal(path("half.flcase"), "not a FakeLens case file", ErrorCode::CorruptData);

        QFile text(path("text.flcase"));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(QByteArray("This is a text file, not a case.\n").repeated(200));
        text.close();
        expectRefusal(path("text.flcase"), "not a FakeLens case file", ErrorCode::CorruptData);

        QFile empty(path("empty.flcase"));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        expectRefusal(path("empty.flcase"), "not a FakeLens case file",
                      ErrorCode::UnsupportedFormat);

        QVERIFY(rawSql(path("other.sqlite"), "CREATE TABLE x(a)").isEmpty());
        expectRefusal(path("other.sqlite"), "not a FakeLens case file",
                      ErrorCode::UnsupportedFormat);
        QVERIFY(rawSql(path("foreign-meta.sqlite"), "CREATE TABLE meta(key, value)").isEmpty());
        QVERIFY(rawSql(path("foreign-meta.sqlite"),
                       "INSERT INTO meta VALUES('format', 'something-else')")
                    .isEmpty());
        expectRefusal(path("foreign-meta.sqlite"), "not a FakeLens case file",
                      ErrorCode::UnsupportedFormat);

        const QString newer = makeCase("newer.flcase");
        QVERIFY(
            rawSql(newer, "UPDATE meta SET value = '999' WHERE key = 'schema_version'").isEmpty());
        expectRefusal(newer, "made by a newer FakeLens (schema 999, this version reads up to 6)",
                      ErrorCode::UnsupportedFormat);

        const QByteArray before = fileHash(real);
        QVERIFY_THROWS_EXCEPTION(Error, CaseFile::create(real));
        QCOMPARE(fileHash(real), before);
        QVERIFY(CaseFile::open(real, true)->hasAnalysis()); // the original still opens
    }

    void evidenceCheckSeesChanges() {
        const QString p = path("evidence.bin");
        QFile file(p);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("evidence bytes");
        file.close();
        EvidenceInfo info;
        info.path = p;
        info.sha256 = fileHash(p);
        QCOMPARE(evidenceCheck(info), QString("ok"));
        QVERIFY(file.open(QIODevice::Append));
        file.write("!");
        file.close();
        const QString changed = evidenceCheck(info);
        QVERIFY2(changed.startsWith("changed (sha256 now " + fileHash(p) + ", case says " +
                                    info.sha256 + ")"),
                 qPrintable(changed));
        QVERIFY(QFile::remove(p));
        QCOMPARE(evidenceCheck(info), QString("missing"));
    }
};

QTEST_GUILESS_MAIN(TestCaseFile)
#include "test_case_file.moc"
