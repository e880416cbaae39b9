#include "session/ResultMemory.h"

#include "report/ReportAssembler.h"

#include <algorithm>
#include <utility>

namespace fakelens::ui {

namespace {

// A face is the same when its frame and id agree and the boxes overlap (ids are positions in
// the frame's left-to-right order, which a changed detection would shift).
bool sameFace(int frame, int faceId, const QRectF& box, int keptFrame, int keptFaceId, const QRectF& keptBox) {
    return frame == keptFrame && faceId == keptFaceId && sameFaceBox(box, keptBox);
}

// A kept result's (frame, face id), wherever its type keeps them.
std::pair<int, int> frameAndFaceOf(const RememberedEvaluation& k) { return {k.subject.frameIndex, k.subject.faceId}; }
std::pair<int, int> frameAndFaceOf(const RememberedRobustness& k) { return {k.request.frameIndex, k.request.faceId}; }

// One kept result per face: `item` replaces the one of the same face (a newer result wins).
template <typename Kept>
void keepNewestOfFace(std::vector<Kept>& kept, const Kept& item) {
    const std::pair<int, int> face = frameAndFaceOf(item);
    kept.erase(std::remove_if(kept.begin(), kept.end(),
                              [&](const Kept& k) {
                                  const std::pair<int, int> keptFace = frameAndFaceOf(k);
                                  return sameFace(face.first, face.second, item.box, keptFace.first, keptFace.second, k.box);
                              }),
               kept.end());
    kept.push_back(item);
}

// The newest kept result of the face, or null.
template <typename Kept>
const Kept* newestOfFace(const std::vector<Kept>& kept, int frame, int faceId, const QRectF& box) {
    for (auto it = kept.rbegin(); it != kept.rend(); ++it) {
        const std::pair<int, int> keptFace = frameAndFaceOf(*it);
        if (sameFace(frame, faceId, box, keptFace.first, keptFace.second, it->box))
            return &*it;
    }
    return nullptr;
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
    keepNewestOfFace(evaluations_, e);
}

void ResultMemory::remember(const RememberedRobustness& r) {
    keepNewestOfFace(robustness_, r);
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
    return newestOfFace(evaluations_, frame, faceId, box);
}

const RememberedRobustness* ResultMemory::robustness(int frame, int faceId, const QRectF& box) const {
    return newestOfFace(robustness_, frame, faceId, box);
}

} // namespace fakelens::ui
