#pragma once

#include "evaluate/EvaluationSettings.h"
#include "evaluate/FaceEvaluator.h"
#include "jobs/LatestJob.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <string>
#include <vector>

namespace fakelens::ui {

class EngineJobQueue;
class EngineResources;

// Which face an evaluation is about and how it was asked for, so the panel can say so, the
// report can name the settings, and stale answers can be told apart.
struct EvaluationSubject {
    int frameIndex = 0;
    bool inVideo = false;
    int faceId = 0;
    double threshold = 0.5;       // the model's: P(fake) at or above it is "fake"
    QStringList methods;          // display names, in the order asked (a base name, its "_adv" form, ...)
    EvaluationSettings settings;  // everything that decided the result (seed included)
};

// Runs the evaluation of Tsigos et al. (evaluateFace(): explain with each method, then attack
// the top-k segments of each ranking with NES) as one engine job on the shared worker, like
// ExplanationController: one evaluation at a time; a new one, a cancel or a change of face or
// frame makes the running one stale, and its result is dropped.
class EvaluationController : public QObject {
    Q_OBJECT

public:
    EvaluationController(EngineJobQueue& queue, QObject* parent = nullptr);
    ~EvaluationController() override;

    void evaluate(std::shared_ptr<EngineResources> resources, const cv::Mat& faceCrop,
                  const EvaluationSubject& subject);
    // Stops the running evaluation; what is shown stays.
    void cancel();
    // Stops the running evaluation and forgets the shown one (the face or frame changed).
    void clear();
    // Shows a finished evaluation again (kept by ResultMemory, or read from a case) without a
    // job: stops the running one and emits finished() as if it had just been computed.
    void restore(std::shared_ptr<const FaceEvaluation> result, const EvaluationSubject& subject);

    // True from evaluate() until the worker has actually left the job (cancelled ones included).
    bool isRunning() const { return job_.isRunning(); }
    // True while the newest request is still being computed.
    bool isPending() const { return job_.isPending(); }
    std::shared_ptr<const FaceEvaluation> result() const { return result_; }
    // The subject of result() (or of the pending request while there is no result).
    const EvaluationSubject& subject() const { return subject_; }
    // What the running evaluation does now, in words ("running LIME_adv", "attacking top-k").
    static QString stageText(const QString& stage);

Q_SIGNALS:
    void started(const fakelens::ui::EvaluationSubject& subject);
    void progressed(double fraction, const QString& stageText);
    void finished(std::shared_ptr<const fakelens::FaceEvaluation> result,
                  const fakelens::ui::EvaluationSubject& subject);
    void failed(const QString& message);
    void cancelled();
    void cleared();
    void runningChanged(bool running);

private:
    std::shared_ptr<const FaceEvaluation> result_;
    EvaluationSubject subject_;
    // The subject result_ will have once the running job finishes.
    EvaluationSubject runningSubject_;
    LatestJob<std::shared_ptr<const FaceEvaluation>> job_;
};

} // namespace fakelens::ui
