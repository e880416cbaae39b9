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
    const std::vector<std::string> names = expandMethodNames(methods, detector.supportsGradients());
    if (names.empty() && !settings.randomBaseline)
        throw Error(ErrorCode::InvalidArgument, "evaluateFace", "no method to evaluate");

    FaceEvaluation result;
    cancel.throwIfCancelled();
    progress.report(0.0, "detect");
    result.image = detector.prepareInput(faceImage);
    result.fakeProbability = detector.fakeProbability(result.image);
    result.calledFake = detector.card().isFake(result.fakeProbability);
    if (!result.calledFake) {
        progress.report(1.0, "done");
        return result;
    }

    ExplainRequest request;
    request.methods = names;
    request.settings = settings.explainer;
    request.slic = settings.slic;
    request.nes = settings.explanationNes;
    request.seed = settings.seed;
    const size_t rankingCount = names.size() + (settings.randomBaseline ? 1 : 0);
    const double explainCost = names.empty() ? 0.0 : expectedForwards(request);
    const double split = explainCost / (explainCost + attackCost(rankingCount, settings));

    // 1. The explanations (they segment the face once; the rankings refer to those segments).
    if (!names.empty()) {
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
        m.eligibleSegments = explanation.eligibleSegments;
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
    // Rankings that share their top-k segments share the attack: it runs once (AttackMemo).
    AttackMemo attacksBySegments;
    const size_t count = result.methods.size();
    for (size_t i = 0; i < count; ++i) {
        MethodEvaluation& m = result.methods[i];
        const ProgressReporter part =
            progress.sub(split + (1.0 - split) * double(i) / count, split + (1.0 - split) * double(i + 1) / count);
        m.attacks = attack.run(result.image, result.fakeProbability, result.segments, m.ranking, settings.topK,
                               attackSeed, part, cancel, m.eligibleSegments, &attacksBySegments);
        if (!coverage.empty())
            for (const AttackOutcome& outcome : m.attacks) {
                m.localisation.push_back(localisationFraction(
                    result.segments.maskOf(attackedSegmentSet(m.ranking, outcome.k, m.eligibleSegments)), coverage));
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

std::optional<AttackPosition> attackOrigin(const FaceEvaluation& evaluation, size_t method, size_t attack) {
    if (method >= evaluation.methods.size() || attack >= evaluation.methods[method].attacks.size())
        return std::nullopt;
    const MethodEvaluation& copy = evaluation.methods[method];
    if (!copy.attacks[attack].reused)
        return AttackPosition{method, attack};
    const std::vector<int> segments = attackedSegmentSet(copy.ranking, copy.attacks[attack].k, copy.eligibleSegments);
    for (size_t i = 0; i <= method; ++i) {
        const MethodEvaluation& m = evaluation.methods[i];
        for (size_t j = 0; j < m.attacks.size() && (i < method || j < attack); ++j)
            if (!m.attacks[j].reused && attackedSegmentSet(m.ranking, m.attacks[j].k, m.eligibleSegments) == segments)
                return AttackPosition{i, j};
    }
    return std::nullopt;
}

} // namespace fakelens
