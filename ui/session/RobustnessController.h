#pragma once

#include "faces/RobustnessTest.h"
#include "jobs/LatestJob.h"

#include <QObject>
#include <QString>

#include <memory>

namespace fakelens::ui {

class EngineJobQueue;
class EngineResources;

// Which face a robustness test is about, for the caption and to tell stale answers apart.
struct RobustnessRequest {
    int frameIndex = 0;
    bool inVideo = false;
    int faceId = 0;
};

// Runs the robustness re-test of one face (testRobustness(): JPEG, downscaling, one-pixel
// shifts) as one engine job on the shared worker, like the explanation and evaluation
// controllers: one test at a time; a new one, a cancel or a change of face or frame makes the
// running one stale and its result is dropped.
class RobustnessController : public QObject {
    Q_OBJECT

public:
    explicit RobustnessController(EngineJobQueue& queue, QObject* parent = nullptr);
    ~RobustnessController() override;

    void test(std::shared_ptr<EngineResources> resources, RobustnessSubject subject, const RobustnessRequest& request);
    // Shows a kept result (the session's or a case's) as if it had just finished: no job runs.
    void restore(std::shared_ptr<const RobustnessResult> result, const RobustnessRequest& request);
    void cancel();
    // Stops the running test and forgets the shown one (the face or frame changed).
    void clear();

    bool isRunning() const { return job_.isRunning(); }
    const std::shared_ptr<const RobustnessResult>& result() const { return result_; }
    const RobustnessRequest& request() const { return request_; }

Q_SIGNALS:
    void started(const fakelens::ui::RobustnessRequest& request);
    void progressed(double fraction);
    void finished(std::shared_ptr<const fakelens::RobustnessResult> result,
                  const fakelens::ui::RobustnessRequest& request);
    void failed(const QString& message);
    void cancelled();
    void cleared();

private:
    std::shared_ptr<const RobustnessResult> result_;
    RobustnessRequest request_;
    // The face result_ will be about once the running job finishes.
    RobustnessRequest runningRequest_;
    LatestJob<std::shared_ptr<const RobustnessResult>> job_;
};

} // namespace fakelens::ui
