// engine/report on a synthetic detector (fast): the API the GUI and the CLI share. A report for
// an image and for a small video, each checked with poppler's tools (text, page count, every
// page rendered and not blank), and the failure contract: an export that cannot be completed
// (folder missing or not a folder, cancelled, the evidence itself as the target) throws
// Error naming the path and leaves no file, and an earlier report is never half-replaced.
#include "core/Error.h"
#include "case/CaseFile.h"
#include "case/AnalysisBuilder.h"
#include "report/ReportComposer.h"
#include "case/AnalysisSources.h"
#include "report/ReportWriter.h"
#include "support/SyntheticDetector.h"
#include "support/TestPaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

using namespace fakelens;

namespace {

QString runTool(const QString& program, const QStringList& arguments, int* exitCode = nullptr) {
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString independentSha256(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
}

int pdfPages(const QString& pdf) {
    const QString info = runTool("pdfinfo", {pdf});
    const QRegularExpressionMatch m = QRegularExpression("Pages:\\s+(\\d+)").match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// Renders every page at low resolution; returns how many PNGs show something besides the
// running header and footer (a blank body would mean a layout bug).
int nonBlankRenderedPages(const QString& pdf, const QString& folder, int* rendered) {
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    runTool("pdftoppm", {"-r", "40", "-png", pdf, QDir(folder).filePath("page")});
    const QStringList pngs = QDir(folder).entryList({"page-*.png"}, QDir::Files, QDir::Name);
    *rendered = int(pngs.size());
    int nonBlank = 0;
    for (const QString& name : pngs) {
        const QImage page = QImage(QDir(folder).filePath(name)).convertToFormat(QImage::Format_Grayscale8);
        // The body: between the header (22 mm) and the footer (20 mm) of a 297 mm page.
        int dark = 0;
        for (int y = page.height() * 25 / 297; y < page.height() * 275 / 297; ++y)
            for (int x = 0; x < page.width(); ++x)
                dark += page.constScanLine(y)[x] < 200 ? 1 : 0;
        nonBlank += dark > 200 ? 1 : 0;
    }
    return nonBlank;
}

ExplainRequest smallRequest() {
    ExplainRequest request;
    request.methods = {"LIME", "lime_adv"};
    request.settings.set("LIME", "samples", 200);
    request.nes.maxIterations = 40;
    request.seed = 11;
    return request;
}

} // namespace

class TestReport : public QObject {
    Q_OBJECT

private:
    QString evidenceImage_;
    QString evidenceVideo_;

private Q_SLOTS:
    void initTestCase() {
        // The "evidence": the synthetic face the synthetic detector calls fake, as a PNG and
        // as a short MJPG video (lossy, so the detector's scores vary between frames).
        const cv::Mat face = makeSyntheticImage();
        cv::Mat rgb8, bgr;
        face.convertTo(rgb8, CV_8UC3, 255.0);
        cv::cvtColor(rgb8, bgr, cv::COLOR_RGB2BGR);
        evidenceImage_ = testpaths::output("report_engine/evidence/face.png");
        QVERIFY(cv::imwrite(evidenceImage_.toStdString(), bgr));
        evidenceVideo_ = testpaths::output("report_engine/evidence/clip.avi");
        cv::VideoWriter writer(evidenceVideo_.toStdString(), cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 10.0,
                               bgr.size());
        QVERIFY(writer.isOpened());
        for (int i = 0; i < 12; ++i) {
            cv::Mat frame = bgr.clone();
            if (i % 4 == 2) // frames 2, 6, 10 lose the evidence: "real" points on the timeline
                cv::GaussianBlur(frame, frame, cv::Size(5, 5), 2.0);
            writer.write(frame);
        }
        writer.release();
    }

    void imageReportWithEvaluation() {
        SyntheticDetector detector;
        ReportJob job;
        job.evidencePath = evidenceImage_;
        job.caseDetails.caseId = "TEST-<7>&";  // HTML-special characters must come out as typed
        job.caseDetails.examiner = "Q. Tester";
        job.explain = smallRequest();
        EvaluationSettings evaluation;
        evaluation.topK = 2;
        evaluation.attack.maxIterations = 20;
        evaluation.measureMinimalBudget = false;
        job.evaluation = evaluation;
        std::vector<std::string> stages;
        const ReportInput input = buildReportInput(job, detector, nullptr,
                                                   ProgressReporter([&stages](double, const std::string& s) {
                                                       if (stages.empty() || stages.back() != s)
                                                           stages.push_back(s);
                                                   }));
        QCOMPARE(input.evidence.sha256, independentSha256(evidenceImage_));
        QCOMPARE(input.faces.size(), size_t(1));
        QVERIFY(input.faces[0].fake);
        QVERIFY(input.faces[0].explanation.has_value());
        QCOMPARE(input.faces[0].explanation->explanations.size(), size_t(2));
        QVERIFY(input.faces[0].evaluation.has_value());
        // Robustness (issue 18, part 4): the synthetic detector reads a one-pixel checkerboard,
        // which a one-pixel shift inverts and halving the image averages away: unstable.
        QVERIFY(input.faces[0].robustness.has_value());
        const RobustnessResult& robustness = *input.faces[0].robustness;
        QCOMPARE(robustness.variants.size(), size_t(9));
        QCOMPARE(robustness.originalFakeProbability, input.faces[0].fakeProbability);
        QVERIFY(robustness.unstable);
        for (const RobustnessVariant& v : robustness.variants)
            if (v.name == "shift-right" || v.name == "scale0.5")
                QVERIFY2(v.call == FaceCall::Real, v.name.c_str());
        QVERIFY(std::find(stages.begin(), stages.end(), "hash") != stages.end());
        QVERIFY(std::find(stages.begin(), stages.end(), "lime") != stages.end());

        const QString pdf = testpaths::output("report_engine/image.pdf");
        QFile::remove(pdf);
        const ReportWriteResult written = writeReportPdf(input, pdf);
        QVERIFY(QFileInfo(pdf).size() > 10000);
        QCOMPARE(written.bytes, QFileInfo(pdf).size());
        QCOMPARE(pdfPages(pdf), written.pages);
        QVERIFY2(written.pages >= 3 && written.pages <= 8, qPrintable(QString::number(written.pages)));
        int rendered = 0;
        QCOMPARE(nonBlankRenderedPages(pdf, testpaths::output("report_engine/image_pages"), &rendered), written.pages);
        QCOMPARE(rendered, written.pages);

        const QString text = runTool("pdftotext", {"-layout", pdf, "-"});
        QVERIFY(text.contains(independentSha256(evidenceImage_)));
        QVERIFY(text.contains("TEST-<7>&"));
        QVERIFY(text.contains("Q. Tester"));
        QVERIFY(text.contains(QRegularExpression("Verdict of the detector:\\s+fake")));
        QVERIFY(text.contains("LIME_adv"));
        QVERIFY(text.contains("Evaluation of the explanations"));
        QVERIFY(text.contains("Robustness of the verdict"));
        QVERIFY(text.contains("Unstable:"));
        QVERIFY(text.contains("face shifted 1 pixel right"));
        QVERIFY(text.contains("when the analysis was made"));
        QVERIFY(text.contains("RANDOM"));
        // Rows whose top-k is an earlier row's top-k are one attack: the report says which.
        const FaceEvaluation& ev = *input.faces[0].evaluation;
        QStringList copies;
        for (size_t mi = 0; mi < ev.methods.size(); ++mi)
            for (size_t ai = 0; ai < ev.methods[mi].attacks.size(); ++ai)
                if (ev.methods[mi].attacks[ai].reused) {
                    const std::optional<AttackPosition> origin = attackOrigin(ev, mi, ai);
                    QVERIFY(origin.has_value());
                    copies << QStringLiteral("%1 top-%2 is %3 top-%4")
                                  .arg(QString::fromStdString(ev.methods[mi].method))
                                  .arg(ev.methods[mi].attacks[ai].k)
                                  .arg(QString::fromStdString(ev.methods[origin->method].method))
                                  .arg(ev.methods[origin->method].attacks[origin->attack].k);
                }
        QVERIFY2(!copies.isEmpty(), "seeded: LIME and LIME_adv share a top-k set on the synthetic face");
        const QString flat = text.simplified();
        QVERIFY(flat.contains("one attack shown twice"));
        for (const QString& copy : copies)
            QVERIFY2(flat.contains(copy), qPrintable(copy));
        // Page 1 says that the verdict is unstable, naming the face: the table is pages later.
        const QString pageOne = runTool("pdftotext", {"-l", "1", pdf, "-"}).simplified();
        QVERIFY2(pageOne.contains("Unstable: the verdict of face 1 changes under a small change of the evidence"),
                 qPrintable(pageOne));
        // The reproduction section describes the colour scale the figures use: one per pair.
        QVERIFY2(flat.contains("a method's classic and adversarial map share one scale"), qPrintable(flat));
        QVERIFY(!flat.contains("its own minimum and maximum"));
        QVERIFY(text.contains("Page 1 of"));
        // No ligatures: words stay searchable.
        QVERIFY(text.contains("Model file"));
    }

    // A card with an inconclusive band around the synthetic face's score (~0.77): the report's
    // verdict, the face's section and the faces table say "inconclusive", the face is not
    // explained, and a case saved from it shows the same verdict when reopened.
    void inconclusiveFaceInTheReport() {
        BandedSyntheticDetector detector(0.4, 0.9);
        ReportJob job;
        job.evidencePath = evidenceImage_;
        job.explain = smallRequest();
        ReportInput input = buildReportInput(job, detector, nullptr);
        QCOMPARE(input.faces.size(), size_t(1));
        QVERIFY(input.faces[0].fakeProbability > 0.4 && input.faces[0].fakeProbability < 0.9);
        QCOMPARE(QString::fromStdString(input.verdict.label()), QString("inconclusive"));
        QCOMPARE(input.verdict.inconclusiveUnits, 1);
        QVERIFY(!input.faces[0].explanation.has_value());

        const QString pdf = testpaths::output("report_engine/inconclusive.pdf");
        QFile::remove(pdf);
        writeReportPdf(input, pdf);
        const QString text = runTool("pdftotext", {"-layout", pdf, "-"});
        QVERIFY2(text.contains(QRegularExpression("Verdict of the detector:\\s+inconclusive")), qPrintable(text));
        QVERIFY(text.contains("Verdict: inconclusive"));
        QVERIFY(text.contains(QRegularExpression("inconclusive\\s+band\\s+is\\s+0.40\\s+to\\s+0.90")));
        QVERIFY(text.contains("score is inconclusive"));
        QVERIFY(!text.contains(QRegularExpression("Verdict of the detector:\\s+fake")));

        // The verdict paragraph says how many faces it left out as too small, or that they were kept.
        input.verdict.smallFacesLeftOut = 3;
        auto html = [](const ReportInput& in) {
            QString all;
            const ReportDocument doc = composeReport(in, 96);
            for (const auto& block : doc.blocks())
                all += block.html;
            return all;
        };
        QVERIFY2(html(input).contains("3 face(s) too small to judge (box under 64 pixels) were left out"),
                 qPrintable(html(input)));
        input.verdict.smallFacesLeftOut = 0;
        input.verdict.smallFacesIncluded = true;
        QVERIFY(html(input).contains("kept in the verdict at the examiner&#x27;s request") ||
                html(input).contains("kept in the verdict at the examiner's request"));
        input.verdict.smallFacesIncluded = false;

        // Page 1's findings give the robustness re-test's outcome, stable or not.
        ReportInput probe = input;
        QVERIFY(probe.faces[0].robustness.has_value());
        probe.faces[0].robustness->unstable = false;
        QVERIFY2(html(probe).contains("the verdict of every re-tested face (1) holds under JPEG re-encoding"),
                 qPrintable(html(probe)));
        probe.faces[0].robustness->unstable = true;
        QVERIFY(html(probe).contains("the verdict of face 1 changes under a small change of the evidence"));
        probe.faces[0].robustness.reset();
        QVERIFY(!html(probe).contains("re-tested face") && !html(probe).contains("small change of the evidence"));

        const QString casePath = testpaths::output("report_engine/inconclusive.flcase");
        QFile::remove(casePath);
        CaseFile::create(casePath)->saveAnalysis(input, "tester");
        const ReportInput reopened = CaseFile::open(casePath, true)->loadAnalysis();
        QCOMPARE(QString::fromStdString(reopened.verdict.label()), QString("inconclusive"));
        QCOMPARE(reopened.verdict.inconclusiveUnits, 1);
        QVERIFY(reopened.model.card.hasInconclusiveBand);
        QCOMPARE(reopened.model.card.call(reopened.faces[0].fakeProbability), FaceCall::Inconclusive);
    }

    void videoReportHasTimeline() {
        SyntheticDetector detector;
        ReportJob job;
        job.evidencePath = evidenceVideo_;
        job.explain = smallRequest();
        job.explain.methods = {"LIME"};
        job.frames.step = 2;
        const ReportInput input = buildReportInput(job, detector, nullptr);
        QVERIFY(input.evidence.isVideo);
        QCOMPARE(input.framesAnalysed, (std::vector<int>{0, 2, 4, 6, 8, 10}));
        QCOMPARE(input.timeline.size(), size_t(6));
        QCOMPARE(input.faces.size(), size_t(1)); // one section for a video by default
        const double best = input.faces[0].fakeProbability;
        for (const TimelinePoint& t : input.timeline)
            QVERIFY(t.fakeProbabilities.size() == 1 && t.fakeProbabilities[0] <= best);

        const QString pdf = testpaths::output("report_engine/video.pdf");
        const ReportWriteResult written = writeReportPdf(input, pdf);
        QCOMPARE(pdfPages(pdf), written.pages);
        const QString text = runTool("pdftotext", {"-layout", pdf, "-"});
        QVERIFY(text.contains("Score timeline"));
        QVERIFY(input.faces[0].robustness.has_value());
        QVERIFY(text.contains("Robustness of the verdict"));
        QVERIFY(text.contains("Appendix: face tracks"));
        QVERIFY(text.contains("one frame in 2"));
        QCOMPARE(input.parameters.frameSelection, QString("one frame in 2 from frame 0 to the end; 6 frame(s) analysed"));
        QVERIFY(text.contains(input.evidence.sha256));
    }

    void unwritableDestinationsFailAndLeaveNoFile() {
        SyntheticDetector detector;
        ReportJob job;
        job.evidencePath = evidenceImage_;
        job.explain = smallRequest();
        job.explain.methods = {"LIME"};
        const ReportInput input = buildReportInput(job, detector, nullptr);

        // A regular file where a folder should be: fails even for root.
        const QString notAFolder = testpaths::output("report_engine/plain.txt");
        QFile f(notAFolder);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a folder");
        f.close();
        // (testpaths::output() would create the parent folders.)
        const QString base = QFileInfo(testpaths::output("report_engine/x")).absolutePath();
        QDir(base + "/no").removeRecursively();
        const QString missing = base + "/no/such/folder";
        for (const QString& target : {notAFolder + "/report.pdf", missing + "/report.pdf"}) {
            try {
                writeReportPdf(input, target);
                QFAIL(qPrintable("no error for " + target));
            } catch (const Error& e) {
                QCOMPARE(e.code(), ErrorCode::FileUnwritable);
                QVERIFY2(QString::fromStdString(e.what()).contains(target), e.what());
            }
            QVERIFY(!QFileInfo::exists(target));
        }
        QVERIFY(!QFileInfo::exists(base + "/no")); // nothing created on the way

        // Nothing is written beside the evidence, and the evidence itself is never overwritten.
        const QString before = independentSha256(evidenceImage_);
        const QDir evidenceFolder = QFileInfo(evidenceImage_).absoluteDir();
        const QStringList filesBefore = evidenceFolder.entryList(QDir::Files | QDir::Hidden);
        for (const QString& target : {evidenceImage_, evidenceFolder.filePath("report.pdf")}) {
            try {
                writeReportPdf(input, target);
                QFAIL(qPrintable("no error for " + target));
            } catch (const Error& e) {
                QCOMPARE(e.code(), ErrorCode::InvalidArgument);
                QVERIFY2(QString::fromStdString(e.what()).contains("evidence"), e.what());
            }
        }
        QCOMPARE(independentSha256(evidenceImage_), before);
        QCOMPARE(evidenceFolder.entryList(QDir::Files | QDir::Hidden), filesBefore);
    }

    void cancelledExportKeepsTheEarlierReport() {
        SyntheticDetector detector;
        ReportJob job;
        job.evidencePath = evidenceImage_;
        job.explain = smallRequest();
        job.explain.methods = {"LIME"};
        const ReportInput input = buildReportInput(job, detector, nullptr);
        const QString folder = testpaths::output("report_engine/cancel");
        QDir(folder).removeRecursively();
        QDir().mkpath(folder);
        const QString pdf = QDir(folder).filePath("report.pdf");
        writeReportPdf(input, pdf);
        const QString first = independentSha256(pdf);

        // Cancel while pages are being painted: the first report stays, byte for byte, and no
        // temporary file is left beside it.
        CancelToken cancel;
        const auto cancelOnPages = [&cancel](double, const std::string& stage) {
            if (stage == "pages")
                cancel.cancel();
        };
        QVERIFY_THROWS_EXCEPTION(CancelledError, writeReportPdf(input, pdf, ProgressReporter(cancelOnPages), cancel));
        QCOMPARE(independentSha256(pdf), first);
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{"report.pdf"});
    }

    void hashesLargeFilesInChunks() {
        const QString path = testpaths::output("report_engine/big.bin");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray chunk(1 << 20, 'x');
        for (int i = 0; i < 5; ++i)
            f.write(chunk);
        f.write("tail");
        f.close();
        int calls = 0;
        const QString hash = sha256OfFile(path, ProgressReporter([&calls](double, const std::string&) { ++calls; }));
        QCOMPARE(hash, independentSha256(path));
        QVERIFY(calls >= 5);
        CancelToken cancel;
        cancel.cancel();
        QVERIFY_THROWS_EXCEPTION(CancelledError, sha256OfFile(path, {}, cancel));
        QFile::remove(path);
        try {
            sha256OfFile(path);
            QFAIL("no error for a missing file");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::FileNotFound);
        }
    }
};

QTEST_MAIN(TestReport)
#include "test_report.moc"
