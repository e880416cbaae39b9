// The robustness re-test in the case file (issue 18, part 4 follow-up; case schema 5): a
// hand-made RobustnessResult comes back field by field and in its variant order, a second save
// replaces it, a schema-4 case opens (migrated) with no re-test, and damaged rows are
// Error(CorruptData) naming table and row. Needs no detector and no shared data.

#include "case/CaseFile.h"
#include "case_compare.h"
#include "case_raw_sql.h"
#include "case_synthetic.h"
#include "core/Error.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <cstring>

using namespace fakelens;
using fakelens::testing::CaseCompare;
using fakelens::testing::rawSql;
using fakelens::testing::savedSyntheticCase;
using fakelens::testing::syntheticAnalysis;

namespace {

bool sameBits(double a, double b) {
    return std::memcmp(&a, &b, sizeof a) == 0;
}

// What syntheticRobustness() holds, written out: the engine's variant order and each score
// and call as the case must give them back.
struct ExpectedVariant {
    const char* name;
    double fakeProbability;
    FaceCall call;
};
const ExpectedVariant kExpected[] = {
    {"jpeg90", 0.1 + 0.8, FaceCall::Fake},          {"jpeg75", 0.875, FaceCall::Fake},
    {"jpeg50", 0.36, FaceCall::Real},               {"scale0.75", 0.55, FaceCall::Inconclusive},
    {"scale0.5", -0.0, FaceCall::Real},             {"shift-right", 0.91, FaceCall::Fake},
    {"shift-down", std::nan(""), FaceCall::Real},   {"shift-left", 0.9, FaceCall::Fake},
    {"shift-up", 1.0, FaceCall::Fake},
};

} // namespace

class TestCaseRobustness : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString path(const QString& name) const { return dir_.filePath(name); }

    QString makeCase(const QString& name) { return savedSyntheticCase(path(name)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void roundTripGivesBackEveryField() {
        const QString p = path("roundtrip.flcase");
        const ReportInput original = syntheticAnalysis(1);
        QVERIFY(original.faces[0].robustness && !original.faces[1].robustness);
        CaseFile::create(p)->saveAnalysis(original, "tester");
        const ReportInput loaded = CaseFile::open(p, true)->loadAnalysis();

        QVERIFY(loaded.faces[0].robustness);
        QVERIFY(!loaded.faces[1].robustness); // a face that was not re-tested stays so
        const RobustnessResult& r = *loaded.faces[0].robustness;
        QVERIFY(sameBits(r.originalFakeProbability, 0.91));
        QCOMPARE(int(r.originalCall), int(FaceCall::Fake));
        QVERIFY(sameBits(r.minFakeProbability, -0.0)); // the sign of zero survives
        QVERIFY(sameBits(r.maxFakeProbability, 1.0));
        QVERIFY(sameBits(r.maxAbsChange, 0.91));
        QVERIFY(r.unstable);
        QCOMPARE(r.variants.size(), std::size(kExpected));
        for (std::size_t i = 0; i < r.variants.size(); ++i) {
            const RobustnessVariant& v = r.variants[i];
            const ExpectedVariant& e = kExpected[i];
            QCOMPARE(v.name, std::string(e.name));
            if (std::isnan(e.fakeProbability))
                QVERIFY2(std::isnan(v.fakeProbability), e.name); // NULL in the column
            else
                QVERIFY2(sameBits(v.fakeProbability, e.fakeProbability), e.name);
            QCOMPARE(int(v.call), int(e.call));
        }

        CaseCompare compare;
        compare.analysis(original, loaded);
        QVERIFY2(compare.diffs.isEmpty(), qPrintable(compare.diffs.join('\n')));
        // The comparison sees a changed re-test: a swapped variant order and another call.
        ReportInput changed = original;
        std::swap(changed.faces[0].robustness->variants[0], changed.faces[0].robustness->variants[1]);
        changed.faces[0].robustness->originalCall = FaceCall::Inconclusive;
        CaseCompare differs;
        differs.analysis(changed, loaded);
        QVERIFY2(differs.diffs.size() == 5, qPrintable(differs.diffs.join('\n'))); // 2 names, 2 scores, the call
    }

    // saveAnalysis() replaces the analysis as a whole: a re-test of the earlier save is not kept
    // for a face the new analysis did not re-test.
    void aNewSaveReplacesTheReTest() {
        const QString p = makeCase("resave.flcase");
        ReportInput second = syntheticAnalysis(1);
        second.faces[0].robustness.reset();
        second.faces[1].robustness = fakelens::testing::syntheticRobustness();
        second.faces[1].robustness->variants.resize(2);
        second.faces[1].robustness->unstable = false;
        CaseFile::open(p, false)->saveAnalysis(second, "tester");
        const ReportInput loaded = CaseFile::open(p, true)->loadAnalysis();
        QVERIFY(!loaded.faces[0].robustness);
        QVERIFY(loaded.faces[1].robustness);
        QCOMPARE(loaded.faces[1].robustness->variants.size(), std::size_t(2));
        QVERIFY(!loaded.faces[1].robustness->unstable);
    }

    // A case of schema 4 (before the re-test was kept): refused read-only, migrated once when
    // opened for writing, with no re-test for any face and the rest of its analysis intact; the
    // migrated file then keeps a new save's re-test.
    void aSchemaFourCaseHasNoReTest() {
        const QString p = makeCase("schema4.flcase");
        const QString downgraded =
            fakelens::testing::downgradeCase(
            p, {fakelens::testing::kUndoSchemaSix, "DROP TABLE robustness", "DROP TABLE robustness_summary"}, 4);
        QVERIFY2(downgraded.isEmpty(), qPrintable(downgraded));
        const QString refusal = fakelens::testing::readOnlyRefusal(p);
        QVERIFY2(refusal.contains("older case (schema 4)"), qPrintable(refusal));
        {
            auto c = CaseFile::open(p, false);
            QCOMPARE(c->schemaVersion(), 6);
            const ReportInput loaded = c->loadAnalysis();
            ReportInput expected = syntheticAnalysis(1);
            QVERIFY(expected.faces[0].robustness); // the test can fail
            for (ReportFace& f : expected.faces)
                f.robustness.reset();
            fakelens::testing::markedAsRunAttacks(expected);
            CaseCompare compare;
            compare.analysis(expected, loaded);
            QVERIFY2(compare.diffs.isEmpty(), qPrintable(compare.diffs.join('\n')));
            c->saveAnalysis(syntheticAnalysis(1), "tester");
        }
        auto c = CaseFile::open(p, true);
        QCOMPARE(c->schemaVersion(), 6);
        const ReportInput loaded = c->loadAnalysis();
        QVERIFY(loaded.faces[0].robustness);
        QCOMPARE(loaded.faces[0].robustness->variants.size(), std::size(kExpected));
    }

    // Rows changed behind the case's back are reported, naming the table and the row.
    void damagedRowsAreCorrupt_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown call")
            << "UPDATE robustness SET call = 'maybe' WHERE face_no = 0 AND seq = 2"
            << "robustness.call of face 0, variant 2 is 'maybe', not 'real', 'fake' or 'inconclusive'";
        QTest::newRow("unknown original call")
            << "UPDATE robustness_summary SET original_call = 'FAKE' WHERE face_no = 0"
            << "robustness_summary.original_call of face 0 is 'FAKE'";
        QTest::newRow("variant of no face")
            << "INSERT INTO robustness(face_no, seq, name, fake_probability, call) VALUES(7, 0, 'jpeg90', 0.5, 'fake')"
            << "robustness has a row of face 7, which the case does not hold";
        QTest::newRow("summary of no face")
            << "INSERT INTO robustness_summary(face_no, original_call, unstable) VALUES(9, 'real', 0)"
            << "robustness_summary has a row of face 9, which the case does not hold";
        QTest::newRow("variant without its summary")
            << "DELETE FROM robustness_summary WHERE face_no = 0"
            << "robustness row of face 0, variant 0 has no robustness_summary row";
        QTest::newRow("lost variant") << "DELETE FROM robustness WHERE face_no = 0 AND seq = 3"
                                      << "robustness.seq skips row 3";
    }
    void damagedRowsAreCorrupt() {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        const QString p = makeCase(QStringLiteral("corrupt-%1.flcase").arg(QTest::currentDataTag()).replace(' ', '-'));
        QCOMPARE(rawSql(p, sql), QString());
        auto c = CaseFile::open(p, true); // the file itself is sound
        try {
            c->loadAnalysis();
            QFAIL("loaded a damaged re-test");
        } catch (const Error& e) {
            QCOMPARE(errorCodeName(e.code()), errorCodeName(ErrorCode::CorruptData));
            QVERIFY2(QString(e.what()).contains(expected), e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestCaseRobustness)
#include "test_case_robustness.moc"
