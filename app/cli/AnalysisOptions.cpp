// The analysis options `analyse` and `report PATH` share (see AnalysisOptions.h).
#include "AnalysisOptions.h"

#include "CliSupport.h"
#include "ExplainOptions.h"
#include "FaceBoxOption.h"

#include "case/CaseFile.h"

namespace cli {

namespace {

// The command as typed, for the report's reproduction section (arguments with spaces quoted).
QString commandLine(const QString& command, const QStringList& arguments) {
    QStringList words{QStringLiteral("fakelens-cli"), command};
    for (const QString& a : arguments.mid(1))
        words << (a.contains(QLatin1Char(' ')) || a.isEmpty() ? QLatin1Char('\'') + a + QLatin1Char('\'') : a);
    return words.join(QLatin1Char(' '));
}

} // namespace

void addAnalysisOptions(QCommandLineParser& parser) {
    parser.addOption({"case-id", Text::tr("Case ID printed in the header and on every page."), "ID"});
    parser.addOption({"examiner", Text::tr("Examiner's name printed in the header."), "NAME"});
    // --method is the name `explain` uses; every command accepts both (ExplainOptions reads "method").
    parser.addOption({{"methods", "method"}, methodOptionHelp(), "LIST", "all"});
    addMethodParameterOptions(parser);
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
             "Video frames START:END:STEP (END exclusive). Default: every frame, as detect and the "
             "workbench scan."),
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
    addIncludeSmallFacesOption(parser);
    addFaceBoxOption(parser);
    parser.addOption({"quiet", Text::tr("No progress on stderr.")});
}

fakelens::ReportJob analysisJobFromOptions(const QCommandLineParser& parser, const QString& evidencePath,
                                           const QString& command, const QStringList& arguments) {
    fakelens::ReportJob job;
    job.evidencePath = evidencePath;
    job.caseDetails.caseId = parser.value("case-id");
    job.caseDetails.examiner = parser.value("examiner");
    job.explain = requestFromOptions(parser);
    if (parser.isSet("frames")) {
        const FrameRange range = parseFrameRange(parser.value("frames"));
        job.frames.start = range.start;
        job.frames.end = range.end;
        job.frames.step = range.step;
    }
    job.includeSmallFaces = parser.isSet("include-small-faces");
    job.drawnFaces = faceBoxesFromOptions(parser);
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
    job.commandLine = commandLine(command, arguments);
    return job;
}

QString auditName(const QCommandLineParser& parser) {
    return fakelens::auditSigner(parser.value("examiner"));
}

} // namespace cli
