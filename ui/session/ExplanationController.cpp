#include "session/ExplanationController.h"

#include "ErrorMessages.h"
#include "jobs/EngineJobQueue.h"
#include "jobs/JobWatcher.h"
#include "session/EngineResources.h"

namespace fakelens::ui {

ExplanationController::ExplanationController(EngineJobQueue& queue, QObject* parent)
    : QObject(parent), queue_(queue) {}

ExplanationController::~ExplanationController() { requests_.cancel(); }

void ExplanationController::explain(std::shared_ptr<EngineResources> resources, const cv::Mat& faceCrop,
                                    const ExplainRequest& request, const ExplanationSubject& subject) {
    const LatestRequest::Ticket ticket = requests_.renew();
    subject_ = subject;
    pending_ = true;
    shown_ = true;
    const cv::Mat face = faceCrop.clone(); // the job must not share pixels with the GUI

    auto future = queue_.submit<std::shared_ptr<const ExplainReport>>(
        JobPriority::Interactive, ticket.cancel,
        [resources, face, request](JobContext<std::shared_ptr<const ExplainReport>>& ctx) {
            Detector& detector = resources->detector();
            return std::make_shared<const ExplainReport>(explainFace(detector, face, request, ctx.progress(),
                                                                     ctx.cancel(), &resources->adversarialCache()));
        });

    ++runningJobs_;
    if (runningJobs_ == 1)
        emit runningChanged(true);
    emit started(subject_);

    watchJob<std::shared_ptr<const ExplainReport>>(
        this, future,
        [this, ticket, request](const JobResult<std::shared_ptr<const ExplainReport>>& result) {
            if (!requests_.isCurrent(ticket))
                return; // a newer request, a cancel or another face made this one stale
            pending_ = false;
            if (result.cancelled) {
                emit cancelled();
            } else if (result.error) {
                emit failed(describeError(*result.error));
            } else if (result.value) {
                report_ = *result.value;
                request_ = request;
                emit finished(report_, subject_);
            }
        },
        [this, ticket](double fraction, const QString& stage) {
            if (requests_.isCurrent(ticket))
                emit progressed(fraction, stageText(stage));
        },
        [this] { jobEnded(); });
}

void ExplanationController::jobEnded() {
    --runningJobs_;
    if (runningJobs_ == 0)
        emit runningChanged(false);
}

void ExplanationController::cancel() {
    if (!pending_)
        return;
    requests_.cancel();
    pending_ = false;
    emit cancelled();
}

void ExplanationController::clear() {
    requests_.cancel();
    // Said whenever something was shown, even with nothing computed: a cancelled or failed
    // explanation still shows the caption of its face, which must not stay beside another face.
    const bool hadSomething = shown_ || pending_ || report_;
    pending_ = false;
    shown_ = false;
    report_.reset();
    if (hadSomething)
        emit cleared();
}

void ExplanationController::restore(std::shared_ptr<const ExplainReport> report, const ExplanationSubject& subject,
                                    const ExplainRequest& request) {
    if (!report)
        return;
    requests_.cancel();
    pending_ = false;
    report_ = std::move(report);
    subject_ = subject;
    request_ = request;
    shown_ = true;
    emit finished(report_, subject_);
}

QString ExplanationController::stageText(const QString& stage) const {
    if (stage == QLatin1String("segment"))
        return tr("segmenting the face");
    if (stage == QLatin1String("nes"))
        return tr("making the adversarial sample (NES)");
    if (stage == QLatin1String("done"))
        return tr("finishing");
    // The explainers report their own base name in lower case ("lime", "rise", ...).
    return tr("running %1").arg(stage.toUpper());
}

} // namespace fakelens::ui
