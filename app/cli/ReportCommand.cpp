// fakelens-cli report: analyse one image or video and write the PDF report an investigator puts
// in a case file (engine/report).
#include "CliSupport.h"
#include "Commands.h"
#include "ExplainOptions.h"

#include "faces/FaceDetector.h"
#include "report/ReportBuilder.h"
#include "report/ReportWriter.h"

#include <QFileInfo>

#include <csignal>
#include <cstdio>
#include <memory>

#include <unistd.h>

namespace cli {

namespace {

// The command as typed, for the report's reproduction section (arguments with spaces quoted).
QString commandLine(const QStringList& arguments) {
    QStringList words{QStringLiteral("fakelens-cli"), QStringLiteral("report")};
    for (const QString& a : arguments.mid(1))
        words << (a.contains(QLatin1Char(' ')) || a.isEmpty() ? QLatin1Char('\'') + a + QLatin1Char('\'') : a);
    return words.join(QLatin1Char(' '));
}

void addReportOptions(QCommandLineParser& parser) {
    parser.addOption(
        {"out",
         Text::tr(
             "The PDF to write (required). Written atomically: a failed export leaves no file."),
         "FILE.pdf"});
    parser.addOption({"case", Text::tr("Case ID printed in the header and on every page."), "ID"});
    parser.addOption({"examiner", Text::tr("Examiner's name printed in the header."), "NAME"});
    // --method is the name `explain` uses; both are accepted (ExplainOptions reads "method").
    parser.addOption({{"methods", "method"},
                      Text::tr("lime|lime_adv|shap|shap_adv|sobol|sobol_adv|rise|rise_adv|all, or "
                               "a comma-separated list "
                               "(default all: each method classic and adversarial)."),
                      "LIST",
                      "all"});
    parser.addOption(
        {"samples",
         Text::tr(
             "Samples per method (LIME/SHAP evaluations, RISE masks; SOBOL designs = N/64 rounded "
             "down to a power of two). Default: the paper's settings (one to two minutes per face "
             "for all eight methods on 2 cores)."),
         "N"});
    parser.addOption({"seed", Text::tr("Random seed (default 0)."), "N", "0"});
    parser.addOption({"segments", Text::tr("SLIC superpixels (default 50)."), "N", "50"});
    parser.addOption({"nes-iterations",
                      Text::tr("NES iterations for the adversarial sample (default 80)."), "N"});
    parser.addOption(
        {"paper-compatible",
         Text::tr("Use the paper's code's NES step rule (clip each step, no projection).")});
    addNesNoiseOption(parser);
    parser.addOption(
        {"frames",
         Text::tr(
             "Video frames START:END:STEP (END exclusive). Default: about 100 frames spread evenly "
             "over the whole video."),
         "RANGE"});
    parser.addOption(
        {"explain-faces",
         Text::tr("Explain at most N faces called fake, highest P(fake) first (default 4 for an "
                  "image, 1 for a video)."),
         "N"});
    parser.addOption(
        {"evaluate",
         Text::tr("Also evaluate the explanations of each explained face (top-k NES attack; can "
                  "take many minutes per face on a CPU).")});
    parser.addOption({"topk",
                      Text::tr("With --evaluate: attack the top-1 .. top-K segments (default 3)."),
                      "K", "3"});
    parser.addOption({"no-budget", Text::tr("With --evaluate: skip the minimal-budget search.")});
    parser.addOption(
        {"no-detect",
         Text::tr("Take the image (or each frame) whole as one face (for face crops).")});
    parser.addOption({"upsample", Text::tr("Face detector upsampling (default 1)."), "N", "1"});
    parser.addOption({"quiet", Text::tr("No progress on stderr.")});
}

} // namespace

int runReport(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Analyse an image or a video and write a PDF report for a case file: case and "
                 "examiner, the evidence's "
                 "SHA-256 and media properties, the model, every analysed face with P(fake) and "
                 "verdict, the classic and "
                 "adversarial heatmaps of each method side by side, the adversarial sample, "
                 "optionally the evaluation, the "
                 "score timeline of a video, and every parameter and seed needed to reproduce the "
                 "figures."));
    parser.addHelpOption();
    parser.addPositionalArgument("PATH",
                                 Text::tr("The evidence: an image or a video (opened read-only)."));
    addModelOptions(parser);
    addReportOptions(parser);
    if (!parseOrExplain(parser, arguments))
        return kUsage;
    if (parser.positionalArguments().size() != 1) {
        printError(Text::tr("report: give exactly one PATH"));
        return kUsage;
    }
    if (!parser.isSet("out") || parser.value("out").isEmpty()) {
        printError(Text::tr("report: give the PDF to write with --out FILE.pdf"));
        return kUsage;
    }
    const QString path = parser.positionalArguments().first();
    const QString out = parser.value("out");

    fakelens::ReportJob job;
    try {
        job.evidencePath = path;
        job.caseDetails.caseId = parser.value("case");
        job.caseDetails.examiner = parser.value("examiner");
        job.explain = requestFromOptions(parser);
        if (parser.isSet("frames")) {
            const FrameRange range = parseFrameRange(parser.value("frames"));
            job.frames.start = range.start;
            job.frames.end = range.end;
            job.frames.step = range.step;
        }
        if (parser.isSet("explain-faces"))
            job.maxExplainedFaces = intOption(parser, "explain-faces", 1, 1000);
        if (parser.isSet("evaluate")) {
            fakelens::EvaluationSettings evaluation;
            evaluation.topK = intOption(parser, "topk", 1, 50);
            evaluation.measureMinimalBudget = !parser.isSet("no-budget");
            evaluation.attack.paperCompatible = job.explain.nes.paperCompatible;
            evaluation.attack.perChannel = job.explain.nes.perChannel;
            job.evaluation = evaluation;
        }
        intOption(parser, "upsample", 0, 4);
        job.commandLine = commandLine(arguments);
    } catch (const fakelens::Error& e) {
        printError(e);
        return kUsage;
    }
    if (!QFileInfo::exists(path)) {
        printError(Text::tr("%1: file not found").arg(path));
        return kInputFailed;
    }
    // A destination that cannot work fails now, not after minutes of analysis.
    try {
        fakelens::checkReportDestination(out, path);
    } catch (const fakelens::Error& e) {
        printError(e);
        return e.code() == fakelens::ErrorCode::InvalidArgument ? kUsage : kInputFailed;
    }

    std::unique_ptr<fakelens::Detector> detector;
    std::unique_ptr<fakelens::FaceDetector> faceDetector;
    try {
        detector = loadDetectorFromOptions(parser);
        if (!parser.isSet("no-detect")) {
            fakelens::FaceDetectorOptions options;
            options.upsample = parser.value("upsample").toInt();
            faceDetector = std::make_unique<fakelens::FaceDetector>(options);
        }
    } catch (const fakelens::Error& e) {
        printError(e);
        return e.code() == fakelens::ErrorCode::InvalidArgument ? kUsage : kModelFailed;
    }

    const bool interactive = !parser.isSet("quiet") && isatty(fileno(stderr));
    const fakelens::ProgressReporter progress = terminalProgress(interactive);
    fakelens::CancelToken cancel;
    const SignalCancellation signalGuard(cancel);
    int status = kOk;
    try {
        const fakelens::ReportInput input =
            fakelens::buildReportInput(job, *detector, faceDetector.get(), progress.sub(0.0, 0.9), cancel);
        const fakelens::ReportWriteResult written = fakelens::writeReportPdf(input, out, progress.sub(0.9, 1.0), cancel);
        if (interactive)
            std::fprintf(stderr, "\n");
        printLine(QStringLiteral("wrote %1 (%2 pages, %3 bytes): %4 face(s) in %5 frame(s), %6 called fake")
                      .arg(written.path)
                      .arg(written.pages)
                      .arg(written.bytes)
                      .arg(input.facesScored)
                      .arg(input.framesAnalysed.size())
                      .arg(input.facesCalledFake));
    } catch (const fakelens::CancelledError&) {
        printError(Text::tr("report: cancelled; no report was written"));
        status = kCancelled;
    } catch (const fakelens::Error& e) {
        if (interactive)
            std::fprintf(stderr, "\n");
        printError(e);
        status = kInputFailed;
    }
    return status;
}

} // namespace cli
