// The case file's schema migrations (engine/case/CaseSchema.cpp): a case saved by an older
// FakeLens (made here by dropping what later schemas added) is refused read-only, migrated once
// when opened for writing, and reads back with its analysis intact and the new fields saying what
// that FakeLens did. 4 -> 5 (the robustness re-test) is in test_case_robustness.cpp. Needs no
// detector and no shared data.

#include "case/CaseFile.h"
#include "case_compare.h"
#include "case_raw_sql.h"
#include "case_synthetic.h"
#include "core/Error.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace fakelens;
using fakelens::testing::CaseCompare;
using fakelens::testing::downgradeCase;
using fakelens::testing::kUndoSchemaSix;
using fakelens::testing::markedAsRunAttacks;
using fakelens::testing::readOnlyRefusal;
using fakelens::testing::savedSyntheticCase;
using fakelens::testing::syntheticAnalysis;

class TestCaseMigrations : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

    QString makeCase(const QString& name) { return savedSyntheticCase(dir_.filePath(name)); }

    // What a migration from schema 1 or 2 writes into the verdict: that FakeLens had no band and
    // counted every face.
    static void markedAsCountingEveryFace(ReportInput& a) {
        a.verdict.inconclusive = false;
        a.verdict.inconclusiveUnits = 0;
        a.verdict.smallFacesLeftOut = 0;
        a.verdict.smallFacesIncluded = true;
        markedAsDetected(a);
    }

    // What a migration from schema 1, 2 or 3 writes into the faces: every face came from the
    // face detector (nothing could be drawn before schema 4), and none has a stored robustness
    // re-test (kept from schema 5; test_case_robustness tests 4 -> 5).
    static void markedAsDetected(ReportInput& a) {
        for (ReportFace& f : a.faces) {
            f.face.origin = FaceOrigin::Detector;
            f.robustness.reset();
        }
        markedAsRunAttacks(a);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    // A case of schema 1 (before evidence metadata): refused read-only, migrated once when opened
    // for writing, its analysis intact and its metadata marked as never read.
    void aSchemaOneCaseIsMigrated() {
        const QString p = makeCase("schema1.flcase");
        const QString downgraded = downgradeCase(p, {kUndoSchemaSix, "DROP TABLE evidence_metadata",
                                 "ALTER TABLE evidence DROP COLUMN metadata_problem",
                                 "ALTER TABLE analysis DROP COLUMN verdict_inconclusive",
                                 "ALTER TABLE analysis DROP COLUMN verdict_inconclusive_units",
                                 "ALTER TABLE analysis DROP COLUMN verdict_small_left_out",
                                 "ALTER TABLE analysis DROP COLUMN verdict_small_included",
                                 "ALTER TABLE faces DROP COLUMN origin",
                                 "DROP TABLE robustness",
                                 "DROP TABLE robustness_summary"}, 1);
        QVERIFY2(downgraded.isEmpty(), qPrintable(downgraded));
        const QString refusal = readOnlyRefusal(p);
        QVERIFY2(refusal.contains("older case (schema 1)"), qPrintable(refusal));
        {
            auto c = CaseFile::open(p, false);
            QCOMPARE(c->schemaVersion(), 6);
        }
        auto c = CaseFile::open(p, true);
        QCOMPARE(c->schemaVersion(), 6);
        const ReportInput loaded = c->loadAnalysis();
        QVERIFY(loaded.evidence.metadata.entries.empty());
        QVERIFY2(loaded.evidence.metadata.problem.contains("case schema 1"), qPrintable(loaded.evidence.metadata.problem));
        ReportInput expected = syntheticAnalysis(1);
        expected.evidence.metadata = loaded.evidence.metadata;
        markedAsCountingEveryFace(expected);
        CaseCompare compare;
        compare.analysis(expected, loaded);
        QVERIFY2(compare.diffs.isEmpty(), qPrintable(compare.diffs.join('\n')));
    }

    // A case of schema 2 (before the inconclusive band and the small-face rule): migrated once
    // when opened for writing; its verdict says what that FakeLens did (no band, every face
    // counted, none left out), the rest of its analysis intact.
    void aSchemaTwoCaseIsMigrated() {
        const QString p = makeCase("schema2.flcase");
        const QString downgraded = downgradeCase(p, {kUndoSchemaSix, "ALTER TABLE analysis DROP COLUMN verdict_inconclusive",
                                 "ALTER TABLE analysis DROP COLUMN verdict_inconclusive_units",
                                 "ALTER TABLE analysis DROP COLUMN verdict_small_left_out",
                                 "ALTER TABLE analysis DROP COLUMN verdict_small_included",
                                 "ALTER TABLE faces DROP COLUMN origin",
                                 "DROP TABLE robustness",
                                 "DROP TABLE robustness_summary"}, 2);
        QVERIFY2(downgraded.isEmpty(), qPrintable(downgraded));
        const QString refusal = readOnlyRefusal(p);
        QVERIFY2(refusal.contains("older case (schema 2)"), qPrintable(refusal));
        {
            auto c = CaseFile::open(p, false);
            QCOMPARE(c->schemaVersion(), 6);
        }
        auto c = CaseFile::open(p, true);
        QCOMPARE(c->schemaVersion(), 6);
        const ReportInput loaded = c->loadAnalysis();
        QVERIFY(loaded.verdict.smallFacesIncluded);
        QCOMPARE(loaded.verdict.smallFacesLeftOut, 0);
        QCOMPARE(loaded.verdict.inconclusiveUnits, 0);
        QVERIFY(!loaded.verdict.inconclusive);
        ReportInput expected = syntheticAnalysis(1);
        markedAsCountingEveryFace(expected);
        CaseCompare compare;
        compare.analysis(expected, loaded);
        QVERIFY2(compare.diffs.isEmpty(), qPrintable(compare.diffs.join('\n')));
    }

    // A case of schema 3 (before faces drawn by the examiner): refused read-only, migrated once
    // when opened for writing; each face reads back as found by the detector, the rest intact,
    // and a new save keeps a drawn face's origin.
    void aSchemaThreeCaseIsMigrated() {
        const QString p = makeCase("schema3.flcase");
        const QString downgraded = downgradeCase(p, {kUndoSchemaSix, "ALTER TABLE faces DROP COLUMN origin",
                                 "DROP TABLE robustness",
                                 "DROP TABLE robustness_summary"}, 3);
        QVERIFY2(downgraded.isEmpty(), qPrintable(downgraded));
        const QString refusal = readOnlyRefusal(p);
        QVERIFY2(refusal.contains("older case (schema 3)"), qPrintable(refusal));
        {
            auto c = CaseFile::open(p, false);
            QCOMPARE(c->schemaVersion(), 6);
            const ReportInput loaded = c->loadAnalysis();
            ReportInput expected = syntheticAnalysis(1);
            QCOMPARE(int(expected.faces[0].face.origin), int(FaceOrigin::Examiner)); // the test can fail
            markedAsDetected(expected);
            CaseCompare compare;
            compare.analysis(expected, loaded);
            QVERIFY2(compare.diffs.isEmpty(), qPrintable(compare.diffs.join('\n')));
            c->saveAnalysis(syntheticAnalysis(1), "tester"); // the migrated file stores origins
        }
        auto c = CaseFile::open(p, true);
        QCOMPARE(int(c->loadAnalysis().faces[0].face.origin), int(FaceOrigin::Examiner));
    }

    // A case of schema 5 (before copied attacks were marked): refused read-only, migrated once
    // when opened for writing, every attack read as run and the rest intact; the migrated file
    // then keeps a new save's marks.
    void aSchemaFiveCaseReadsEveryAttackAsRun() {
        const QString p = makeCase("schema5.flcase");
        const QString downgraded = downgradeCase(p, {kUndoSchemaSix}, 5);
        QVERIFY2(downgraded.isEmpty(), qPrintable(downgraded));
        const QString refusal = readOnlyRefusal(p);
        QVERIFY2(refusal.contains("older case (schema 5)"), qPrintable(refusal));
        const auto reusedAttacks = [](const ReportInput& a) {
            int n = 0;
            for (const ReportFace& f : a.faces)
                if (f.evaluation)
                    for (const MethodEvaluation& m : f.evaluation->methods)
                        for (const AttackOutcome& o : m.attacks)
                            n += o.reused ? 1 : 0;
            return n;
        };
        {
            auto c = CaseFile::open(p, false);
            QCOMPARE(c->schemaVersion(), 6);
            const ReportInput loaded = c->loadAnalysis();
            ReportInput expected = syntheticAnalysis(1);
            QVERIFY(reusedAttacks(expected) > 0); // the test can fail
            markedAsRunAttacks(expected);
            CaseCompare compare;
            compare.analysis(expected, loaded);
            QVERIFY2(compare.diffs.isEmpty(), qPrintable(compare.diffs.join('\n')));
            c->saveAnalysis(syntheticAnalysis(1), "tester");
        }
        auto c = CaseFile::open(p, true);
        QCOMPARE(reusedAttacks(c->loadAnalysis()), reusedAttacks(syntheticAnalysis(1)));
    }

};

QTEST_GUILESS_MAIN(TestCaseMigrations)
#include "test_case_migrations.moc"
