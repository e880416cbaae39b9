#pragma once

#include "jobs/EngineJobQueue.h"
#include "jobs/JobWatcher.h"
#include "jobs/LatestRequest.h"

#include <QObject>
#include <QString>

#include <functional>
#include <utility>

namespace fakelens::ui {

// The one lifecycle of a GUI job that the investigator waits for (an explanation, an evaluation,
// a report export): one request of its kind at a time; a new one, cancel() or clear() makes the
// running one stale and its answer is dropped, even when it arrives later. The owner keeps its
// own typed Qt signals and passes the outcomes in as callbacks; this class keeps the state that
// every such controller used to write out for itself (ticket, pending flag, running count,
// "something is on show").
template <typename T>
class LatestJob {
public:
    // What "running" means to the owner's runningChanged: the worker has not yet left a job (a
    // cancelled one included), or the newest request has no answer yet.
    enum class Running { WhileWorkerBusy, WhilePending };

    // What the owner hears about the newest request, on the GUI thread. Only one of finished,
    // failed and cancelled is called per request; stale requests call none of them.
    struct Outcome {
        std::function<void(T)> finished;
        std::function<void(const Error&)> failed;
        std::function<void()> cancelled;                            // also after cancel()
        std::function<void(double, const QString&)> progressed;   // the engine's raw stage
        std::function<void(bool)> runningChanged;
        // Once the worker has left the job, whatever became of it (stale ones too).
        std::function<void(bool stillCurrent)> ended;
    };

    LatestJob(EngineJobQueue& queue, QObject* owner, Running meaning, Outcome outcome)
        : queue_(queue), owner_(owner), meaning_(meaning), outcome_(std::move(outcome)) {}
    ~LatestJob() { requests_.cancel(); }
    LatestJob(const LatestJob&) = delete;
    LatestJob& operator=(const LatestJob&) = delete;

    // Starts `work(JobContext<T>&) -> T` as the newest request; the one before becomes stale.
    template <typename Work>
    void start(JobPriority priority, Work work) {
        const bool wasRunning = isRunning();
        const LatestRequest::Ticket ticket = requests_.renew();
        pending_ = true;
        shown_ = true;
        ++workerJobs_;
        auto future = queue_.template submit<T>(priority, ticket.cancel, std::move(work));
        sayIfRunningChanged(wasRunning);

        watchJob<T>(
            owner_, future,
            [this, ticket](const JobResult<T>& result) {
                if (result.partial || !requests_.isCurrent(ticket))
                    return; // a newer request, a cancel or clear() made this one stale
                const bool wasRunning = isRunning();
                pending_ = false;
                sayIfRunningChanged(wasRunning);
                if (result.cancelled) {
                    call(outcome_.cancelled);
                } else if (result.error) {
                    if (outcome_.failed)
                        outcome_.failed(*result.error);
                } else if (result.value && outcome_.finished) {
                    outcome_.finished(*result.value);
                }
            },
            [this, ticket](double fraction, const QString& stage) {
                if (requests_.isCurrent(ticket) && outcome_.progressed)
                    outcome_.progressed(fraction, stage);
            },
            [this, ticket] {
                const bool wasRunning = isRunning();
                --workerJobs_;
                sayIfRunningChanged(wasRunning);
                if (outcome_.ended)
                    outcome_.ended(requests_.isCurrent(ticket));
            });
    }

    // Stops the newest request; what is shown stays. Says cancelled() when one was pending.
    void cancel() {
        if (!pending_)
            return;
        const bool wasRunning = isRunning();
        requests_.cancel();
        pending_ = false;
        sayIfRunningChanged(wasRunning);
        call(outcome_.cancelled);
    }

    // Stops the newest request without a word and forgets what was shown. True when something
    // had been on show (a result, or the caption of a running, cancelled or failed request),
    // which the owner must then take away.
    bool clear() {
        const bool wasRunning = isRunning();
        requests_.cancel();
        const bool hadSomething = shown_ || pending_;
        pending_ = false;
        shown_ = false;
        sayIfRunningChanged(wasRunning);
        return hadSomething;
    }

    // A finished answer is shown again without a job (kept in memory, or read from a case):
    // the newest request is dropped without a word and the answer counts as on show.
    void showWithoutJob() {
        const bool wasRunning = isRunning();
        requests_.cancel();
        pending_ = false;
        shown_ = true;
        sayIfRunningChanged(wasRunning);
    }

    bool isPending() const { return pending_; }
    bool isRunning() const { return meaning_ == Running::WhilePending ? pending_ : workerJobs_ > 0; }

private:
    static void call(const std::function<void()>& f) {
        if (f)
            f();
    }
    void sayIfRunningChanged(bool wasRunning) {
        if (isRunning() != wasRunning && outcome_.runningChanged)
            outcome_.runningChanged(!wasRunning);
    }

    EngineJobQueue& queue_;
    QObject* owner_;
    const Running meaning_;
    Outcome outcome_;
    LatestRequest requests_;
    bool pending_ = false;
    bool shown_ = false;
    int workerJobs_ = 0;
};

} // namespace fakelens::ui
