#include "explain/ExplanationRunner.h"

#include "core/Error.h"
#include "core/SeededRng.h"
#include "explain/ClassicFill.h"
#include "explain/ExplainerRegistry.h"
#include "explain/SegmentScores.h"

#include <opencv2/imgproc.hpp>

#include <chrono>
#include <cstdio>
#include <map>
#include <memory>

namespace fakelens {

double expectedForwards(const std::string& base, const ExplainerSettings& s) {
    return methodDescriptor(base).expectedForwards(s);
}

double expectedNesForwards(const NesSettings& nes) {
    // NES usually stops well before M iterations.
    return nes.maxIterations * (2.0 * nes.samples + 1) / 3;
}

double expectedForwards(const ExplainRequest& request) {
    double total = 0.0;
    bool adversarial = false;
    for (const std::string& name : expandMethodNames(request.methods)) {
        const MethodName method = parseMethodName(name);
        adversarial |= method.adversarial;
        total += expectedForwards(method.base, request.settings);
    }
    return total + (adversarial ? expectedNesForwards(request.nes) : 0.0);
}

std::string adversarialRefusal(double fakeProbability, double threshold) {
    char numbers[96];
    std::snprintf(numbers, sizeof numbers, "P(fake) %.3f is below the threshold %.2f", fakeProbability, threshold);
    return std::string("the detector calls this face real (") + numbers +
           "): an _adv method fills hidden segments from an adversarial copy that makes a fake face look "
           "real, so it explains only a face called fake; use the classic methods for this face";
}

std::uint64_t methodSeed(std::uint64_t requestSeed, const std::string& methodName) {
    std::uint64_t label = 1469598103934665603ULL; // FNV-1a of the name
    for (unsigned char c : methodName) {
        label ^= c;
        label *= 1099511628211ULL;
    }
    return SeededRng::derive(requestSeed, label);
}

std::uint64_t explanationSeed(std::uint64_t requestSeed, const std::string& method) {
    return methodSeed(requestSeed, parseMethodName(method).base);
}

ExplainReport explainFace(Detector& detector, const cv::Mat& faceRgb, const ExplainRequest& request,
                          ProgressReporter progress, CancelToken cancel, AdversarialSampleCache* cache) {
    const std::vector<std::string> methods = expandMethodNames(request.methods, detector.supportsGradients());
    if (methods.empty())
        throw Error(ErrorCode::InvalidArgument, "explainFace", "no explanation method requested");

    // Build every explainer first so that bad settings fail before any work is done.
    std::vector<MethodName> parsed;
    std::map<std::string, std::unique_ptr<Explainer>> explainers;
    bool needAdversarial = false;
    for (const std::string& name : methods) {
        parsed.push_back(parseMethodName(name));
        if (methodDescriptor(parsed.back().base).needsGradients && !detector.supportsGradients())
            throw Error(ErrorCode::InvalidArgument, name,
                        "needs the detector's gradients, which this model does not give (an ensemble, or a "
                        "model card without the layer to read); use a black-box method");
        needAdversarial |= parsed.back().adversarial;
        auto& slot = explainers[parsed.back().base];
        if (!slot)
            slot = createExplainer(parsed.back().base, request.settings);
    }

    // Share the progress bar by expected forwards.
    std::vector<double> cost;
    const double nesCost = needAdversarial ? expectedNesForwards(request.nes) : 0.0;
    double total = nesCost + 1.0;
    for (const MethodName& m : parsed) {
        cost.push_back(expectedForwards(m.base, request.settings));
        total += cost.back();
    }

    ExplainReport report;
    cancel.throwIfCancelled();
    progress.report(0.0, "segment");
    report.image = detector.prepareInput(faceRgb);
    report.segments = segmentSlic(report.image, request.slic);
    report.fakeProbability = detector.fakeProbability(report.image);
    if (needAdversarial && !detector.card().isFake(report.fakeProbability))
        throw Error(ErrorCode::InvalidArgument, "adversarial explanation",
                    adversarialRefusal(report.fakeProbability, detector.card().threshold));
    double done = 1.0;

    std::shared_ptr<const NesResult> nes;
    if (needAdversarial) {
        const ProgressReporter nesProgress = progress.sub(done / total, (done + nesCost) / total);
        const std::uint64_t nesSeed = methodSeed(request.seed, "NES");
        if (cache)
            nes = cache->getOrCompute(detector, report.image, request.nes, nesSeed, nesProgress, cancel);
        else
            nes = std::make_shared<const NesResult>(
                runNes(detector, report.image, request.nes, nesSeed, nesProgress, cancel));
        report.adversarial = *nes;
        done += nesCost;
    }

    std::map<FillKind, cv::Mat> classicFills;
    for (size_t i = 0; i < parsed.size(); ++i) {
        const MethodName& method = parsed[i];
        const Explainer& explainer = *explainers.at(method.base);
        const std::string display = method.display();

        ExplainContext ctx;
        ctx.detector = &detector;
        ctx.image = report.image;
        ctx.segments = &report.segments;
        if (method.adversarial) {
            ctx.fill = nes->adversarial;
        } else {
            cv::Mat& fill = classicFills[explainer.classicFill()];
            if (fill.empty())
                fill = makeFill(explainer.classicFill(), report.image, report.segments);
            ctx.fill = fill;
        }
        // The base name, not the display name: a method's classic and _adv forms draw the same
        // masks / design (common random numbers), so their difference is the fill's alone.
        ctx.seed = explanationSeed(request.seed, display);
        ctx.progress = progress.sub(done / total, (done + cost[i]) / total);
        ctx.cancel = cancel;

        const auto started = std::chrono::steady_clock::now();
        Explanation explanation = explainer.explain(ctx);
        explanation.seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        explanation.method = display;
        // Explainers that leave the per-segment view out get the paper's rule.
        if (explanation.segmentScores.empty())
            explanation.segmentScores = meanPerSegment(explanation.saliency, report.segments);
        if (explanation.ranking.empty())
            explanation.ranking = rankDescending(explanation.segmentScores);
        explanation.saliencyDisplay = normalizeForDisplay(explanation.saliency);
        report.explanations.push_back(std::move(explanation));
        done += cost[i];
    }
    progress.report(1.0, "done");
    return report;
}

} // namespace fakelens
