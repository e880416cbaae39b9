#pragma once

#include "jobs/JobResult.h"

#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/qtconcurrenttask.h>

#include <exception>
#include <utility>

namespace fakelens::ui {

// Which queued job runs first when the worker becomes free.
enum class JobPriority {
    Background = 0,  // e.g. the video timeline, scored a few frames per job
    Interactive = 10, // what the investigator is waiting for: the shown frame, an explanation
};

// Runs engine work off the GUI thread, one job at a time on one worker thread. Detectors are
// not thread-safe and every job may use the same one, so serialising here is what keeps them
// safe; the priority lets the shown frame overtake queued timeline work.
class EngineJobQueue {
public:
    EngineJobQueue();
    ~EngineJobQueue(); // waits for the running job: cancel it first
    EngineJobQueue(const EngineJobQueue&) = delete;
    EngineJobQueue& operator=(const EngineJobQueue&) = delete;

    // Runs `work(JobContext<T>&) -> T` on the worker. Exceptions become JobResult::error, a
    // CancelledError (or a cancel before the job starts) becomes JobResult::cancelled.
    template <typename T, typename Work>
    QFuture<JobResult<T>> submit(JobPriority priority, CancelToken cancel, Work work) {
        auto task = [cancel, work = std::move(work)](QPromise<JobResult<T>>& promise) mutable {
            promise.setProgressRange(0, JobContext<T>::kProgressScale);
            JobResult<T> result;
            try {
                cancel.throwIfCancelled(); // stale before it even started
                JobContext<T> context(promise, cancel);
                result.value = work(context);
            } catch (const CancelledError&) {
                result.cancelled = true;
            } catch (const Error& e) {
                result.error = e;
            } catch (const std::exception& e) {
                result.error = Error(ErrorCode::Internal, {}, e.what());
            } catch (...) {
                result.error = Error(ErrorCode::Internal, {}, "unknown failure");
            }
            if (cancel.isCancelled() && !result.error) {
                result.value.reset();
                result.cancelled = true;
            }
            promise.addResult(std::move(result));
        };
        return QtConcurrent::task(std::move(task)).onThreadPool(pool_).withPriority(int(priority)).spawn();
    }

    // True while a job runs or waits.
    bool isBusy() const;
    // Blocks until every job has ended (tests, shutdown). False on timeout.
    bool waitForIdle(int msecs = -1);

private:
    QThreadPool pool_;
};

} // namespace fakelens::ui
