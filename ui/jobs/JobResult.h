#pragma once

#include "core/CancelToken.h"
#include "core/Error.h"
#include "core/Progress.h"

#include <QPromise>
#include <QString>

#include <optional>
#include <utility>

namespace fakelens::ui {

// What an engine job hands back to the GUI thread: a value, or the error that stopped it, or
// the fact that it was cancelled. Engine errors travel as values so that nothing is thrown
// across threads and the GUI can word them itself.
template <typename T>
struct JobResult {
    std::optional<T> value;
    std::optional<Error> error;
    bool cancelled = false;
    bool partial = false; // an early part of the answer (e.g. the decoded frame before its faces)
};

// Handed to the work function of a job: where to report progress, the token to check, and a
// way to publish an early part of the answer.
template <typename T>
class JobContext {
public:
    static constexpr int kProgressScale = 1000;

    JobContext(QPromise<JobResult<T>>& promise, CancelToken cancel)
        : promise_(promise), cancel_(std::move(cancel)),
          progress_([this](double fraction, const std::string& stage) {
              // QPromise throttles the signals it sends, so the engine may call this often.
              promise_.setProgressValueAndText(int(fraction * kProgressScale), QString::fromStdString(stage));
          }) {}

    const ProgressReporter& progress() const { return progress_; }
    const CancelToken& cancel() const { return cancel_; }

    void publishPartial(T value) {
        JobResult<T> result;
        result.value = std::move(value);
        result.partial = true;
        promise_.addResult(std::move(result));
    }

private:
    QPromise<JobResult<T>>& promise_;
    CancelToken cancel_;
    ProgressReporter progress_;
};

} // namespace fakelens::ui
