// What the CLI says about a case and the examiner's words in it, through the real CLI on the
// real samples and model (GRADCAM: one detector pass, so each analysis takes seconds). Each test
// says the rule it holds the CLI to.
#include "support/CliRunner.h"
#include "support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QString model() { return testpaths::kerasWeights("Meso4_DF"); }
QString fakeFace() { return testpaths::shared("samples/faces/fake/df00204.jpg"); }

QJsonObject showJson(const QString& casePath) {
    return QJsonDocument::fromJson(runCli({"case", "show", "--json", casePath}).out).object();
}

} // namespace

class TestCaseCliNotes : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString evidence_; // a copy of the fake face in dir_/evidence: nothing may be written beside it

    // A new case of `evidence` analysed with GRADCAM; empty (the error logged) when analyse fails.
    QString analysed(const QString& name, const QString& evidence, const QStringList& extra = {}) {
        const QString casePath = dir_.filePath(name);
        const CliResult r = runCli(QStringList{"analyse", evidence, "--case", casePath, "--model", model(), "--methods",
                                               "gradcam", "--quiet"} + extra,
                                   300000);
        if (r.exitCode != 0)
            qWarning() << r.err;
        return r.exitCode == 0 ? casePath : QString();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        QVERIFY(QDir(dir_.path()).mkpath("evidence"));
        evidence_ = dir_.filePath("evidence/face.jpg");
        QVERIFY(QFile::copy(fakeFace(), evidence_));
    }

    // `case --help` lists the actions (exit 0); `case` alone stays a usage error.
    void caseHelpListsTheActions() {
        for (const char* help : {"--help", "-h"}) {
            const CliResult r = runCli({"case", help});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.contains("show FILE [--json]") && r.out.contains("note FILE --text TEXT") &&
                         r.out.contains("note FILE --conclusion TEXT"),
                     r.out.constData());
            QVERIFY(r.err.isEmpty());
        }
        const CliResult none = runCli({"case"});
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains("case: give an action"), none.err.constData());
    }

    // A case in a folder that does not exist is named so, not with SQLite's words.
    void aCaseInAMissingFolderIsNamedSo() {
        const QString missing = dir_.filePath("no-such-folder/x.fakelens");
        const QString folder = dir_.filePath("no-such-folder");
        const QList<QStringList> commands = {
            {"analyse", fakeFace(), "--case", missing, "--model", model(), "--quiet"},
            {"report", "--case", missing, "--out", dir_.filePath("x.pdf")},
            {"case", "show", missing},
            {"case", "note", missing, "--text", "mouth"},
        };
        for (const QStringList& command : commands) {
            const CliResult r = runCli(command, 60000);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(("the folder " + folder + " does not exist").toUtf8()), r.err.constData());
            QVERIFY2(!r.err.contains("SQLite"), r.err.constData());
        }
        QVERIFY(!QFileInfo::exists(folder));
    }

    // `case show` gives each face its box, as `detect` prints it: six faces can be told apart.
    void caseShowGivesEachFaceItsBox() {
        const QString casePath = analysed("box.fakelens", fakeFace());
        QVERIFY(!casePath.isEmpty());
        const CliResult detect = runCli({"detect", "--model", model(), fakeFace()}, 120000);
        const QRegularExpressionMatch box = QRegularExpression("face 1  (box \\d+,\\d+ \\d+x\\d+)  ").match(detect.out);
        QVERIFY2(box.hasMatch(), detect.out.constData());
        const QString text = QString::fromUtf8(runCli({"case", "show", casePath}).out);
        QVERIFY2(text.contains("\n  face section 1  " + box.captured(1) + "  P(fake) "), qPrintable(text));
        QVERIFY2(!text.contains("face section 1:"), qPrintable(text));
    }

    // `report --case` into the evidence's folder is a usage error (exit 2), as `analyse` there is.
    void reportIntoTheEvidenceFolderIsAUsageError() {
        const QString casePath = analysed("beside.fakelens", evidence_);
        QVERIFY(!casePath.isEmpty());
        const QString pdf = dir_.filePath("evidence/report.pdf");
        const CliResult r = runCli({"report", "--case", casePath, "--out", pdf, "--quiet"}, 120000);
        QCOMPARE(r.exitCode, 2); // as analyse --case there (README: exit 2, naming the folder)
        QVERIFY2(r.err.contains("is in the evidence's folder"), r.err.constData());
        QVERIFY(!QFileInfo::exists(pdf));
    }

    // `case note --conclusion ""` clears the conclusion and says so.
    void theConclusionIsClearedOnlyWhenSaid() {
        const QString casePath = analysed("conclusion.fakelens", fakeFace());
        QVERIFY(!casePath.isEmpty());
        const CliResult set = runCli({"case", "note", casePath, "--conclusion", "Consistent with a face swap."});
        QCOMPARE(set.exitCode, 0);
        QCOMPARE(set.out.trimmed(), QByteArray("conclusion saved"));
        QCOMPARE(showJson(casePath)["conclusion"].toString(), QString("Consistent with a face swap."));
        const CliResult cleared = runCli({"case", "note", casePath, "--conclusion", ""});
        QCOMPARE(cleared.exitCode, 0);
        QCOMPARE(cleared.out.trimmed(), QByteArray("conclusion cleared"));
        QCOMPARE(showJson(casePath)["conclusion"].toString(), QString());
        QVERIFY(runCli({"case", "note", "--help"}).out.contains("an empty TEXT"));
    }

    // `analyse` into a case with notes or a conclusion says in one warning line that they are kept.
    void reanalysisSaysWhatItKeeps() {
        const QString casePath = analysed("again.fakelens", fakeFace());
        QVERIFY(!casePath.isEmpty());
        const auto again = [&] {
            return runCli({"analyse", fakeFace(), "--case", casePath, "--model", model(), "--methods", "gradcam",
                           "--quiet"},
                          300000);
        };
        const CliResult plain = again(); // nothing written about the first analysis: no warning
        QCOMPARE(plain.exitCode, 0);
        QVERIFY2(!plain.err.contains("warning"), plain.err.constData());

        QCOMPARE(runCli({"case", "note", casePath, "--conclusion", "Fake."}).exitCode, 0);
        const CliResult conclusion = again();
        QCOMPARE(conclusion.exitCode, 0);
        QVERIFY2(conclusion.err.contains(("warning: the case " + casePath +
                                          " has a conclusion written about its earlier analysis, kept unchanged")
                                             .toUtf8()),
                 conclusion.err.constData());

        QCOMPARE(runCli({"case", "note", casePath, "--text", "mouth", "--face", "1"}).exitCode, 0);
        QCOMPARE(runCli({"case", "note", casePath, "--text", "eyes"}).exitCode, 0);
        const CliResult both = again();
        QCOMPARE(both.exitCode, 0);
        QVERIFY2(both.err.contains("has 2 note(s) and a conclusion written about its earlier analysis"),
                 both.err.constData());
        QCOMPARE(both.err.count('\n'), 1); // the warning, one line
        QVERIFY2(both.err.contains(("fakelens-cli case show " + casePath).toUtf8()), both.err.constData());
        const QJsonObject c = showJson(casePath);
        QCOMPARE(c["findings"].toArray().size(), 2);
        QCOMPARE(c["conclusion"].toString(), QString("Fake."));
    }

    // A note on a video names an analysed frame, and with --face that section's own frame. The
    // first 10 frames, every 2nd: frames 0, 2, 4, 6 and 8, one face section.
    void aVideoNoteNamesAnAnalysedFrameOfItsFace() {
        const QString casePath = analysed("video.fakelens", testpaths::shared("samples/videos/ffpp_519_515_deepfakes.mp4"),
                                          {"--frames", "0:10:2"});
        QVERIFY(!casePath.isEmpty());
        const QJsonObject c = showJson(casePath);
        QCOMPARE(c["frames_analysed"].toInt(), 5);
        QCOMPARE(c["faces"].toArray().size(), 1);
        const QJsonObject face = c["faces"].toArray().first().toObject();
        const int own = face["frame"].toInt();
        const int other = own == 4 ? 6 : 4; // analysed, but not the section's frame
        const QString text = QString::fromUtf8(runCli({"case", "show", casePath}).out);
        QVERIFY2(text.contains(QStringLiteral("\n  face section 1  frame %1 (").arg(own)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("  track %1  box ").arg(face["track"].toInt())), qPrintable(text));

        const QList<QPair<QStringList, QString>> refused = {
            {{"--frame", "3"}, "--frame: frame 3 was not analysed: the case's analysis has 5 frame(s), 0 to 8"},
            {{"--frame", "9"}, "--frame: frame 9 was not analysed"},
            {{"--face", "1", "--frame", QString::number(other)},
             QStringLiteral("--frame: face section 1 is on frame %1: give --frame %1").arg(own)},
        };
        for (const auto& [options, why] : refused) {
            const CliResult r = runCli(QStringList{"case", "note", casePath, "--text", "mouth"} + options);
            QVERIFY2(r.exitCode == 2, qPrintable(options.join(' ') + ": " + r.err));
            QVERIFY2(r.err.contains(why.toUtf8()), r.err.constData());
        }
        for (const QStringList& options : {QStringList{"--face", "1", "--frame", QString::number(own)},
                                           QStringList{"--frame", QString::number(other)}}) {
            const CliResult r = runCli(QStringList{"case", "note", casePath, "--text", "mouth"} + options);
            QVERIFY2(r.exitCode == 0, qPrintable(options.join(' ') + ": " + r.err));
        }
        QCOMPARE(showJson(casePath)["findings"].toArray().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCaseCliNotes)
#include "test_case_cli_notes.moc"
