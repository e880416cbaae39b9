// One evidence, one verdict, kept in a case (issue #14), through the CLI on the real samples and
// the real model:
// - for every shared video and face image, the verdict of `detect --json`, of `case show --json`
//   after `analyse`, and the one printed on page 1 of `report --case` are the same;
// - `report --case` needs no detector (it runs with no model reachable) and gives the same
//   text twice; `case show --json` is the same twice;
// - the robustness re-test `analyse` made is kept in the case: `case show` gives detect
//   --robustness's numbers and line, and `report --case` shows its table;
// - evidence changed after the analysis is reported loudly, and `analyse` refuses to put other
//   evidence into a case; a file that is not a case is refused and left as it was;
// - `case note` refuses an empty note and a face or frame the analysis does not have.
#include "support/CliRunner.h"
#include "support/TestPaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QString model() { return testpaths::kerasWeights("Meso4_DF"); }

QJsonObject parse(const QByteArray& bytes) { return QJsonDocument::fromJson(bytes).object(); }

QString pdfText(const QString& pdf, int lastPage = 0) {
    QProcess process;
    QStringList args;
    if (lastPage > 0)
        args << "-l" << QString::number(lastPage);
    process.start("pdftotext", args << pdf << "-");
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QByteArray fileHash(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Page 1's verdict line: "Verdict of the detector: real (fake score 0.4558, threshold 0.50)".
QString pageOneVerdict(const QString& text) {
    const QRegularExpressionMatch m =
        QRegularExpression("Verdict of the detector:\\s*(fake|real)\\s+\\(fake score ([0-9.]+),").match(text);
    if (m.hasMatch())
        return m.captured(1) + " " + m.captured(2);
    return text.contains("gave no verdict") ? QStringLiteral("none") : QStringLiteral("?");
}

} // namespace

class TestCaseCli : public QObject {
    Q_OBJECT

private slots:
    void oneVerdictEverywhere_data();
    void oneVerdictEverywhere();
    void reportFromCaseNeedsNoDetectorAndRepeats();
    void robustnessIsKeptInTheCase();
    void changedEvidenceIsReportedAndOtherEvidenceRefused();
    void aFileThatIsNotACaseIsRefusedUntouched();
    void aNoteNamesOnlyAFaceAndFrameTheCaseHas();

private:
    QTemporaryDir dir_;
};

void TestCaseCli::oneVerdictEverywhere_data() {
    QTest::addColumn<QString>("evidence");
    QTest::addColumn<QStringList>("frames");
    // The two videos of the issue with the default frame selection; the others on a stretch,
    // given identically to all three commands.
    QTest::newRow("ffpp_519_real") << testpaths::shared("samples/videos/ffpp_519_real.mp4") << QStringList{};
    QTest::newRow("hamilton") << testpaths::shared("samples/videos/hamilton_real_multiface.mp4") << QStringList{};
    for (const char* v : {"ffpp_519_515_deepfakes", "ffpp_004_real", "ffpp_004_982_neuraltextures"})
        QTest::newRow(v) << testpaths::shared(QStringLiteral("samples/videos/%1.mp4").arg(v))
                         << QStringList{"--frames", "0:120"};
    for (const char* f : {"fake/df00204.jpg", "fake/df01254.jpg", "real/real00240.jpg", "real/real00772.jpg"})
        QTest::newRow(f) << testpaths::shared(QStringLiteral("samples/faces/%1").arg(f)) << QStringList{};
}

void TestCaseCli::oneVerdictEverywhere() {
    QFETCH(QString, evidence);
    QFETCH(QStringList, frames);
    QVERIFY2(QFile::exists(evidence), qPrintable(evidence + " is missing from ../shared"));
    const QString name = QFileInfo(evidence).completeBaseName();
    const QString casePath = dir_.filePath(name + ".fakelens");
    const QString pdf = dir_.filePath(name + ".pdf");

    const CliResult detect = runCli(QStringList{"detect", "--json", "--model", model(), evidence} + frames, 300000);
    QVERIFY2(detect.finished && detect.exitCode == 0, detect.err.constData());
    const QJsonObject input = parse(detect.out)["inputs"].toArray().first().toObject();
    const QString detectVerdict = input["verdict"].isNull()
                                      ? QStringLiteral("none")
                                      : input["verdict"].toString() + " " +
                                            QString::number(input["fake_score"].toDouble(), 'f', 4);

    const CliResult analyse = runCli(QStringList{"analyse", evidence, "--case", casePath, "--model", model(),
                                                 "--methods", "lime", "--samples", "64", "--case-id", "T-1", "--quiet"} +
                                         frames,
                                     300000);
    QVERIFY2(analyse.finished && analyse.exitCode == 0, analyse.err.constData());
    const CliResult show = runCli({"case", "show", "--json", casePath});
    QVERIFY2(show.exitCode == 0, show.err.constData());
    const QJsonObject c = parse(show.out);
    const QString caseVerdict = c["verdict"].isNull() ? QStringLiteral("none")
                                                      : c["verdict"].toString() + " " +
                                                            QString::number(c["fake_score"].toDouble(), 'f', 4);

    const CliResult report = runCli({"report", "--case", casePath, "--out", pdf, "--quiet"}, 120000);
    QVERIFY2(report.exitCode == 0, report.err.constData());
    const QString pageOne = pageOneVerdict(pdfText(pdf, 1));

    QCOMPARE(caseVerdict, detectVerdict);
    QCOMPARE(pageOne, detectVerdict);

    // The evidence's metadata is in the case and in the report's appendix (#18).
    const QJsonObject ev = c["evidence"].toObject();
    if (ev["type"].toString() == "video") {
        QVERIFY2(ev["metadata_problem"].toString().isEmpty(), qPrintable(ev["metadata_problem"].toString()));
        QString codec;
        for (const QJsonValue& m : ev["metadata"].toArray())
            if (m["group"].toString() == "stream 0" && m["key"].toString() == "codec")
                codec = m["value"].toString();
        QVERIFY2(!codec.isEmpty(), "no codec of stream 0 in the case's metadata");
        const QString all = pdfText(pdf);
        QVERIFY(all.contains("Appendix: evidence metadata"));
        QVERIFY2(all.contains(codec), qPrintable(codec));
    }
    QVERIFY2(detectVerdict != "?", "no verdict found");
}

void TestCaseCli::reportFromCaseNeedsNoDetectorAndRepeats() {
    const QString evidence = testpaths::shared("samples/faces/fake/df00204.jpg");
    const QString casePath = dir_.filePath("repeat.fakelens");
    const CliResult analyse = runCli({"analyse", evidence, "--case", casePath, "--model", model(), "--methods",
                                      "lime,lime_adv", "--samples", "64", "--nes-iterations", "3", "--quiet"},
                                     300000);
    QVERIFY2(analyse.exitCode == 0, analyse.err.constData());
    // No model can be found from here: a report that loaded a detector would fail.
    QTemporaryDir emptyHome;
    const QStringList noModels{"HOME=" + emptyHome.path(), "XDG_DATA_HOME=" + emptyHome.path(),
                               "XDG_DATA_DIRS=" + emptyHome.path()};
    QStringList texts;
    for (int i = 0; i < 2; ++i) {
        const QString pdf = dir_.filePath(QStringLiteral("repeat%1.pdf").arg(i));
        // Without XDG_RUNTIME_DIR (root in a container, a batch node) a run that succeeds says
        // nothing on stderr: Qt's start-up notice about it is not passed on.
        const CliResult r =
            runCli({"report", "--case", casePath, "--out", pdf, "--quiet"}, 120000, noModels + QStringList{"XDG_RUNTIME_DIR="});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        texts << pdfText(pdf);
    }
    QVERIFY(texts[0].contains("LIME_adv"));
    QCOMPARE(texts[1], texts[0]);
    const CliResult a = runCli({"case", "show", "--json", casePath}, 30000, noModels);
    const CliResult b = runCli({"case", "show", "--json", casePath}, 30000, noModels);
    QCOMPARE(a.exitCode, 0);
    QCOMPARE(b.out, a.out);
}

void TestCaseCli::robustnessIsKeptInTheCase() {
    const QString evidence = testpaths::shared("samples/faces/fake/df00204.jpg");
    const CliResult detect = runCli({"detect", "--robustness", "--json", "--model", model(), evidence}, 300000);
    QVERIFY2(detect.exitCode == 0, detect.err.constData());
    const QJsonObject expected =
        parse(detect.out)["inputs"].toArray().first()["faces"].toArray().first()["robustness"].toObject();
    QCOMPARE(expected["variants"].toArray().size(), 9);
    const CliResult detectText = runCli({"detect", "--robustness", "--model", model(), evidence}, 300000);
    QString expectedLine;
    for (const QString& line : QString::fromUtf8(detectText.out).split('\n'))
        if (line.startsWith("    robustness: P(fake)"))
            expectedLine = line;
    QVERIFY2(!expectedLine.isEmpty(), detectText.out.constData());

    const QString casePath = dir_.filePath("robustness.fakelens");
    const CliResult analyse = runCli({"analyse", evidence, "--case", casePath, "--model", model(), "--methods",
                                      "lime", "--samples", "64", "--quiet"},
                                     300000);
    QVERIFY2(analyse.exitCode == 0, analyse.err.constData());
    const QJsonObject c = parse(runCli({"case", "show", "--json", casePath}).out);
    QCOMPARE(c["schema_version"].toInt(), 6);
    const QJsonObject kept = c["faces"].toArray().first()["robustness"].toObject();
    QVERIFY2(kept == expected, QJsonDocument(kept).toJson().constData()); // every number, in order
    const CliResult text = runCli({"case", "show", casePath});
    QVERIFY2(text.out.contains(expectedLine.toUtf8()), text.out.constData());

    const QString pdf = dir_.filePath("robustness.pdf");
    const CliResult report = runCli({"report", "--case", casePath, "--out", pdf, "--quiet"}, 120000);
    QVERIFY2(report.exitCode == 0, report.err.constData());
    // The CLI's summary and page 1 say whether the kept re-test changed the verdict.
    const int unstable = kept["unstable"].toBool() ? 1 : 0;
    QVERIFY2(report.out.contains(QStringLiteral("robustness: %1 of 1 re-tested face(s)").arg(unstable).toUtf8()),
             report.out.constData());
    QVERIFY(pdfText(pdf, 1).simplified().contains(unstable ? "Unstable: the verdict of face 1"
                                                           : "the verdict of every re-tested face (1) holds"));
    const QString all = pdfText(pdf).simplified();
    QVERIFY(all.contains("Robustness of the verdict"));
    QVERIFY2(all.contains("the case file keeps these numbers with the face"), qPrintable(all));
    QVERIFY(!all.contains("does not store it"));
    for (const QJsonValue& v : expected["variants"].toArray()) {
        const QString p = QString::number(v["fake_probability"].toDouble(), 'f', 4);
        QVERIFY2(all.contains(p), qPrintable(v["name"].toString() + " " + p));
    }
}

void TestCaseCli::changedEvidenceIsReportedAndOtherEvidenceRefused() {
    QVERIFY(QDir(dir_.path()).mkpath("evidence")); // a report may not be written beside the evidence
    const QString evidence = dir_.filePath("evidence/evidence.jpg");
    QVERIFY(QFile::copy(testpaths::shared("samples/faces/fake/df00204.jpg"), evidence));
    const QString casePath = dir_.filePath("changed.fakelens");
    const CliResult analyse = runCli({"analyse", evidence, "--case", casePath, "--model", model(), "--methods",
                                      "lime", "--samples", "64", "--quiet"},
                                     300000);
    QVERIFY2(analyse.exitCode == 0, analyse.err.constData());
    {
        QFile f(evidence);
        QVERIFY(f.open(QIODevice::Append));
        f.write("x");
    }
    const QString pdf = dir_.filePath("changed.pdf");
    const CliResult r = runCli({"report", "--case", casePath, "--out", pdf, "--quiet"}, 120000);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains("WARNING") && r.err.contains("changed"), r.err.constData());
    // Above the findings, not among them: a reader of page 1 meets it first.
    const QString page1 = pdfText(pdf, 1);
    QVERIFY(page1.contains("WARNING"));
    QVERIFY2(page1.indexOf("WARNING") < page1.indexOf("Findings"), qPrintable(page1));
    const QJsonObject c = parse(runCli({"case", "show", "--json", casePath}).out);
    QVERIFY2(c["evidence"].toObject()["check"].toString().startsWith("changed"),
             qPrintable(c["evidence"].toObject()["check"].toString()));

    // Other evidence into this case: refused, and the case is not touched.
    const QByteArray before = fileHash(casePath);
    const CliResult other = runCli({"analyse", testpaths::shared("samples/faces/real/real00240.jpg"), "--case",
                                    casePath, "--model", model(), "--methods", "lime", "--samples", "64", "--quiet"},
                                   300000);
    QVERIFY(other.exitCode != 0);
    QVERIFY2(other.err.contains("other evidence"), other.err.constData());
    QCOMPARE(fileHash(casePath), before);
    // Refused before any model is loaded: a model that does not exist is never reached.
    const CliResult early = runCli({"analyse", testpaths::shared("samples/faces/real/real00240.jpg"), "--case",
                                    casePath, "--model", dir_.filePath("no-such-model.h5"), "--quiet"});
    QCOMPARE(early.exitCode, 1);
    QVERIFY2(early.err.contains("other evidence") && !early.err.contains("no-such-model"), early.err.constData());
    QCOMPARE(fileHash(casePath), before);
}

void TestCaseCli::aFileThatIsNotACaseIsRefusedUntouched() {
    const QString path = dir_.filePath("notes.fakelens");
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("these are my notes, not a case\n");
    }
    const QByteArray before = fileHash(path);
    const CliResult show = runCli({"case", "show", path});
    QVERIFY(show.exitCode != 0);
    QVERIFY2(show.err.contains("not a FakeLens case"), show.err.constData());
    const CliResult report = runCli({"report", "--case", path, "--out", dir_.filePath("x.pdf")});
    QVERIFY(report.exitCode != 0);
    QVERIFY(!QFile::exists(dir_.filePath("x.pdf")));
    const CliResult analyse = runCli({"analyse", testpaths::shared("samples/faces/fake/df00204.jpg"), "--case", path,
                                      "--model", model(), "--quiet"});
    QVERIFY(analyse.exitCode != 0);
    // Named as evidence, a .fakelens file is called a case, with where to open it.
    const CliResult detect = runCli({"detect", path, "--model", model()});
    QCOMPARE(detect.exitCode, 1);
    QVERIFY2(detect.err.contains("a FakeLens case, not an image or video") && detect.err.contains("case show"),
             detect.err.constData());
    QCOMPARE(fileHash(path), before);
}

void TestCaseCli::aNoteNamesOnlyAFaceAndFrameTheCaseHas() {
    const QString casePath = dir_.filePath("notes-target.fakelens");
    const CliResult analyse = runCli({"analyse", testpaths::shared("samples/faces/fake/df00204.jpg"), "--case",
                                      casePath, "--model", model(), "--methods", "gradcam", "--quiet"},
                                     300000);
    QVERIFY2(analyse.exitCode == 0, analyse.err.constData());
    const QByteArray before = fileHash(casePath);
    struct Refused {
        QStringList options;
        QByteArray why;
    };
    const QList<Refused> refused = {
        {{"--text", ""}, "--text: the note has no text"},
        {{"--text", "  "}, "--text: the note has no text"},
        {{"--text", "mouth", "--face", "2"}, "--face: the case's analysis has one face section (--face 1)"},
        {{"--text", "mouth", "--frame", "99"}, "--frame: the evidence is an image: it has frame 0 only"},
    };
    for (const Refused& r : refused) {
        const CliResult note = runCli(QStringList{"case", "note", casePath} + r.options);
        QVERIFY2(note.exitCode == 2, qPrintable(r.options.join(' ') + ": " + note.err));
        QVERIFY2(note.err.contains(r.why), note.err.constData());
        QCOMPARE(fileHash(casePath), before); // nothing written, not even an audit row
    }
    const CliResult note = runCli({"case", "note", casePath, "--text", "mouth", "--face", "1", "--frame", "0"});
    QVERIFY2(note.exitCode == 0, note.err.constData());
    const QJsonArray findings = parse(runCli({"case", "show", "--json", casePath}).out)["findings"].toArray();
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first()["text"].toString(), QStringLiteral("mouth"));
}

QTEST_GUILESS_MAIN(TestCaseCli)
#include "test_case_cli.moc"
