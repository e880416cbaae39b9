#include "report/ReportExporter.h"

#include "ErrorMessages.h"
#include "evaluate/EvaluationController.h"
#include "faces/FaceDetector.h"
#include "jobs/EngineJobQueue.h"
#include "case/AnalysisSources.h"
#include "report/ReportWriter.h"
#include "report/WorkbenchReportInput.h"
#include "session/EngineResources.h"
#include "session/ExplanationController.h"
#include "session/TimelineScanner.h"
#include "session/WorkbenchSession.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace fakelens::ui {

ReportExporter::ReportExporter(WorkbenchSession& session, QObject* parent)
    : QObject(parent), session_(session),
      job_(session.queue(), this, LatestJob<ExportOutcome>::Running::WhilePending,
           {[this](const ExportOutcome& outcome) {
                if (!outcome.refusal.isEmpty())
                    emit failed(outcome.refusal);
                else
                    emit finished(outcome.written.path, outcome.written.pages, outcome.written.bytes);
            },
            [this](const Error& error) { emit failed(describeError(error)); },
            [this] { emit cancelled(); },
            [this](double fraction, const QString& stage) { emit progressed(fraction, stageText(stage)); },
            [this](bool running) { emit runningChanged(running); },
            [this](bool stillCurrent) { sayIfCompletedDespiteCancel(stillCurrent); }}) {
}

ReportExporter::~ReportExporter() = default;

QString ReportExporter::defaultFileName(const QString& evidencePath, const QDateTime& when) {
    QString stem = QFileInfo(evidencePath).completeBaseName();
    if (stem.isEmpty())
        stem = QStringLiteral("evidence");
    return QStringLiteral("%1_report_%2.pdf").arg(stem, when.toString(QStringLiteral("yyyy-MM-dd_HHmm")));
}

QString ReportExporter::defaultFolder(const QString& lastFolder) {
    if (!lastFolder.isEmpty() && QFileInfo(lastFolder).isDir())
        return lastFolder;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return documents;
    return QDir::homePath();
}

WorkbenchSnapshot ReportExporter::takeSnapshot(const QString& caseId, const QString& examiner) const {
    WorkbenchSnapshot s;
    s.media = *session_.media();
    s.detectFaces = session_.settings().detectFaces;
    s.faceDetectorUpsample = FaceDetectorOptions().upsample;
    s.frame = session_.currentFrame();
    s.selectedFace = session_.selectedFace();
    ExplanationController& explanations = session_.explanations();
    s.explanation = explanations.report();
    s.explanationSubject = explanations.subject();
    s.explanationRequest = explanations.request();
    EvaluationController& evaluations = session_.evaluations();
    s.evaluation = evaluations.result();
    s.evaluationSubject = evaluations.subject();
    s.timeline = session_.timelinePoints();
    s.timelineFrames = session_.timelineFrames();
    s.timelineRunning = session_.timeline().isRunning();
    s.threshold = session_.model() ? session_.model()->threshold : 0.5;
    if (s.media.isVideo) {
        const TimelineVerdict& v = session_.timeline().verdict();
        VideoVerdict video = v.video;
        if (!v.scored)
            video.framesWithFaces = 0;
        video.card.threshold = s.threshold;
        s.verdict = videoEvidenceVerdict(video);
    } else {
        std::vector<JudgedFace> judged;
        for (const AnalysedFace& f : s.frame.faces)
            judged.push_back({f.fakeProbability, std::min(f.box.width(), f.box.height())});
        ModelCard card = session_.model() ? session_.model()->card : ModelCard();
        card.threshold = s.threshold;
        s.verdict = imageVerdict(judged, card, session_.settings().includeSmallFaces);
    }
    s.topSegmentsShown = session_.settings().topSegments;
    s.drawnFaces = session_.drawnFaces();
    s.caseDetails.caseId = caseId.trimmed();
    s.caseDetails.examiner = examiner.trimmed();
    s.caseDetails.analysed = QDateTime::currentDateTime();
    return s;
}

QString ReportExporter::exportReport(const QString& pdfPath, const QString& caseId, const QString& examiner) {
    if (!session_.media())
        return tr("Open an image or a video first: the report describes the evidence.");
    if (!session_.currentFrame().scored || session_.isAnalysingFrame())
        return tr("The faces of the shown frame are still being detected; export the report when they are in.");
    if (pdfPath.isEmpty())
        return tr("Choose where to write the report.");

    snapshot_ = takeSnapshot(caseId, examiner);
    target_ = QFileInfo(pdfPath).absoluteFilePath();
    const QFileInfo destination(target_);
    before_.existed = destination.exists();
    before_.modified = before_.existed ? destination.lastModified() : QDateTime();
    before_.size = before_.existed ? destination.size() : -1;

    const WorkbenchSnapshot snapshot = snapshot_;
    const QString path = target_;
    std::shared_ptr<EngineResources> resources = session_.resources();
    job_.start(JobPriority::Interactive, [snapshot, path, resources](JobContext<ExportOutcome>& ctx) {
        ExportOutcome outcome;
        const ProgressReporter& progress = ctx.progress();
        const std::optional<ReportInput> input =
            workbenchReportInput(snapshot, *resources, progress.sub(0.0, 0.35), ctx.cancel(), outcome.refusal);
        if (!input)
            return outcome;
        outcome.written = writeReportPdf(*input, path, progress.sub(0.35, 1.0), ctx.cancel());
        return outcome;
    });
    emit started(target_);
    return {};
}

void ReportExporter::sayIfCompletedDespiteCancel(bool stillCurrent) {
    // A cancel that came after the last page: the report is complete and in place, and the
    // investigator must not believe otherwise.
    if (stillCurrent || job_.isPending())
        return;
    const QFileInfo after(target_);
    if (after.exists() && (!before_.existed || after.lastModified() != before_.modified || after.size() != before_.size))
        emit finished(target_, 0, after.size());
}

void ReportExporter::cancel() { job_.cancel(); }

QString ReportExporter::stageText(const QString& stage) {
    if (stage == QLatin1String("open"))
        return tr("reading the evidence");
    if (stage == QLatin1String("hash"))
        return tr("checking the evidence's SHA-256");
    if (stage == QLatin1String("model"))
        return tr("describing the model");
    if (stage == QLatin1String("suspect"))
        return tr("scoring the most suspicious frame again");
    if (stage == QLatin1String("figures"))
        return tr("drawing the figures");
    if (stage == QLatin1String("pages"))
        return tr("writing the pages");
    return stage;
}

} // namespace fakelens::ui
