#include "evaluate/EvaluationController.h"

#include "ErrorMessages.h"
#include "evaluate/Rankings.h"
#include "explain/ExplainerRegistry.h"
#include "jobs/EngineJobQueue.h"
#include "session/EngineResources.h"

#include <memory>

namespace fakelens::ui {

namespace {

// evaluateFace() reports the stages of explainFace() ("segment", "nes", "lime", ...) and then,
// for each ranking in turn, the NES attacks ("nes") ending with "attack". This turns them into
// stages that say which part runs: "attack:LIME_adv" while the top-k segments of LIME_adv are
// attacked. Runs on the worker; the state lives in the job's own callback.
ProgressCallback stageTracker(const ProgressReporter& target, std::vector<std::string> rankings, bool explains) {
    struct State {
        bool explained = false;
        size_t attacked = 0;
    };
    auto state = std::make_shared<State>();
    state->explained = !explains; // only the RANDOM baseline: every NES run is an attack
    return [target, rankings = std::move(rankings), state](double fraction, const std::string& stage) {
        std::string mapped = stage;
        if (isMethodStage(stage)) {
            state->explained = true;
        } else if (stage == "attack") {
            ++state->attacked; // the end of one ranking's attacks
            mapped = "attack:" + (state->attacked < rankings.size() ? rankings[state->attacked] : std::string());
        } else if (stage == "nes" && state->explained) {
            mapped = "attack:" + (state->attacked < rankings.size() ? rankings[state->attacked] : std::string());
        }
        target.report(fraction, mapped);
    };
}

} // namespace

EvaluationController::EvaluationController(EngineJobQueue& queue, QObject* parent)
    : QObject(parent),
      job_(queue, this, LatestJob<std::shared_ptr<const FaceEvaluation>>::Running::WhileWorkerBusy,
           {[this](std::shared_ptr<const FaceEvaluation> result) {
                result_ = std::move(result);
                subject_ = runningSubject_;
                emit finished(result_, subject_);
            },
            [this](const Error& error) { emit failed(describeError(error)); },
            [this] { emit cancelled(); },
            [this](double fraction, const QString& stage) { emit progressed(fraction, stageText(stage)); },
            [this](bool running) { emit runningChanged(running); },
            {}}) {}

EvaluationController::~EvaluationController() = default;

void EvaluationController::evaluate(std::shared_ptr<EngineResources> resources, const cv::Mat& faceCrop,
                                    const EvaluationSubject& subject) {
    if (!result_)
        subject_ = subject;
    runningSubject_ = subject;
    const cv::Mat face = faceCrop.clone(); // the job must not share pixels with the GUI
    std::vector<std::string> methods;
    for (const QString& m : subject.methods)
        methods.push_back(m.toStdString());
    std::vector<std::string> rankings = methods;
    if (subject.settings.randomBaseline)
        rankings.push_back(kRandomMethod);
    const EvaluationSettings settings = subject.settings;

    job_.start(JobPriority::Interactive,
               [resources, face, methods, rankings, settings](JobContext<std::shared_ptr<const FaceEvaluation>>& ctx) {
                   Detector& detector = resources->detector();
                   const ProgressReporter progress(stageTracker(ctx.progress(), rankings, !methods.empty()));
                   return std::make_shared<const FaceEvaluation>(
                       evaluateFace(detector, face, methods, settings, progress, ctx.cancel()));
               });
    emit started(subject);
}

void EvaluationController::cancel() { job_.cancel(); }

void EvaluationController::clear() {
    // Said whenever something was shown, even with nothing computed: a cancelled or failed
    // evaluation still shows the caption of its face ("frame 593"), which must not stay beside
    // another face or evidence.
    const bool hadSomething = job_.clear() || result_;
    result_.reset();
    if (hadSomething)
        emit cleared();
}

void EvaluationController::restore(std::shared_ptr<const FaceEvaluation> result, const EvaluationSubject& subject) {
    if (!result)
        return;
    job_.showWithoutJob();
    result_ = std::move(result);
    subject_ = subject;
    emit finished(result_, subject_);
}

QString EvaluationController::stageText(const QString& stage) {
    if (stage.isEmpty() || stage == QLatin1String("detect"))
        return tr("scoring the face");
    if (stage == QLatin1String("segment"))
        return tr("segmenting the face");
    if (stage == QLatin1String("nes"))
        return tr("making the adversarial sample (NES)");
    if (stage == QLatin1String("done"))
        return tr("finishing");
    if (stage.startsWith(QLatin1String("attack:"))) {
        const QString method = stage.mid(7);
        return method.isEmpty() ? tr("attacking the top-k segments")
                                : tr("attacking the top-k segments of %1").arg(method);
    }
    // The explainers report their own base name in lower case ("lime", "rise", ...).
    return tr("explaining with %1").arg(stage.toUpper());
}

} // namespace fakelens::ui
