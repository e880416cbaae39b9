#include "case/CaseResults.h"

#include "evaluate/Rankings.h"
#include "session/ResultMemory.h"

#include <memory>

namespace fakelens::ui {

namespace {

// "LIME_adv" -> "LIME": the workbench names an explanation by its base method.
QString baseMethod(const ExplainReport& report) {
    if (report.explanations.empty())
        return {};
    QString method = QString::fromStdString(report.explanations.front().method);
    if (method.endsWith(QLatin1String("_adv")))
        method.chop(4);
    return method;
}

} // namespace

CaseFaceLocation rememberCaseResults(const ReportInput& analysis, bool inVideo, ResultMemory& memory) {
    CaseFaceLocation first;
    const double threshold = analysis.model.card.threshold;
    for (const ReportFace& f : analysis.faces) {
        const QRectF box(f.face.box.x, f.face.box.y, f.face.box.width, f.face.box.height);
        const int faceId = f.faceIndex + 1; // AnalysedFace::id: 1-based, left to right
        if (f.explanation) {
            RememberedExplanation e;
            e.box = box;
            e.report = std::make_shared<const ExplainReport>(*f.explanation);
            e.subject.method = baseMethod(*f.explanation);
            e.subject.frameIndex = f.frame;
            e.subject.inVideo = inVideo;
            e.subject.faceId = faceId;
            e.subject.threshold = threshold;
            e.request = analysis.parameters.explain;
            memory.remember(e);
        }
        if (f.evaluation && f.explanation) {
            // The case keeps the evaluated explanations once, in the explanation.
            FaceEvaluation evaluation = *f.evaluation;
            if (evaluation.explanations.empty()) {
                evaluation.explanations = f.explanation->explanations;
                evaluation.segments = f.explanation->segments;
                if (!evaluation.adversarialSample)
                    evaluation.adversarialSample = f.explanation->adversarial;
            }
            RememberedEvaluation e;
            e.box = box;
            e.subject.frameIndex = f.frame;
            e.subject.inVideo = inVideo;
            e.subject.faceId = faceId;
            e.subject.threshold = threshold;
            e.subject.settings = analysis.parameters.evaluation.value_or(EvaluationSettings());
            e.subject.settings.randomBaseline = false;
            for (const MethodEvaluation& m : evaluation.methods) {
                if (m.method == kRandomMethod)
                    e.subject.settings.randomBaseline = true;
                else
                    e.subject.methods << QString::fromStdString(m.method);
            }
            e.result = std::make_shared<const FaceEvaluation>(std::move(evaluation));
            memory.remember(e);
        }
        if (f.robustness) {
            RememberedRobustness r;
            r.box = box;
            r.result = std::make_shared<const RobustnessResult>(*f.robustness);
            r.request.frameIndex = f.frame;
            r.request.inVideo = inVideo;
            r.request.faceId = faceId;
            memory.remember(r);
        }
        if (first.frame < 0 && (f.explanation || f.evaluation)) {
            first.frame = f.frame;
            first.faceId = faceId;
            first.box = box;
        }
    }
    return first;
}

std::map<int, std::vector<cv::Rect2f>> drawnBoxesOf(const ReportInput& analysis) {
    std::map<int, std::vector<cv::Rect2f>> boxes;
    // The boxes as drawn (kept since drawn boxes are tracked in videos); an older case has
    // only its faces marked as drawn, which on an image are the boxes themselves.
    for (const DrawnBox& d : analysis.parameters.drawnFaces)
        boxes[d.frame].push_back(d.box);
    if (!boxes.empty())
        return boxes;
    for (const ReportFace& f : analysis.faces)
        if (f.face.origin == FaceOrigin::Examiner)
            boxes[f.frame].push_back(f.face.box);
    return boxes;
}

} // namespace fakelens::ui
