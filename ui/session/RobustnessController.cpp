#include "session/RobustnessController.h"

#include "ErrorMessages.h"
#include "jobs/EngineJobQueue.h"
#include "jobs/JobWatcher.h"
#include "session/EngineResources.h"

namespace fakelens::ui {

RobustnessController::RobustnessController(EngineJobQueue& queue, QObject* parent) : QObject(parent), queue_(queue) {}

RobustnessController::~RobustnessController() { requests_.cancel(); }

void RobustnessController::test(std::shared_ptr<EngineResources> resources, RobustnessSubject subject,
                                const RobustnessRequest& request) {
    const LatestRequest::Ticket ticket = requests_.renew();
    pending_ = true;
    subject.frameRgb = subject.frameRgb.clone(); // the job must not share pixels with the GUI
    auto future = queue_.submit<std::shared_ptr<const RobustnessResult>>(
        JobPriority::Interactive, ticket.cancel,
        [resources, subject](JobContext<std::shared_ptr<const RobustnessResult>>& ctx) {
            return std::make_shared<const RobustnessResult>(
                testRobustness(subject, resources->detector(), ctx.progress(), ctx.cancel()));
        });
    emit started(request);
    watchJob<std::shared_ptr<const RobustnessResult>>(
        this, future,
        [this, ticket, request](const JobResult<std::shared_ptr<const RobustnessResult>>& result) {
            if (!requests_.isCurrent(ticket))
                return; // a newer request, a cancel or another face made this one stale
            pending_ = false;
            if (result.cancelled) {
                emit cancelled();
            } else if (result.error) {
                emit failed(describeError(*result.error));
            } else if (result.value) {
                result_ = *result.value;
                request_ = request;
                emit finished(result_, request_);
            }
        },
        [this, ticket](double fraction, const QString&) {
            if (requests_.isCurrent(ticket))
                emit progressed(fraction);
        });
}

void RobustnessController::cancel() {
    if (!pending_)
        return;
    requests_.cancel();
    pending_ = false;
    emit cancelled();
}

void RobustnessController::clear() {
    requests_.cancel();
    const bool hadSomething = pending_ || result_;
    pending_ = false;
    result_.reset();
    if (hadSomething)
        emit cleared();
}

} // namespace fakelens::ui
