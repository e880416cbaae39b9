#pragma once

// Field-by-field comparison of two ReportInputs for test_case_file: every difference is one
// line naming the field, so a failed round trip says what was lost. Doubles compare by bits
// (NaN equals NaN), mats by type, size and bytes.

#include "report/ReportInput.h"

#include <QStringList>

#include <cmath>
#include <cstring>
#include <sstream>

namespace fakelens::testing {

class CaseCompare {
public:
    QStringList diffs;

    void eq(const QString& f, double a, double b) {
        if (std::isnan(a) && std::isnan(b))
            return;
        if (std::memcmp(&a, &b, sizeof a) != 0) // -0 and 0 print alike: say the bits differ
            diffs << QStringLiteral("%1: %2 != %3 (bits differ)")
                         .arg(f)
                         .arg(a, 0, 'g', 17)
                         .arg(b, 0, 'g', 17);
    }
    template <class T> void same(const QString& f, const T& a, const T& b) {
        if (!(a == b))
            diffs << f + ": differs";
    }
    void eq(const QString& f, const std::vector<double>& a, const std::vector<double>& b) {
        if (a.size() != b.size())
            diffs << f + ": sizes differ";
        for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i)
            eq(f + "[" + QString::number(i) + "]", a[i], b[i]);
    }
    void eq(const QString& f, const cv::Mat& a, const cv::Mat& b) {
        if (a.type() != b.type() || a.rows != b.rows || a.cols != b.cols) {
            diffs << f + ": mat type or size differs";
            return;
        }
        const cv::Mat ca = a.isContinuous() ? a : a.clone(), cb = b.isContinuous() ? b : b.clone();
        if (!a.empty() && std::memcmp(ca.data, cb.data, ca.total() * ca.elemSize()) != 0)
            diffs << f + ": mat bytes differ";
    }
    void eq(const QString& f, const std::vector<cv::Point2f>& a,
            const std::vector<cv::Point2f>& b) {
        if (a.size() != b.size() ||
            (!a.empty() && std::memcmp(a.data(), b.data(), a.size() * sizeof(cv::Point2f)) != 0))
            diffs << f + ": points differ";
    }

    void nes(const QString& f, const NesSettings& a, const NesSettings& b) {
        eq(f + ".sigma", a.sigma, b.sigma);
        same(f + ".samples", a.samples, b.samples);
        eq(f + ".alpha", a.alpha, b.alpha);
        eq(f + ".epsilon", a.epsilon, b.epsilon);
        same(f + ".maxIterations", a.maxIterations, b.maxIterations);
        same(f + ".paperCompatible", a.paperCompatible, b.paperCompatible);
        same(f + ".perChannel", a.perChannel, b.perChannel);
        eq(f + ".mask", a.mask, b.mask);
        same(f + ".batchSize", a.batchSize, b.batchSize);
    }
    void slic(const QString& f, const SlicOptions& a, const SlicOptions& b) {
        same(f + ".segments", a.segments, b.segments);
        same(f + ".ruler", a.ruler, b.ruler);
        same(f + ".iterations", a.iterations, b.iterations);
        same(f + ".minElementPercent", a.minElementPercent, b.minElementPercent);
    }
    void explainer(const QString& f, const ExplainerSettings& a, const ExplainerSettings& b) {
        same(f + ".limeSamples", a.integer("LIME", "samples"), b.integer("LIME", "samples"));
        eq(f + ".limeKernelWidth", a.value("LIME", "kernel_width"), b.value("LIME", "kernel_width"));
        same(f + ".shapEvaluations", a.integer("SHAP", "evaluations"), b.integer("SHAP", "evaluations"));
        same(f + ".sobolGrid", a.integer("SOBOL", "grid"), b.integer("SOBOL", "grid"));
        same(f + ".sobolDesigns", a.integer("SOBOL", "designs"), b.integer("SOBOL", "designs"));
        same(f + ".riseMasks", a.integer("RISE", "masks"), b.integer("RISE", "masks"));
        same(f + ".riseGrid", a.integer("RISE", "grid"), b.integer("RISE", "grid"));
        eq(f + ".riseKeepProbability", a.value("RISE", "keep_probability"), b.value("RISE", "keep_probability"));
        same(f + ".batchSize", a.batchSize, b.batchSize);
    }
    void parameters(const ReportParameters& a, const ReportParameters& b) {
        same("explain.methods", a.explain.methods, b.explain.methods);
        explainer("explain.settings", a.explain.settings, b.explain.settings);
        slic("explain.slic", a.explain.slic, b.explain.slic);
        nes("explain.nes", a.explain.nes, b.explain.nes);
        same("explain.seed", a.explain.seed, b.explain.seed);
        same("evaluation present", a.evaluation.has_value(), b.evaluation.has_value());
        if (a.evaluation && b.evaluation) {
            const EvaluationSettings &x = *a.evaluation, &y = *b.evaluation;
            same("evaluation.topK", x.topK, y.topK);
            nes("evaluation.attack", x.attack, y.attack);
            same("evaluation.measureMinimalBudget", x.measureMinimalBudget, y.measureMinimalBudget);
            same("evaluation.randomBaseline", x.randomBaseline, y.randomBaseline);
            same("evaluation.keepAttackedImages", x.keepAttackedImages, y.keepAttackedImages);
            explainer("evaluation.explainer", x.explainer, y.explainer);
            slic("evaluation.slic", x.slic, y.slic);
            nes("evaluation.explanationNes", x.explanationNes, y.explanationNes);
            same("evaluation.seed", x.seed, y.seed);
        }
        same("faceDetection", a.faceDetection, b.faceDetection);
        same("detectorUpsample", a.detectorUpsample, b.detectorUpsample);
        same("frameSelection", a.frameSelection, b.frameSelection);
        same("faceSelection", a.faceSelection, b.faceSelection);
        same("topSegmentsShown", a.topSegmentsShown, b.topSegmentsShown);
        same("commandLine", a.commandLine, b.commandLine);
    }
    void card(const ModelCard& a, const ModelCard& b) {
        same("card.cardVersion", a.cardVersion, b.cardVersion);
        same("card.name", a.name, b.name);
        same("card.description", a.description, b.description);
        same("card.input", std::make_pair(a.inputWidth, a.inputHeight),
             std::make_pair(b.inputWidth, b.inputHeight));
        same("card.channelOrder", a.channelOrder, b.channelOrder);
        eq("card.scale", a.scale, b.scale);
        for (int c = 0; c < 3; ++c) {
            eq("card.mean", a.mean[c], b.mean[c]);
            eq("card.std", a.std[c], b.std[c]);
        }
        same("card.output", a.output, b.output);
        same("card.classes", a.classes, b.classes);
        same("card.realIndex", a.realIndex, b.realIndex);
        eq("card.threshold", a.threshold, b.threshold);
        same("card.crop", a.crop, b.crop);
        eq("card.cropMargin", a.cropMargin, b.cropMargin);
    }
    void explanation(const QString& f, const Explanation& a, const Explanation& b) {
        same(f + ".method", a.method, b.method);
        eq(f + ".saliency", a.saliency, b.saliency);
        eq(f + ".saliencyDisplay", a.saliencyDisplay, b.saliencyDisplay);
        eq(f + ".segmentScores", a.segmentScores, b.segmentScores);
        same(f + ".ranking", a.ranking, b.ranking);
        same(f + ".eligibleSegments", a.eligibleSegments, b.eligibleSegments);
        same(f + ".inferences", a.inferences, b.inferences);
        same(f + ".designDigest", a.designDigest, b.designDigest);
        eq(f + ".seconds", a.seconds, b.seconds);
    }
    void report(const QString& f, const ExplainReport& a, const ExplainReport& b) {
        eq(f + ".segments.labels", a.segments.labels, b.segments.labels);
        same(f + ".segments.count", a.segments.count, b.segments.count);
        same(f + ".segments.areas", a.segments.areas, b.segments.areas);
        eq(f + ".image", a.image, b.image);
        eq(f + ".fakeProbability", a.fakeProbability, b.fakeProbability);
        same(f + ".explanations.size", a.explanations.size(), b.explanations.size());
        for (std::size_t i = 0; i < std::min(a.explanations.size(), b.explanations.size()); ++i)
            explanation(f + ".explanations[" + QString::number(i) + "]", a.explanations[i],
                        b.explanations[i]);
        same(f + ".adversarial present", a.adversarial.has_value(), b.adversarial.has_value());
        if (a.adversarial && b.adversarial) {
            const NesResult &x = *a.adversarial, &y = *b.adversarial;
            eq(f + ".adversarial.image", x.adversarial, y.adversarial);
            same(f + ".adversarial.iterations", x.iterations, y.iterations);
            same(f + ".adversarial.inferences", x.inferences, y.inferences);
            eq(f + ".adversarial.finalRealProbability", x.finalRealProbability,
               y.finalRealProbability);
            same(f + ".adversarial.flipped", x.flipped, y.flipped);
            eq(f + ".adversarial.linf", x.linf, y.linf);
            eq(f + ".adversarial.l2", x.l2, y.l2);
            eq(f + ".adversarial.curve", x.realProbabilityCurve, y.realProbabilityCurve);
            eq(f + ".adversarial.seconds", x.seconds, y.seconds);
        }
    }
    // FaceEvaluation without image, segments, explanations and adversarialSample: the case keeps
    // those once, in the face's explanation (README.md).
    void evaluation(const QString& f, const FaceEvaluation& a, const FaceEvaluation& b) {
        eq(f + ".fakeProbability", a.fakeProbability, b.fakeProbability);
        same(f + ".calledFake", a.calledFake, b.calledFake);
        same(f + ".hasManipulationMask", a.hasManipulationMask, b.hasManipulationMask);
        eq(f + ".seconds", a.seconds, b.seconds);
        same(f + ".agreement.size", a.agreement.size(), b.agreement.size());
        for (std::size_t i = 0; i < std::min(a.agreement.size(), b.agreement.size()); ++i)
            eq(f + ".agreement[" + QString::number(i) + "]", a.agreement[i], b.agreement[i]);
        same(f + ".methods.size", a.methods.size(), b.methods.size());
        for (std::size_t m = 0; m < std::min(a.methods.size(), b.methods.size()); ++m) {
            const MethodEvaluation &x = a.methods[m], &y = b.methods[m];
            const QString g = f + ".methods[" + QString::number(m) + "]";
            same(g + ".method", x.method, y.method);
            same(g + ".ranking", x.ranking, y.ranking);
            same(g + ".eligibleSegments", x.eligibleSegments, y.eligibleSegments);
            eq(g + ".seconds", x.seconds, y.seconds);
            same(g + ".inferences", x.inferences, y.inferences);
            same(g + ".intrinsic present", x.intrinsic.has_value(), y.intrinsic.has_value());
            if (x.intrinsic && y.intrinsic) {
                eq(g + ".variance", x.intrinsic->variance, y.intrinsic->variance);
                eq(g + ".intra", x.intrinsic->intraFrameConsistency,
                   y.intrinsic->intraFrameConsistency);
                eq(g + ".centredness", x.intrinsic->centredness, y.intrinsic->centredness);
            }
            eq(g + ".localisation", x.localisation, y.localisation);
            same(g + ".attacks.size", x.attacks.size(), y.attacks.size());
            for (std::size_t k = 0; k < std::min(x.attacks.size(), y.attacks.size()); ++k) {
                const AttackOutcome &p = x.attacks[k], &q = y.attacks[k];
                const QString h = g + ".attacks[" + QString::number(k) + "]";
                same(h + ".k", p.k, q.k);
                eq(h + ".fakeProbabilityAfter", p.fakeProbabilityAfter, q.fakeProbabilityAfter);
                same(h + ".stillFake", p.stillFake, q.stillFake);
                eq(h + ".sufficiency", p.sufficiency, q.sufficiency);
                same(h + ".flipped", p.flipped, q.flipped);
                same(h + ".iterations", p.iterations, q.iterations);
                same(h + ".inferences", p.inferences, q.inferences);
                eq(h + ".seconds", p.seconds, q.seconds);
                eq(h + ".linf", p.linf, q.linf);
                same(h + ".minimalBudget", p.minimalBudget, q.minimalBudget);
                same(h + ".budgetAttacks", p.budgetAttacks, q.budgetAttacks);
                same(h + ".budgetInferences", p.budgetInferences, q.budgetInferences);
                same(h + ".reused", p.reused, q.reused);
                eq(h + ".attacked", p.attacked, q.attacked);
            }
        }
    }
    void face(const QString& f, const ReportFace& a, const ReportFace& b) {
        same(f + ".frame", a.frame, b.frame);
        same(f + ".trackId", a.trackId, b.trackId);
        eq(f + ".timeSeconds", a.timeSeconds, b.timeSeconds);
        same(f + ".faceIndex", a.faceIndex, b.faceIndex);
        same(f + ".box", a.face.box, b.face.box);
        eq(f + ".confidence", a.face.confidence, b.face.confidence);
        eq(f + ".landmarks", a.face.landmarks, b.face.landmarks);
        eq(f + ".landmarkDrift", a.face.landmarkDrift, b.face.landmarkDrift);
        same(f + ".wholeImage", a.wholeImage, b.wholeImage);
        same(f + ".origin", int(a.face.origin), int(b.face.origin));
        eq(f + ".cropCorners", a.cropCorners, b.cropCorners);
        eq(f + ".frameImage", a.frameImage, b.frameImage);
        eq(f + ".frameScale", a.frameScale, b.frameScale);
        eq(f + ".crop", a.crop, b.crop);
        eq(f + ".fakeProbability", a.fakeProbability, b.fakeProbability);
        same(f + ".fake", a.fake, b.fake);
        same(f + ".notExplainedReason", a.notExplainedReason, b.notExplainedReason);
        same(f + ".explanation present", a.explanation.has_value(), b.explanation.has_value());
        if (a.explanation && b.explanation)
            report(f + ".explanation", *a.explanation, *b.explanation);
        same(f + ".evaluation present", a.evaluation.has_value(), b.evaluation.has_value());
        if (a.evaluation && b.evaluation)
            evaluation(f + ".evaluation", *a.evaluation, *b.evaluation);
        same(f + ".robustness present", a.robustness.has_value(), b.robustness.has_value());
        if (a.robustness && b.robustness)
            robustness(f + ".robustness", *a.robustness, *b.robustness);
    }
    void robustness(const QString& f, const RobustnessResult& a, const RobustnessResult& b) {
        eq(f + ".originalFakeProbability", a.originalFakeProbability, b.originalFakeProbability);
        same(f + ".originalCall", int(a.originalCall), int(b.originalCall));
        eq(f + ".minFakeProbability", a.minFakeProbability, b.minFakeProbability);
        eq(f + ".maxFakeProbability", a.maxFakeProbability, b.maxFakeProbability);
        eq(f + ".maxAbsChange", a.maxAbsChange, b.maxAbsChange);
        same(f + ".unstable", a.unstable, b.unstable);
        same(f + ".variants.size", a.variants.size(), b.variants.size());
        for (std::size_t i = 0; i < std::min(a.variants.size(), b.variants.size()); ++i) {
            const QString g = f + ".variants[" + QString::number(i) + "]";
            same(g + ".name", a.variants[i].name, b.variants[i].name);
            eq(g + ".fakeProbability", a.variants[i].fakeProbability, b.variants[i].fakeProbability);
            same(g + ".call", int(a.variants[i].call), int(b.variants[i].call));
        }
    }
    void analysis(const ReportInput& a, const ReportInput& b) {
        same("caseId", a.caseDetails.caseId, b.caseDetails.caseId);
        same("examiner", a.caseDetails.examiner, b.caseDetails.examiner);
        same("analysed", a.caseDetails.analysed, b.caseDetails.analysed);
        same("conclusion", a.caseDetails.conclusion, b.caseDetails.conclusion);
        const EvidenceInfo &e = a.evidence, &g = b.evidence;
        same("evidence.path", e.path, g.path);
        same("evidence.sizeBytes", e.sizeBytes, g.sizeBytes);
        same("evidence.sha256", e.sha256, g.sha256);
        same("evidence.isVideo", e.isVideo, g.isVideo);
        same("evidence.format", e.format, g.format);
        same("evidence.size", cv::Size(e.width, e.height), cv::Size(g.width, g.height));
        eq("evidence.fps", e.fps, g.fps);
        same("evidence.reportedFrameCount", e.reportedFrameCount, g.reportedFrameCount);
        eq("evidence.durationSeconds", e.durationSeconds, g.durationSeconds);
        same("evidence.metadata.problem", e.metadata.problem, g.metadata.problem);
        same("evidence.metadata.size", e.metadata.entries.size(), g.metadata.entries.size());
        for (size_t i = 0; i < std::min(e.metadata.entries.size(), g.metadata.entries.size()); ++i) {
            const MetadataEntry &x = e.metadata.entries[i], &y = g.metadata.entries[i];
            same(QStringLiteral("evidence.metadata[%1]").arg(i), x.group + "|" + x.key + "|" + x.value,
                 y.group + "|" + y.key + "|" + y.value);
        }
        same("model.path", a.model.path, b.model.path);
        same("model.sha256", a.model.sha256, b.model.sha256);
        same("model.device", a.model.device, b.model.device);
        card(a.model.card, b.model.card);
        parameters(a.parameters, b.parameters);
        same("framesAnalysed", a.framesAnalysed, b.framesAnalysed);
        same("timeline.size", a.timeline.size(), b.timeline.size());
        for (std::size_t i = 0; i < std::min(a.timeline.size(), b.timeline.size()); ++i) {
            const QString f = "timeline[" + QString::number(i) + "]";
            same(f + ".frame", a.timeline[i].frame, b.timeline[i].frame);
            eq(f + ".time", a.timeline[i].timeSeconds, b.timeline[i].timeSeconds);
            eq(f + ".scores", a.timeline[i].fakeProbabilities, b.timeline[i].fakeProbabilities);
            same(f + ".trackIds", a.timeline[i].trackIds, b.timeline[i].trackIds);
        }
        same("facesScored", a.facesScored, b.facesScored);
        same("facesCalledFake", a.facesCalledFake, b.facesCalledFake);
        same("verdict.scored", a.verdict.scored, b.verdict.scored);
        eq("verdict.fakeScore", a.verdict.fakeScore, b.verdict.fakeScore);
        same("verdict.fake", a.verdict.fake, b.verdict.fake);
        eq("verdict.threshold", a.verdict.threshold, b.verdict.threshold);
        same("verdict.unitsCounted", a.verdict.unitsCounted, b.verdict.unitsCounted);
        same("verdict.rule", a.verdict.rule, b.verdict.rule);
        same("verdict.inconclusive", a.verdict.inconclusive, b.verdict.inconclusive);
        same("verdict.inconclusiveUnits", a.verdict.inconclusiveUnits, b.verdict.inconclusiveUnits);
        same("verdict.smallFacesLeftOut", a.verdict.smallFacesLeftOut, b.verdict.smallFacesLeftOut);
        same("verdict.smallFacesIncluded", a.verdict.smallFacesIncluded, b.verdict.smallFacesIncluded);
        same("faces.size", a.faces.size(), b.faces.size());
        for (std::size_t i = 0; i < std::min(a.faces.size(), b.faces.size()); ++i)
            face("faces[" + QString::number(i) + "]", a.faces[i], b.faces[i]);
        same("notes", a.notes, b.notes);
    }
};

} // namespace fakelens::testing
