#pragma once

#include "jobs/JobResult.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>

namespace fakelens::ui {

// Calls back on the GUI thread (in `owner`'s thread) for every result a job publishes (partial
// ones first, then the final one), for its progress, and once when it has ended, whatever the
// outcome. The watcher is a child of `owner` and deletes itself at the end, so a job whose owner
// is gone reports nowhere.
template <typename T>
QFutureWatcher<JobResult<T>>* watchJob(QObject* owner, const QFuture<JobResult<T>>& future,
                                       std::function<void(const JobResult<T>&)> onResult,
                                       std::function<void(double, const QString&)> onProgress = {},
                                       std::function<void()> onEnded = {}) {
    auto* watcher = new QFutureWatcher<JobResult<T>>(owner);
    QObject::connect(watcher, &QFutureWatcherBase::resultReadyAt, owner, [watcher, onResult](int index) {
        if (onResult)
            onResult(watcher->future().resultAt(index));
    });
    if (onProgress) {
        QObject::connect(watcher, &QFutureWatcherBase::progressValueChanged, owner, [watcher, onProgress](int value) {
            onProgress(double(value) / JobContext<T>::kProgressScale, watcher->progressText());
        });
    }
    QObject::connect(watcher, &QFutureWatcherBase::finished, owner, [watcher, onEnded] {
        watcher->deleteLater();
        if (onEnded)
            onEnded();
    });
    watcher->setFuture(future);
    return watcher;
}

} // namespace fakelens::ui
