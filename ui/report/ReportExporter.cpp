#include "report/ReportExporter.h"

#include "ErrorMessages.h"
#include "evaluate/EvaluationController.h"
#include "faces/FaceDetector.h"
#include "jobs/EngineJobQueue.h"
#include "jobs/JobWatcher.h"
#include "report/ReportSources.h"
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

namespace {

struct ExportOutcome {
    QString refusal; // set when nothing was written for a reason of the workbench's own
    ReportWriteResult written;
};

} // namespace

ReportExporter::ReportExporter(WorkbenchSession& session, QObject* parent) : QObject(parent), session_(session) {
    TimelineScanner& timeline = session_.timeline();
    connect(&timeline, &TimelineScanner::started, this, [this] { timeline_.clear(); });
    connect(&timeline, &TimelineScanner::pointsScored, this,
            [this](const QVector<TimelinePoint>& points) { timeline_ += points; });
    connect(&session_, &WorkbenchSession::mediaOpened, this, [this] { timeline_.clear(); });
}

ReportExporter::~ReportExporter() { requests_.cancel(); }

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
    s.timeline = timeline_;
    s.timelineStep = std::max(1, session_.settings().timelineStep);
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

    const LatestRequest::Ticket ticket = requests_.renew();
    snapshot_ = takeSnapshot(caseId, examiner);
    target_ = QFileInfo(pdfPath).absoluteFilePath();
    pending_ = true;
    emit runningChanged(true);
    emit started(target_);

    const WorkbenchSnapshot snapshot = snapshot_;
    const QString path = target_;
    // What was at the destination before, to tell afterwards whether a cancelled export had
    // already been completed (the PDF is renamed into place at its very end).
    const QFileInfo before(path);
    const bool existedBefore = before.exists();
    const QDateTime modifiedBefore = existedBefore ? before.lastModified() : QDateTime();
    const qint64 sizeBefore = existedBefore ? before.size() : -1;
    std::shared_ptr<EngineResources> resources = session_.resources();
    auto future = session_.queue().submit<ExportOutcome>(
        JobPriority::Interactive, ticket.cancel, [snapshot, path, resources](JobContext<ExportOutcome>& ctx) {
            ExportOutcome outcome;
            const ProgressReporter& progress = ctx.progress();
            const std::optional<ReportInput> input =
                workbenchReportInput(snapshot, *resources, progress.sub(0.0, 0.35), ctx.cancel(), outcome.refusal);
            if (!input)
                return outcome;
            outcome.written = writeReportPdf(*input, path, progress.sub(0.35, 1.0), ctx.cancel());
            return outcome;
        });

    watchJob<ExportOutcome>(
        this, future,
        [this, ticket](const JobResult<ExportOutcome>& result) {
            if (!requests_.isCurrent(ticket))
                return;
            pending_ = false;
            emit runningChanged(false);
            if (result.cancelled) {
                emit cancelled();
            } else if (result.error) {
                emit failed(describeError(*result.error));
            } else if (result.value && !result.value->refusal.isEmpty()) {
                emit failed(result.value->refusal);
            } else if (result.value) {
                const ReportWriteResult& w = result.value->written;
                emit finished(w.path, w.pages, w.bytes);
            }
        },
        [this, ticket](double fraction, const QString& stage) {
            if (requests_.isCurrent(ticket))
                emit progressed(fraction, stageText(stage));
        },
        [this, ticket, path, existedBefore, modifiedBefore, sizeBefore] {
            // A cancel that came after the last page: the report is complete and in place, and
            // the investigator must not believe otherwise.
            if (requests_.isCurrent(ticket) || pending_)
                return;
            const QFileInfo after(path);
            if (after.exists() && (!existedBefore || after.lastModified() != modifiedBefore || after.size() != sizeBefore))
                emit finished(path, 0, after.size());
        });
    return {};
}

void ReportExporter::cancel() {
    if (!pending_)
        return;
    requests_.cancel();
    pending_ = false;
    emit runningChanged(false);
    emit cancelled();
}

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
