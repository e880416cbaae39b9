#include "evaluate/FaceEvaluator.h"

#include "core/Error.h"
#include "evaluate/Localisation.h"
#include "evaluate/Rankings.h"
#include "explain/ExplainerRegistry.h"
#include "explain/ExplanationRunner.h"

#include <opencv2/imgproc.hpp>

#include <chrono>
#include <limits>

namespace fakelens {

namespace {

cv::Mat toInput(const cv::Mat& face, const ModelCard& card) {
    if (face.empty() || (face.type() != CV_32FC3 && face.type() != CV_8UC3))
        throw Error(ErrorCode::InvalidArgument, "evaluateFace", "face must be CV_32FC3 or CV_8UC3 RGB");
    cv::Mat sized = face;
    const cv::Size input(card.inputWidth, card.inputHeight);
    if (face.size() != input)
        cv::resize(face, sized, input, 0, 0, cv::INTER_AREA);
    cv::Mat floatImage;
    if (sized.type() == CV_8UC3)
        sized.convertTo(floatImage, CV_32FC3, 1.0 / 255.0);
    else
        floatImage = sized.clone();
    return floatImage;
}

// Rough detector forwards of each part, only to share the progress bar.
double explanationCost(const std::vector<std::string>& methods, const EvaluationSettings& s) {
    double cost = 0.0;
    bool adversarial = false;
    for (const std::string& name : methods) {
        const MethodName m = parseMethodName(name);
        adversarial |= m.adversarial;
        if (m.base == "LIME")
            cost += s.explainer.limeSamples;
        else if (m.base == "SHAP")
            cost += s.explainer.shapEvaluations;
        else if (m.base == "SOBOL")
            cost += double(s.explainer.sobolDesigns) * (s.explainer.sobolGrid * s.explainer.sobolGrid + 2);
        else
            cost += s.explainer.riseMasks;
    }
    if (adversarial)
        cost += s.explanationNes.maxIterations * (2.0 * s.explanationNes.samples + 1) / 3;
    return cost;
}

double attackCost(size_t rankings, const EvaluationSettings& s) {
    // Attacks usually flip well before M; the budget search adds about as much again.
    const double one = s.attack.maxIterations * (2.0 * s.attack.samples + 1) / 4;
    return double(rankings) * s.topK * one * (s.measureMinimalBudget ? 2.0 : 1.0);
}

} // namespace

FaceEvaluation evaluateFace(Detector& detector, const cv::Mat& faceImage,
                            const std::vector<std::string>& methods,
                            const EvaluationSettings& settings, ProgressReporter progress,
                            CancelToken cancel, const cv::Mat& manipulationMask) {
    const auto started = std::chrono::steady_clock::now();
    if (settings.topK < 1)
        throw Error(ErrorCode::InvalidArgument, "evaluateFace", "top-k must be at least 1");
    const std::vector<std::string> names = expandMethodNames(methods);
    if (names.empty() && !settings.randomBaseline)
        throw Error(ErrorCode::InvalidArgument, "evaluateFace", "no method to evaluate");

    FaceEvaluation result;
    cancel.throwIfCancelled();
    progress.report(0.0, "detect");
    result.image = toInput(faceImage, detector.card());
    result.fakeProbability = detector.fakeProbability(result.image);
    result.calledFake = detector.card().isFake(result.fakeProbability);
    if (!result.calledFake) {
        progress.report(1.0, "done");
        return result;
    }

    const size_t rankingCount = names.size() + (settings.randomBaseline ? 1 : 0);
    const double explainCost = explanationCost(names, settings);
    const double split = explainCost / (explainCost + attackCost(rankingCount, settings));

    // 1. The explanations (they segment the face once; the rankings refer to those segments).
    if (!names.empty()) {
        ExplainRequest request;
        request.methods = names;
        request.settings = settings.explainer;
        request.slic = settings.slic;
        request.nes = settings.explanationNes;
        request.seed = settings.seed;
        ExplainReport report = explainFace(detector, result.image, request, progress.sub(0.0, split), cancel);
        result.segments = std::move(report.segments);
        result.explanations = std::move(report.explanations);
        result.adversarialSample = std::move(report.adversarial);
        result.fakeProbability = report.fakeProbability;
    } else {
        result.segments = segmentSlic(result.image, settings.slic);
    }

    cv::Mat coverage;
    if (!manipulationMask.empty()) {
        coverage = manipulationCoverage(manipulationMask, result.image.size());
        result.hasManipulationMask = true;
    }

    for (const Explanation& explanation : result.explanations) {
        MethodEvaluation m;
        m.method = explanation.method;
        m.ranking = explanation.ranking;
        m.seconds = explanation.seconds;
        m.inferences = explanation.inferences;
        m.intrinsic = intrinsicMetrics(explanation.saliency);
        result.methods.push_back(std::move(m));
    }
    if (settings.randomBaseline) {
        MethodEvaluation m;
        m.method = kRandomMethod;
        m.ranking = randomRanking(result.segments.count, methodSeed(settings.seed, kRandomMethod));
        result.methods.push_back(std::move(m));
    }

    // 2. The top-k attacks, all with one seed (see TopKAttack.h).
    const TopKAttack attack(detector, settings.attack, settings.measureMinimalBudget,
                            settings.keepAttackedImages);
    const std::uint64_t attackSeed = methodSeed(settings.seed, "top-k attack");
    const size_t count = result.methods.size();
    for (size_t i = 0; i < count; ++i) {
        MethodEvaluation& m = result.methods[i];
        const ProgressReporter part =
            progress.sub(split + (1.0 - split) * double(i) / count, split + (1.0 - split) * double(i + 1) / count);
        m.attacks = attack.run(result.image, result.fakeProbability, result.segments, m.ranking, settings.topK,
                               attackSeed, part, cancel);
        if (!coverage.empty())
            for (const AttackOutcome& outcome : m.attacks) {
                const std::vector<int> top(m.ranking.begin(), m.ranking.begin() + outcome.k);
                m.localisation.push_back(localisationFraction(result.segments.maskOf(top), coverage));
            }
    }

    // 3. How much the rankings agree with each other.
    result.agreement.assign(count, std::vector<double>(count, 1.0));
    for (size_t i = 0; i < count; ++i)
        for (size_t j = i + 1; j < count; ++j)
            result.agreement[i][j] = result.agreement[j][i] =
                result.methods[i].ranking.size() == result.methods[j].ranking.size()
                    ? spearmanRankCorrelation(result.methods[i].ranking, result.methods[j].ranking)
                    : std::numeric_limits<double>::quiet_NaN();

    result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    progress.report(1.0, "done");
    return result;
}

} // namespace fakelens
