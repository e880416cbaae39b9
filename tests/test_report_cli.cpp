// fakelens-cli report on the real samples and the real model: a report for a fake face image and
// for a short stretch of a deepfake video, checked with poppler (the evidence's SHA-256, the
// verdict and P(fake) that `detect` gives, every method run, the page count, every page
// rendered), and an export to an impossible destination: non-zero exit, a message naming the
// path, no file.
#include "support/CliRunner.h"
#include "support/TestPaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

namespace {

QString runTool(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString sha256(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

int pdfPages(const QString& pdf) {
    const QRegularExpressionMatch m = QRegularExpression("Pages:\\s+(\\d+)").match(runTool("pdfinfo", {pdf}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// The page count the CLI reports: "wrote FILE (N pages, ...".
int reportedPages(const QByteArray& out) {
    const QRegularExpressionMatch m = QRegularExpression("wrote .* \\((\\d+) pages").match(QString::fromUtf8(out));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// pdftoppm must render every page, and each page must show more than its header and footer.
void checkEveryPageRenders(const QString& pdf, int pages, const QString& folder) {
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    runTool("pdftoppm", {"-r", "40", "-png", pdf, QDir(folder).filePath("page")});
    const QStringList pngs = QDir(folder).entryList({"page-*.png"}, QDir::Files, QDir::Name);
    QCOMPARE(int(pngs.size()), pages);
    for (const QString& name : pngs) {
        const QImage page = QImage(QDir(folder).filePath(name)).convertToFormat(QImage::Format_Grayscale8);
        QVERIFY2(!page.isNull(), qPrintable(name));
        int dark = 0;
        for (int y = page.height() * 25 / 297; y < page.height() * 275 / 297; ++y)
            for (int x = 0; x < page.width(); ++x)
                dark += page.constScanLine(y)[x] < 200 ? 1 : 0;
        QVERIFY2(dark > 200, qPrintable(name + " looks blank"));
    }
}

const QString kFakeFace = QStringLiteral("samples/faces/fake/df00204.jpg");
const QString kVideo = QStringLiteral("samples/videos/ffpp_519_515_deepfakes.mp4");

} // namespace

class TestReportCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void imageReport() {
        const QString evidence = testpaths::shared(kFakeFace);
        const QString pdf = testpaths::output("report_cli/df00204.pdf");
        QFile::remove(pdf);
        const CliResult r = runCli({"report", evidence, "--out", pdf, "--model", testpaths::kerasWeights("Meso4_DF"),
                                    "--methods", "lime,lime_adv", "--samples", "64", "--nes-iterations", "30",
                                    "--seed", "5", "--case-id", "CASE-2025-042", "--examiner", "A. Examiner"},
                                   240000);
        QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
        const int pages = reportedPages(r.out);
        QVERIFY2(pages >= 3, r.out.constData());
        QCOMPARE(pdfPages(pdf), pages);
        checkEveryPageRenders(pdf, pages, testpaths::output("report_cli/df00204_pages"));

        // What `detect` says about the same face must be what the report says.
        const CliResult d = runCli({"detect", "--json", "--model", testpaths::kerasWeights("Meso4_DF"), evidence}, 60000);
        QVERIFY2(d.finished && d.exitCode == 0, d.err.constData());
        const QJsonArray faces = QJsonDocument::fromJson(d.out).object()["inputs"].toArray()[0].toObject()["faces"].toArray();
        QCOMPARE(faces.size(), 1);
        const QJsonObject face = faces[0].toObject();
        QCOMPARE(face["verdict"].toString(), QString("fake"));

        const QString text = runTool("pdftotext", {"-layout", pdf, "-"});
        QVERIFY2(text.contains(sha256(evidence)), qPrintable(sha256(evidence)));
        QVERIFY(text.contains(sha256(testpaths::kerasWeights("Meso4_DF"))));
        QVERIFY(text.contains(QRegularExpression("Verdict of the detector:\\s+fake")));
        QVERIFY(text.contains("Verdict: fake"));
        QVERIFY2(text.contains(QString::number(face["fake_probability"].toDouble(), 'f', 4)),
                 qPrintable(QString::number(face["fake_probability"].toDouble(), 'f', 4)));
        QVERIFY(text.contains("LIME_adv"));
        QVERIFY(text.contains("LIME and LIME_adv"));
        QVERIFY(!text.contains("SHAP_adv top")); // only the methods asked for
        QVERIFY(text.contains("Adversarial sample"));
        QVERIFY(text.contains("CASE-2025-042"));
        QVERIFY(text.contains("A. Examiner"));
        QVERIFY(text.contains("How to read this report"));
        QVERIFY(text.contains("Parameters and reproduction"));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    }

    void videoReport() {
        const QString evidence = testpaths::shared(kVideo);
        const QString pdf = testpaths::output("report_cli/video.pdf");
        QFile::remove(pdf);
        const CliResult r = runCli({"report", evidence, "--out", pdf, "--model", testpaths::kerasWeights("Meso4_DF"),
                                    "--frames", "0:50:25", "--methods", "lime", "--samples", "64", "--case-id", "V-1"},
                                   240000);
        QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("in 2 frame(s)"), r.out.constData());
        const int pages = reportedPages(r.out);
        QCOMPARE(pdfPages(pdf), pages);
        checkEveryPageRenders(pdf, pages, testpaths::output("report_cli/video_pages"));

        const QString text = runTool("pdftotext", {"-layout", pdf, "-"});
        QVERIFY(text.contains(sha256(evidence)));
        QVERIFY(text.contains("Score timeline"));
        QVERIFY(text.contains("Appendix: face tracks"));
        QVERIFY(text.contains("640 x 480 pixels"));
        QVERIFY(text.contains("one frame in 25 from frame 0 to 49; 2 frame(s) analysed")); // no brackets in brackets
        QVERIFY(QRegularExpression("Frame numbers\\s+0, 25\\b").match(text).hasMatch());
        QVERIFY(text.contains("LIME heatmap"));
        QVERIFY(text.contains("LIME_adv was not run"));
        QVERIFY(!text.contains("LIME_adv heatmap"));
    }

    void unwritableDestinationFailsWithoutAFile() {
        // A regular file where the folder should be, and a folder that does not exist: both
        // fail even when the tests run as root (permissions would not stop root).
        const QString plain = testpaths::output("report_cli/not_a_folder.txt");
        QFile f(plain);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("x");
        f.close();
        const QString missing = testpaths::output("report_cli/missing");
        QDir(missing).removeRecursively();
        for (const QString& target : {plain + "/report.pdf", missing + "/deeper/report.pdf"}) {
            const CliResult r = runCli({"report", testpaths::shared(kFakeFace), "--out", target, "--model",
                                        testpaths::kerasWeights("Meso4_DF"), "--methods", "lime", "--samples", "16"},
                                       120000);
            QVERIFY(r.finished);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(target.toUtf8()), r.err.constData());
            QVERIFY(r.out.isEmpty());
            QVERIFY(!QFileInfo::exists(target));
        }
        QVERIFY(!QFileInfo::exists(missing));
    }

    void usageErrors() {
        const CliResult noOut = runCli({"report", testpaths::shared(kFakeFace)});
        QCOMPARE(noOut.exitCode, 2);
        QVERIFY(noOut.err.contains("--out"));
        const CliResult badMethod = runCli({"report", testpaths::shared(kFakeFace), "--out", "/tmp/x.pdf", "--methods", "no_such_method"});
        QCOMPARE(badMethod.exitCode, 2);
        const CliResult missing = runCli({"report", "/nonexistent/evidence.jpg", "--out", testpaths::output("report_cli/x.pdf"),
                                          "--model", testpaths::kerasWeights("Meso4_DF")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("/nonexistent/evidence.jpg"));
        QVERIFY(!QFileInfo::exists(testpaths::output("report_cli/x.pdf")));
        // Never beside the evidence (a copy of it, so that a bug could not write into ../shared).
        const QString copy = testpaths::output("report_cli/evidence/df00204.jpg");
        QFile::remove(copy);
        QVERIFY(QFile::copy(testpaths::shared(kFakeFace), copy));
        const QString beside = QFileInfo(copy).absoluteDir().filePath("fakelens-report.pdf");
        const CliResult r = runCli({"report", copy, "--out", beside, "--model", testpaths::kerasWeights("Meso4_DF")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("evidence"), r.err.constData());
        QVERIFY(!QFileInfo::exists(beside));

        // With --case nothing is analysed: an option that only shapes an analysis is refused, named,
        // before the case is even opened (this one does not exist), never silently ignored.
        const QString pdf = testpaths::output("report_cli/from_case.pdf");
        const CliResult withCase = runCli({"report", "--case", testpaths::output("report_cli/none.fakelens"), "--out",
                                           pdf, "--case-id", "OTHER", "--examiner", "X", "--samples", "50", "--method",
                                           "lime", "--model", testpaths::kerasWeights("Meso4_DF"), "--quiet"});
        QCOMPARE(withCase.exitCode, 2);
        QCOMPARE(withCase.err.count('\n'), 1); // one line
        QVERIFY2(withCase.err.contains("report: --case-id, --examiner, --samples, --method, --model apply only when "
                                       "report analyses evidence (PATH); a case keeps its own analysis"),
                 withCase.err.constData());
        QVERIFY(withCase.err.contains("case note FILE --conclusion"));
        QVERIFY(!QFileInfo::exists(pdf));
        QVERIFY(runCli({"report", "--help"}).out.simplified().contains("are refused with --case"));
    }
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "test_report_cli.moc"
