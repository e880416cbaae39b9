#pragma once

#include "evaluate/EvaluationController.h"
#include "session/ExplanationController.h"
#include "session/RobustnessController.h"

#include <QRectF>
#include <QString>

#include <memory>
#include <vector>

namespace fakelens::ui {

// A finished explanation and how it was asked for.
struct RememberedExplanation {
    QRectF box; // the face's box in frame pixels: tells the face apart when ids shift
    std::shared_ptr<const ExplainReport> report;
    ExplanationSubject subject;
    ExplainRequest request;
};

// A finished evaluation and how it was asked for.
struct RememberedEvaluation {
    QRectF box;
    std::shared_ptr<const FaceEvaluation> result;
    EvaluationSubject subject;
};

// A finished robustness re-test (or one read from a case) and the face it is about.
struct RememberedRobustness {
    QRectF box;
    std::shared_ptr<const RobustnessResult> result;
    RobustnessRequest request;
};

// The explanations, evaluations and robustness re-tests finished during the session, each kept with its face (frame,
// face id and box) and its request, so that an examiner who steps away from a face and comes
// back (or reopens a case) sees them again without waiting minutes for a recomputation. Only
// the results of one evidence are kept: a new evidence, model or face detection setting makes
// them refer to other faces, and reset() forgets them.
class ResultMemory {
public:
    void reset(const QString& evidencePath = {});
    const QString& evidencePath() const { return evidencePath_; }
    bool isEmpty() const { return explanations_.empty() && evaluations_.empty() && robustness_.empty(); }

    // Replaces what was kept for the same face, method and settings (a newer result wins).
    void remember(const RememberedExplanation& explanation);
    void remember(const RememberedEvaluation& evaluation);
    void remember(const RememberedRobustness& robustness);

    // The explanation of the face `faceId` with `box` in `frame`: the one of `method` made with
    // `request`'s settings when `request` is given, else the newest one of that face (of
    // `method` when there is one). Null when there is none.
    const RememberedExplanation* explanation(int frame, int faceId, const QRectF& box, const QString& method,
                                             const ExplainRequest* request = nullptr) const;
    // The newest evaluation of that face, or null.
    const RememberedEvaluation* evaluation(int frame, int faceId, const QRectF& box) const;
    // The newest robustness re-test of that face, or null.
    const RememberedRobustness* robustness(int frame, int faceId, const QRectF& box) const;

    int explanationCount() const { return int(explanations_.size()); }
    int evaluationCount() const { return int(evaluations_.size()); }

private:
    QString evidencePath_;
    std::vector<RememberedExplanation> explanations_; // oldest first
    std::vector<RememberedEvaluation> evaluations_;
    std::vector<RememberedRobustness> robustness_;
};

// True when two boxes overlap enough to be the same face (intersection over union >= 0.5).
bool sameFaceBox(const QRectF& a, const QRectF& b);

} // namespace fakelens::ui
