#include "session/ResultMemory.h"

#include "report/ReportAssembler.h"

#include <algorithm>

namespace fakelens::ui {

namespace {

// A face is the same when its frame and id agree and the boxes overlap (ids are positions in
// the frame's left-to-right order, which a changed detection would shift).
bool sameFace(int frame, int faceId, const QRectF& box, int keptFrame, int keptFaceId, const QRectF& keptBox) {
    return frame == keptFrame && faceId == keptFaceId && sameFaceBox(box, keptBox);
}

} // namespace

bool sameFaceBox(const QRectF& a, const QRectF& b) {
    const QRectF common = a.intersected(b);
    const double inter = common.width() * common.height();
    const double uni = a.width() * a.height() + b.width() * b.height() - inter;
    return uni > 0 && inter / uni >= 0.5;
}

void ResultMemory::reset(const QString& evidencePath) {
    evidencePath_ = evidencePath;
    explanations_.clear();
    evaluations_.clear();
    robustness_.clear();
}

void ResultMemory::remember(const RememberedExplanation& e) {
    const ExplanationSubject& s = e.subject;
    explanations_.erase(std::remove_if(explanations_.begin(), explanations_.end(),
                                       [&](const RememberedExplanation& k) {
                                           return sameFace(s.frameIndex, s.faceId, e.box, k.subject.frameIndex,
                                                           k.subject.faceId, k.box) &&
                                                  k.subject.method == s.method &&
                                                  sameExplanationSettings(k.request, e.request);
                                       }),
                        explanations_.end());
    explanations_.push_back(e);
}

void ResultMemory::remember(const RememberedEvaluation& e) {
    const EvaluationSubject& s = e.subject;
    evaluations_.erase(std::remove_if(evaluations_.begin(), evaluations_.end(),
                                      [&](const RememberedEvaluation& k) {
                                          return sameFace(s.frameIndex, s.faceId, e.box, k.subject.frameIndex,
                                                          k.subject.faceId, k.box);
                                      }),
                       evaluations_.end());
    evaluations_.push_back(e);
}

void ResultMemory::remember(const RememberedRobustness& r) {
    const RobustnessRequest& s = r.request;
    robustness_.erase(std::remove_if(robustness_.begin(), robustness_.end(),
                                     [&](const RememberedRobustness& k) {
                                         return sameFace(s.frameIndex, s.faceId, r.box, k.request.frameIndex,
                                                         k.request.faceId, k.box);
                                     }),
                      robustness_.end());
    robustness_.push_back(r);
}

const RememberedExplanation* ResultMemory::explanation(int frame, int faceId, const QRectF& box, const QString& method,
                                                       const ExplainRequest* request) const {
    const RememberedExplanation* newestOfFace = nullptr;
    const RememberedExplanation* newestOfMethod = nullptr;
    for (const RememberedExplanation& k : explanations_) {
        if (!sameFace(frame, faceId, box, k.subject.frameIndex, k.subject.faceId, k.box))
            continue;
        newestOfFace = &k;
        if (k.subject.method.compare(method, Qt::CaseInsensitive) != 0)
            continue;
        if (request && !sameExplanationSettings(k.request, *request))
            continue;
        newestOfMethod = &k;
    }
    if (request)
        return newestOfMethod;
    return newestOfMethod ? newestOfMethod : newestOfFace;
}

const RememberedEvaluation* ResultMemory::evaluation(int frame, int faceId, const QRectF& box) const {
    for (auto it = evaluations_.rbegin(); it != evaluations_.rend(); ++it)
        if (sameFace(frame, faceId, box, it->subject.frameIndex, it->subject.faceId, it->box))
            return &*it;
    return nullptr;
}

const RememberedRobustness* ResultMemory::robustness(int frame, int faceId, const QRectF& box) const {
    for (auto it = robustness_.rbegin(); it != robustness_.rend(); ++it)
        if (sameFace(frame, faceId, box, it->request.frameIndex, it->request.faceId, it->box))
            return &*it;
    return nullptr;
}

} // namespace fakelens::ui
