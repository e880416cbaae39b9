#include "session/ExplanationController.h"

#include "ErrorMessages.h"
#include "jobs/EngineJobQueue.h"
#include "session/EngineResources.h"

namespace fakelens::ui {

ExplanationController::ExplanationController(EngineJobQueue& queue, QObject* parent)
    : QObject(parent),
      job_(queue, this, LatestJob<std::shared_ptr<const ExplainReport>>::Running::WhileWorkerBusy,
           {[this](std::shared_ptr<const ExplainReport> report) {
                report_ = std::move(report);
                request_ = runningRequest_;
                emit finished(report_, subject_);
            },
            [this](const Error& error) { emit failed(describeError(error)); },
            [this] { emit cancelled(); },
            [this](double fraction, const QString& stage) { emit progressed(fraction, stageText(stage)); },
            [this](bool running) { emit runningChanged(running); },
            {}}) {}

ExplanationController::~ExplanationController() = default;

void ExplanationController::explain(std::shared_ptr<EngineResources> resources, const cv::Mat& faceCrop,
                                    const ExplainRequest& request, const ExplanationSubject& subject) {
    subject_ = subject;
    runningRequest_ = request;
    const cv::Mat face = faceCrop.clone(); // the job must not share pixels with the GUI
    job_.start(JobPriority::Interactive,
               [resources, face, request](JobContext<std::shared_ptr<const ExplainReport>>& ctx) {
                   Detector& detector = resources->detector();
                   return std::make_shared<const ExplainReport>(explainFace(
                       detector, face, request, ctx.progress(), ctx.cancel(), &resources->adversarialCache()));
               });
    emit started(subject_);
}

void ExplanationController::cancel() { job_.cancel(); }

void ExplanationController::clear() {
    // Said whenever something was shown, even with nothing computed: a cancelled or failed
    // explanation still shows the caption of its face, which must not stay beside another face.
    const bool hadSomething = job_.clear() || report_;
    report_.reset();
    if (hadSomething)
        emit cleared();
}

void ExplanationController::restore(std::shared_ptr<const ExplainReport> report, const ExplanationSubject& subject,
                                    const ExplainRequest& request) {
    if (!report)
        return;
    job_.showWithoutJob();
    report_ = std::move(report);
    subject_ = subject;
    request_ = request;
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
