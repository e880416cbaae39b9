#include "faces/EvidenceVerdict.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace fakelens {

std::string EvidenceVerdict::label() const {
    return !scored ? "none" : inconclusive ? "inconclusive" : fake ? "fake" : "real";
}

std::string imageVerdictRule() { return "highest P(fake) among the faces of the image"; }

EvidenceVerdict imageVerdict(const std::vector<JudgedFace>& faces, const ModelCard& card,
                             bool includeSmallFaces) {
    EvidenceVerdict v;
    v.threshold = card.threshold;
    v.rule = imageVerdictRule() + verdictRuleClauses(card, includeSmallFaces);
    v.smallFacesIncluded = includeSmallFaces;
    v.fakeScore = std::numeric_limits<double>::quiet_NaN();
    for (const JudgedFace& f : faces) {
        if (std::isnan(f.fakeProbability))
            continue;
        if (!includeSmallFaces && card.tooSmallToJudge(f.boxSide)) {
            ++v.smallFacesLeftOut;
            continue;
        }
        v.fakeScore = v.unitsCounted == 0 ? f.fakeProbability : std::max(v.fakeScore, f.fakeProbability);
        ++v.unitsCounted;
        v.inconclusiveUnits += card.inconclusive(f.fakeProbability) ? 1 : 0;
    }
    v.scored = v.unitsCounted > 0;
    v.inconclusive = v.scored && card.call(v.fakeScore) == FaceCall::Inconclusive;
    v.fake = v.scored && card.call(v.fakeScore) == FaceCall::Fake;
    return v;
}

EvidenceVerdict videoEvidenceVerdict(const VideoVerdict& video) {
    EvidenceVerdict v;
    v.threshold = video.card.threshold;
    v.rule = video.ruleText.empty() ? VideoVerdict::rule() : video.ruleText;
    v.unitsCounted = video.framesWithFaces;
    v.scored = video.framesWithFaces > 0 && !std::isnan(video.fakeScore);
    v.fakeScore = v.scored ? video.fakeScore : std::numeric_limits<double>::quiet_NaN();
    v.fake = v.scored && video.fake;
    v.inconclusive = v.scored && video.inconclusive;
    v.inconclusiveUnits = video.inconclusiveFrames;
    v.smallFacesLeftOut = video.smallFacesLeftOut;
    v.smallFacesIncluded = video.smallFacesIncluded;
    return v;
}

} // namespace fakelens
