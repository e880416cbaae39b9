// fakelens-cli report: write the PDF report an investigator puts in a case file, either from a
// saved case (--case FILE: nothing is analysed again, no detector is loaded) or by analysing one
// image or video first (PATH: the same analysis `analyse` saves into a case).
#include "AnalysisOptions.h"
#include "CliSupport.h"
#include "Commands.h"

#include "case/CaseFile.h"
#include "case/EvidenceCheck.h"
#include "report/ReportWriter.h"
#include "report/RobustnessOutcome.h"

#include <QFileInfo>

#include <cstdio>
#include <memory>

#include <unistd.h>

namespace cli {

namespace {

void printWritten(const fakelens::ReportWriteResult& written, const fakelens::ReportInput& input) {
    printLine(QStringLiteral("wrote %1 (%2 pages, %3 bytes): %4 face(s) in %5 frame(s); verdict %6")
                  .arg(written.path)
                  .arg(written.pages)
                  .arg(written.bytes)
                  .arg(input.facesScored)
                  .arg(input.framesAnalysed.size())
                  .arg(verdictLine(input.verdict)));
    // As on page 1: a verdict that a small change of the evidence flips is said where it is read.
    const fakelens::RobustnessOutcome robustness = fakelens::robustnessOutcome(input);
    if (robustness.tested > 0)
        printLine(QStringLiteral("robustness: %1 of %2 re-tested face(s) change their verdict under a small change of "
                                 "the evidence%3")
                      .arg(robustness.unstable.size())
                      .arg(robustness.tested)
                      .arg(robustness.unstable.empty() ? QString()
                                                       : QStringLiteral(" (UNSTABLE: see the report's robustness tables)")));
}

// kOk when the PDF may be written to `out`; else prints why and returns the exit code: kUsage for
// a destination FakeLens refuses by rule (inside the evidence's folder), kInputFailed for one
// that cannot work (no such folder, not writable). Both forms of `report` answer alike.
int refusedDestination(const QString& out, const QString& evidencePath) {
    try {
        fakelens::checkReportDestination(out, evidencePath);
        return kOk;
    } catch (const fakelens::Error& e) {
        printError(e);
        return e.code() == fakelens::ErrorCode::InvalidArgument ? kUsage : kInputFailed;
    }
}

// The options given that only shape an analysis (or the detector that runs it): with --case
// nothing is analysed, so they would be ignored, and a report that looks as if it honoured
// --case-id or --samples is worse than a refusal. Everything but these few is such an option, so
// an option added to addAnalysisOptions() or addModelOptions() is covered without a list here.
QStringList analysisOnlyOptions(const QCommandLineParser& parser) {
    static const QStringList kApplyToCase{"out", "case", "quiet", "help", "h", "?", "help-all"};
    QStringList given;
    for (const QString& name : parser.optionNames())
        if (!kApplyToCase.contains(name) && !given.contains(QStringLiteral("--") + name))
            given << QStringLiteral("--") + name;
    return given;
}

// The report of a saved case: loads it read-only, checks the evidence against its hash (a
// mismatch is printed on stderr and on page 1), and writes the PDF.
int reportFromCase(const QString& casePath, const QString& out, bool interactive) {
    const fakelens::ProgressReporter progress = terminalProgress(interactive);
    return runCancellable(Text::tr("report: cancelled; no report was written"), [&](const fakelens::CancelToken& cancel) {
        const std::unique_ptr<fakelens::CaseFile> file = fakelens::CaseFile::open(casePath, true);
        if (!file->hasAnalysis()) {
            printError(Text::tr("%1: the case holds no analysis yet (run fakelens-cli analyse EVIDENCE --case %1)")
                           .arg(casePath));
            return int(kInputFailed);
        }
        fakelens::ReportInput input = file->loadAnalysis();
        const QString check = fakelens::evidenceCheck(input.evidence);
        if (check != QLatin1String("ok")) {
            const QString warning = Text::tr("WARNING: the evidence file is not the one analysed: %1. The findings "
                                             "below describe the file with the SHA-256 stated under Evidence.")
                                        .arg(check);
            printError(warning);
            input.evidenceWarning = warning;
        }
        if (const int refused = refusedDestination(out, input.evidence.path); refused != kOk)
            return refused;
        printWritten(fakelens::writeReportPdf(input, out, progress, cancel), input);
        return int(kOk);
    });
}

} // namespace

int runReport(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Write a PDF report for a case file: case and examiner, the one verdict and its rule, the "
                 "examiner's conclusion and notes, the evidence's SHA-256 and media properties, the model, "
                 "every face with a section (frame, timecode, track, P(fake)), the classic and adversarial "
                 "heatmaps of each method side by side, the adversarial sample, optionally the evaluation, the "
                 "score timeline of a video, and every parameter and seed needed to reproduce the figures. "
                 "With --case the report is rendered from a saved case without running the detector; with "
                 "PATH the evidence is analysed first, as `analyse` does."));
    parser.addHelpOption();
    parser.addPositionalArgument("PATH",
                                 Text::tr("The evidence: an image or a video (opened read-only). Not with --case."));
    parser.addOption(
        {"out", Text::tr("The PDF to write (required). Written atomically: a failed export leaves no file."),
         "FILE.pdf"});
    parser.addOption({"case",
                      Text::tr("Render the report of this saved case (see `analyse`). The case keeps its own "
                               "analysis, case ID and examiner: the analysis and model options below apply only "
                               "when report analyses evidence (PATH) and are refused with --case."),
                      "FILE"});
    addModelOptions(parser);
    addAnalysisOptions(parser);
    if (!parseOrExplain(parser, arguments))
        return kUsage;
    if (!parser.isSet("out") || parser.value("out").isEmpty()) {
        printError(Text::tr("report: give the PDF to write with --out FILE.pdf"));
        return kUsage;
    }
    const QString out = parser.value("out");
    const bool interactive = !parser.isSet("quiet") && isatty(fileno(stderr));
    if (parser.isSet("case")) {
        if (!parser.positionalArguments().isEmpty()) {
            printError(Text::tr("report: give either --case FILE or the evidence PATH, not both"));
            return kUsage;
        }
        if (const QStringList ignored = analysisOnlyOptions(parser); !ignored.isEmpty()) {
            printError(Text::tr("report: %1 apply only when report analyses evidence (PATH); a case keeps its own "
                                "analysis, case ID and examiner (analyse the evidence again with fakelens-cli "
                                "analyse EVIDENCE --case FILE, or set the conclusion with fakelens-cli case note "
                                "FILE --conclusion TEXT)")
                           .arg(ignored.join(QStringLiteral(", "))));
            return kUsage;
        }
        return reportFromCase(parser.value("case"), out, interactive);
    }
    if (parser.positionalArguments().size() != 1) {
        printError(Text::tr("report: give exactly one PATH, or --case FILE"));
        return kUsage;
    }
    const QString path = parser.positionalArguments().first();

    fakelens::ReportJob job;
    try {
        job = analysisJobFromOptions(parser, path, QStringLiteral("report"), arguments);
    } catch (const fakelens::Error& e) {
        printError(e);
        return kUsage;
    }
    if (!QFileInfo::exists(path)) {
        printError(Text::tr("%1: file not found").arg(path));
        return kInputFailed;
    }
    // A destination that cannot work fails now, not after minutes of analysis.
    if (const int refused = refusedDestination(out, path); refused != kOk)
        return refused;

    std::unique_ptr<fakelens::Detector> detector;
    std::unique_ptr<fakelens::FaceDetector> faceDetector;
    try {
        // First: its landmark model loads on a thread of its own while the detector loads.
        faceDetector = faceDetectorFromOptions(parser);
        detector = loadDetectorFromOptions(parser);
    } catch (const fakelens::Error& e) {
        printError(e);
        return e.code() == fakelens::ErrorCode::InvalidArgument ? kUsage : kModelFailed;
    }

    const fakelens::ProgressReporter progress = terminalProgress(interactive);
    return runCancellable(Text::tr("report: cancelled; no report was written"), [&](const fakelens::CancelToken& cancel) {
        const fakelens::ReportInput input =
            fakelens::buildReportInput(job, *detector, faceDetector.get(), progress.sub(0.0, 0.9), cancel);
        printWritten(fakelens::writeReportPdf(input, out, progress.sub(0.9, 1.0), cancel), input);
        return int(kOk);
    });
}

} // namespace cli
