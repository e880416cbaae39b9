#include "session/RobustnessController.h"

#include "ErrorMessages.h"
#include "jobs/EngineJobQueue.h"
#include "session/EngineResources.h"

namespace fakelens::ui {

RobustnessController::RobustnessController(EngineJobQueue& queue, QObject* parent)
    : QObject(parent),
      job_(queue, this, LatestJob<std::shared_ptr<const RobustnessResult>>::Running::WhilePending,
           {[this](std::shared_ptr<const RobustnessResult> result) {
                result_ = std::move(result);
                request_ = runningRequest_;
                emit finished(result_, request_);
            },
            [this](const Error& error) { emit failed(describeError(error)); },
            [this] { emit cancelled(); },
            [this](double fraction, const QString&) { emit progressed(fraction); },
            {},
            {}}) {}

RobustnessController::~RobustnessController() = default;

void RobustnessController::test(std::shared_ptr<EngineResources> resources, RobustnessSubject subject,
                                const RobustnessRequest& request) {
    runningRequest_ = request;
    subject.frameRgb = subject.frameRgb.clone(); // the job must not share pixels with the GUI
    job_.start(JobPriority::Interactive,
               [resources, subject](JobContext<std::shared_ptr<const RobustnessResult>>& ctx) {
                   return std::make_shared<const RobustnessResult>(
                       testRobustness(subject, resources->detector(), ctx.progress(), ctx.cancel()));
               });
    emit started(request);
}

void RobustnessController::restore(std::shared_ptr<const RobustnessResult> result, const RobustnessRequest& request) {
    job_.clear(); // a running test of another face would otherwise replace it
    result_ = std::move(result);
    request_ = request;
    emit finished(result_, request_);
}

void RobustnessController::cancel() { job_.cancel(); }

void RobustnessController::clear() {
    const bool hadSomething = job_.clear() || result_;
    result_.reset();
    if (hadSomething)
        emit cleared();
}

} // namespace fakelens::ui
