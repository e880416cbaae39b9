#pragma once

#include "explain/ExplanationRunner.h"
#include "jobs/LatestJob.h"

#include <QObject>
#include <QString>

#include <memory>

namespace fakelens::ui {

class EngineJobQueue;
class EngineResources;

// Which face an explanation is about, so the panel can say so and stale answers can be told apart.
struct ExplanationSubject {
    QString method;        // base method (registry name); the report holds it and its _adv form
    int frameIndex = 0;
    bool inVideo = false;  // frame numbers mean nothing to an investigator looking at a photo
    int faceId = 0;
    double threshold = 0.5; // the model's: P(fake) at or above it is "fake"
    // Set when the face is called real: the _adv form was not run, and this says why.
    QString adversarialRefused;
};

// Runs explanations (the classic and the adversarial form of one method) as engine jobs. One
// explanation at a time: a new one, a cancel or a change of face makes the running one stale,
// and its results are dropped.
class ExplanationController : public QObject {
    Q_OBJECT

public:
    ExplanationController(EngineJobQueue& queue, QObject* parent = nullptr);
    ~ExplanationController() override;

    void explain(std::shared_ptr<EngineResources> resources, const cv::Mat& faceCrop,
                 const ExplainRequest& request, const ExplanationSubject& subject);
    // Stops the running explanation; what is shown stays.
    void cancel();
    // Stops the running explanation and forgets the shown one (the face or frame changed).
    void clear();
    // Shows a finished explanation again (kept by ResultMemory, or read from a case) without a
    // job: stops the running one and emits finished() as if it had just been computed.
    void restore(std::shared_ptr<const ExplainReport> report, const ExplanationSubject& subject,
                 const ExplainRequest& request);

    // True from explain() until the worker has actually left the job (cancelled ones included).
    bool isRunning() const { return job_.isRunning(); }
    // True while the newest request is still being computed.
    bool isPending() const { return job_.isPending(); }
    std::shared_ptr<const ExplainReport> report() const { return report_; }
    const ExplanationSubject& subject() const { return subject_; }
    // The request report() was computed with (what a PDF report says the heatmaps were made with).
    const ExplainRequest& request() const { return request_; }

Q_SIGNALS:
    void started(const fakelens::ui::ExplanationSubject& subject);
    void progressed(double fraction, const QString& stageText);
    void finished(std::shared_ptr<const fakelens::ExplainReport> report,
                  const fakelens::ui::ExplanationSubject& subject);
    void failed(const QString& message);
    void cancelled();
    void cleared();
    void runningChanged(bool running);

private:
    QString stageText(const QString& stage) const;

    std::shared_ptr<const ExplainReport> report_;
    ExplanationSubject subject_;
    ExplainRequest request_;
    // The request report_ will have been computed with once the running job finishes.
    ExplainRequest runningRequest_;
    LatestJob<std::shared_ptr<const ExplainReport>> job_;
};

} // namespace fakelens::ui
