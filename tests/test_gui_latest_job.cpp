// LatestJob: the one lifecycle of the workbench's explanation, evaluation and report jobs.
// Jobs are held on the worker by a gate the test opens, so every ordering is forced, not timed.
#include "jobs/EngineJobQueue.h"
#include "jobs/LatestJob.h"

#include <QCoreApplication>
#include <QtTest>

#include <atomic>
#include <memory>
#include <mutex>
#include <condition_variable>

using namespace fakelens;
using namespace fakelens::ui;

namespace {

constexpr int kNoHangMs = 10000;

// Holds jobs on the worker until opened.
class Gate {
public:
    void open() {
        std::lock_guard<std::mutex> lock(mutex_);
        open_ = true;
        changed_.notify_all();
    }
    void wait() {
        std::unique_lock<std::mutex> lock(mutex_);
        changed_.wait(lock, [this] { return open_; });
    }

private:
    std::mutex mutex_;
    std::condition_variable changed_;
    bool open_ = false;
};

// Everything a LatestJob said, in order.
struct Heard {
    QStringList events;
    QList<int> values;
    int endedCurrent = 0;
    int endedStale = 0;
};

LatestJob<int>::Outcome recorder(Heard& heard) {
    return {[&heard](int v) {
                heard.events << QStringLiteral("finished");
                heard.values << v;
            },
            [&heard](const Error& e) { heard.events << QStringLiteral("failed:") + QString::fromStdString(e.detail()); },
            [&heard] { heard.events << QStringLiteral("cancelled"); },
            {},
            [&heard](bool running) { heard.events << (running ? QStringLiteral("running") : QStringLiteral("idle")); },
            [&heard](bool current) { (current ? heard.endedCurrent : heard.endedStale)++; }};
}

// A job that waits for `gate`, then answers `value` (or throws when value < 0).
auto gatedJob(std::shared_ptr<Gate> gate, int value) {
    return [gate, value](JobContext<int>& ctx) {
        gate->wait();
        ctx.cancel().throwIfCancelled();
        if (value < 0)
            throw Error(ErrorCode::InvalidArgument, {}, "bad value");
        return value;
    };
}

} // namespace

class TestLatestJob : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void answersTheNewestRequestOnly() {
        EngineJobQueue queue;
        QObject owner;
        Heard heard;
        LatestJob<int> job(queue, &owner, LatestJob<int>::Running::WhileWorkerBusy, recorder(heard));
        auto gate = std::make_shared<Gate>();
        job.start(JobPriority::Interactive, gatedJob(gate, 1));
        job.start(JobPriority::Interactive, gatedJob(gate, 2)); // the first becomes stale
        QVERIFY(job.isPending());
        gate->open();
        QTRY_COMPARE_WITH_TIMEOUT(heard.endedCurrent + heard.endedStale, 2, kNoHangMs);
        QCOMPARE(heard.values, QList<int>{2});
        QCOMPARE(heard.events, (QStringList{"running", "finished", "idle"}));
        QCOMPARE(heard.endedStale, 1);
        QVERIFY(!job.isPending());
        QVERIFY(!job.isRunning());
    }

    void cancelSaysSoOnceAndDropsTheLateAnswer() {
        EngineJobQueue queue;
        QObject owner;
        Heard heard;
        LatestJob<int> job(queue, &owner, LatestJob<int>::Running::WhileWorkerBusy, recorder(heard));
        auto gate = std::make_shared<Gate>();
        job.start(JobPriority::Interactive, gatedJob(gate, 7));
        job.cancel();
        job.cancel(); // nothing pending any more: no second word
        // Busy until the worker has actually left the job.
        QVERIFY(job.isRunning());
        QVERIFY(!job.isPending());
        gate->open();
        QTRY_VERIFY_WITH_TIMEOUT(!job.isRunning(), kNoHangMs);
        QCOMPARE(heard.events, (QStringList{"running", "cancelled", "idle"}));
        QVERIFY(heard.values.isEmpty());
        QCOMPARE(heard.endedStale, 1);
    }

    void pendingMeaningEndsRunningAtCancel() {
        EngineJobQueue queue;
        QObject owner;
        Heard heard;
        LatestJob<int> job(queue, &owner, LatestJob<int>::Running::WhilePending, recorder(heard));
        auto gate = std::make_shared<Gate>();
        job.start(JobPriority::Interactive, gatedJob(gate, 3));
        QVERIFY(job.isRunning());
        job.cancel();
        QVERIFY(!job.isRunning()); // at once, while the worker is still in the job
        QCOMPARE(heard.events, (QStringList{"running", "idle", "cancelled"}));
        gate->open();
        QVERIFY(queue.waitForIdle(kNoHangMs));
        QTRY_COMPARE_WITH_TIMEOUT(heard.endedStale, 1, kNoHangMs);
        QCOMPARE(heard.events.size(), 3);
    }

    void failuresArriveAsErrors() {
        EngineJobQueue queue;
        QObject owner;
        Heard heard;
        LatestJob<int> job(queue, &owner, LatestJob<int>::Running::WhileWorkerBusy, recorder(heard));
        auto gate = std::make_shared<Gate>();
        gate->open();
        job.start(JobPriority::Interactive, gatedJob(gate, -1));
        QTRY_COMPARE_WITH_TIMEOUT(heard.endedCurrent, 1, kNoHangMs);
        QCOMPARE(heard.events, (QStringList{"running", "failed:bad value", "idle"}));
    }

    void clearTellsWhetherSomethingWasShown() {
        EngineJobQueue queue;
        QObject owner;
        Heard heard;
        LatestJob<int> job(queue, &owner, LatestJob<int>::Running::WhileWorkerBusy, recorder(heard));
        QVERIFY(!job.clear()); // nothing ever shown
        auto gate = std::make_shared<Gate>();
        job.start(JobPriority::Interactive, gatedJob(gate, 5));
        QVERIFY(job.clear()); // the caption of a running request was on show
        QVERIFY(!job.clear());
        gate->open();
        QTRY_VERIFY_WITH_TIMEOUT(!job.isRunning(), kNoHangMs);
        QVERIFY(!heard.events.contains("finished"));
        QVERIFY(!heard.events.contains("cancelled")); // clear() is silent: the owner says cleared
        job.showWithoutJob();
        QVERIFY(job.clear()); // a restored answer counts as shown
    }

    void showWithoutJobDropsTheRunningRequest() {
        EngineJobQueue queue;
        QObject owner;
        Heard heard;
        LatestJob<int> job(queue, &owner, LatestJob<int>::Running::WhileWorkerBusy, recorder(heard));
        auto gate = std::make_shared<Gate>();
        job.start(JobPriority::Interactive, gatedJob(gate, 9));
        job.showWithoutJob();
        QVERIFY(!job.isPending());
        gate->open();
        QTRY_VERIFY_WITH_TIMEOUT(!job.isRunning(), kNoHangMs);
        QCOMPARE(heard.events, (QStringList{"running", "idle"}));
    }
};

QTEST_MAIN(TestLatestJob)
#include "test_gui_latest_job.moc"
