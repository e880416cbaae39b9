// fakelens-cli analyse: run the analysis of one image or video into a case file. The case keeps
// everything the report, `case show` and the workbench show, so none of them runs the detector
// again.
#include "AnalysisOptions.h"
#include "CliSupport.h"
#include "Commands.h"

#include "case/CaseFile.h"
#include "core/EvidenceFolder.h"
#include "models/Detector.h"
#include "case/AnalysisSources.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <memory>
#include <optional>

#include <unistd.h>

namespace cli {

namespace {

// The case to write into: a new one, or an existing one about the same evidence. An analysis of
// other evidence is never replaced silently.
std::unique_ptr<fakelens::CaseFile> openTarget(const QString& casePath, fakelens::ReportJob& job) {
    if (!QFileInfo::exists(casePath))
        return fakelens::CaseFile::create(casePath);
    std::unique_ptr<fakelens::CaseFile> file = fakelens::CaseFile::open(casePath, false);
    // Details typed before stay unless new ones are given.
    const fakelens::CaseDetails kept = file->caseDetails();
    if (job.caseDetails.caseId.isEmpty())
        job.caseDetails.caseId = kept.caseId;
    if (job.caseDetails.examiner.isEmpty())
        job.caseDetails.examiner = kept.examiner;
    job.caseDetails.conclusion = kept.conclusion;
    return file;
}

// kOk when `sha256` is the case's evidence; else says why nothing is written.
int refuseOtherEvidence(const QString& casePath, const fakelens::EvidenceInfo& before, const QString& sha256) {
    if (before.sha256.compare(sha256, Qt::CaseInsensitive) == 0)
        return kOk;
    printError(Text::tr("%1: the case holds an analysis of other evidence (%2, SHA-256 %3); this file's "
                        "SHA-256 is %4. Nothing was written: use a new case file.")
                   .arg(casePath, before.path, before.sha256, sha256));
    return kInputFailed;
}

// The examiner's words about the analysis just replaced stay in the case, but a note on "face
// section 2" or a conclusion may no longer fit the new one: said once on stderr, not refused.
void warnAboutKeptWords(const QString& casePath, int notes, bool conclusion) {
    if (notes == 0 && !conclusion)
        return;
    const QString what = notes > 0 && conclusion ? Text::tr("%n note(s) and a conclusion", nullptr, notes)
                         : notes > 0             ? Text::tr("%n note(s)", nullptr, notes)
                                                 : Text::tr("a conclusion");
    printError(Text::tr("warning: the case %1 has %2 written about its earlier analysis, kept unchanged; check "
                        "against the new analysis with fakelens-cli case show %1")
                   .arg(casePath, what));
}

} // namespace

int runAnalyse(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Analyse an image or a video into a case file: the evidence's hash and properties, the model, every "
                 "analysed frame with its faces, tracks and P(fake), the one verdict, and for the chosen faces the "
                 "explanations (and with --evaluate the evaluation) with every parameter and seed. The evidence is "
                 "only read. A new FILE is created; an existing case of the same evidence gets the new analysis "
                 "(its notes and audit trail are kept); a case of other evidence is refused."));
    parser.addHelpOption();
    parser.addPositionalArgument("EVIDENCE", Text::tr("The image or video to analyse (opened read-only)."));
    parser.addOption({"case", Text::tr("The case file to write (required), e.g. CASE.fakelens."), "FILE"});
    addModelOptions(parser);
    addAnalysisOptions(parser);
    if (!parseOrExplain(parser, arguments))
        return kUsage;
    if (parser.positionalArguments().size() != 1) {
        printError(Text::tr("analyse: give exactly one EVIDENCE file"));
        return kUsage;
    }
    if (!parser.isSet("case") || parser.value("case").isEmpty()) {
        printError(Text::tr("analyse: give the case file to write with --case FILE"));
        return kUsage;
    }
    const QString path = parser.positionalArguments().first();
    const QString casePath = parser.value("case");
    fakelens::ReportJob job;
    try {
        job = analysisJobFromOptions(parser, path, QStringLiteral("analyse"), arguments);
    } catch (const fakelens::Error& e) {
        printError(e);
        return kUsage;
    }
    if (!QFileInfo::exists(path)) {
        printError(Text::tr("%1: file not found").arg(path));
        return kInputFailed;
    }
    try {
        fakelens::checkOutsideEvidenceFolder(casePath, fakelens::evidenceFolderOf(path));
    } catch (const fakelens::Error& e) {
        printError(e);
        return kUsage;
    }

    std::unique_ptr<fakelens::CaseFile> file;
    std::unique_ptr<fakelens::Detector> detector;
    std::unique_ptr<fakelens::FaceDetector> faceDetector;
    const bool newCase = !QFileInfo::exists(casePath);
    // A case created here and left without an analysis (model missing, cancelled, failed) is
    // removed again: an empty case file would only mislead.
    struct RemoveUnlessKept {
        QString path;
        bool keep = false;
        std::unique_ptr<fakelens::CaseFile>* file;
        ~RemoveUnlessKept() {
            if (!keep && !path.isEmpty()) {
                file->reset();
                QFile::remove(path);
            }
        }
    } cleanup{newCase ? casePath : QString(), false, &file};
    try {
        file = openTarget(casePath, job); // a case that cannot be written fails before the work
    } catch (const fakelens::Error& e) {
        printError(e);
        return kInputFailed;
    }

    const bool interactive = !parser.isSet("quiet") && isatty(fileno(stderr));
    const fakelens::ProgressReporter progress = terminalProgress(interactive);
    // Other evidence is refused before the detector is loaded: hashing the file again costs a
    // second on a video, analysing it minutes.
    std::optional<fakelens::EvidenceInfo> before;
    const int checked = runCancellable(Text::tr("analyse: cancelled; the case was not changed"),
                                       [&](const fakelens::CancelToken& cancel) -> int {
                                           before = file->evidence();
                                           if (!before)
                                               return kOk;
                                           const QString sha = fakelens::sha256OfFile(
                                               path, progress.sub(0.0, 0.02), cancel);
                                           return refuseOtherEvidence(casePath, *before, sha);
                                       });
    if (checked != kOk)
        return checked;

    try {
        // First: its landmark model loads on a thread of its own while the detector loads.
        faceDetector = faceDetectorFromOptions(parser);
        detector = loadDetectorFromOptions(parser);
    } catch (const fakelens::Error& e) {
        printError(e);
        return e.code() == fakelens::ErrorCode::InvalidArgument ? kUsage : kModelFailed;
    }

    return runCancellable(Text::tr("analyse: cancelled; the case was not changed"), [&](const fakelens::CancelToken& cancel) -> int {
        const fakelens::ReportInput input = fakelens::buildReportInput(
            job, *detector, faceDetector.get(), before ? progress.sub(0.02, 1.0) : progress, cancel);
        // The file may have been replaced while it was analysed.
        if (before) {
            const int refused = refuseOtherEvidence(casePath, *before, input.evidence.sha256);
            if (refused != kOk)
                return refused;
        }
        const int notesBefore = before ? int(file->findings().size()) : 0;
        file->saveAnalysis(input, auditName(parser));
        cleanup.keep = true;
        printLine(QStringLiteral("saved the analysis of %1 to %2: %3 face(s) in %4 frame(s), %5 with a section; "
                                 "verdict %6")
                      .arg(path, casePath)
                      .arg(input.facesScored)
                      .arg(input.framesAnalysed.size())
                      .arg(input.faces.size())
                      .arg(verdictLine(input.verdict)));
        if (before)
            warnAboutKeptWords(casePath, notesBefore, !job.caseDetails.conclusion.isEmpty());
        return int(kOk);
    });
}

} // namespace cli
