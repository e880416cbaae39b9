#include "faces/EvidenceVerdict.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace fakelens {

std::string EvidenceVerdict::label() const { return !scored ? "none" : fake ? "fake" : "real"; }

std::string imageVerdictRule() { return "highest P(fake) among the faces of the image"; }

EvidenceVerdict imageVerdict(const std::vector<double>& faceFakeProbabilities, double threshold) {
    EvidenceVerdict v;
    v.threshold = threshold;
    v.rule = imageVerdictRule();
    v.fakeScore = std::numeric_limits<double>::quiet_NaN();
    for (double p : faceFakeProbabilities) {
        if (std::isnan(p))
            continue;
        v.fakeScore = v.unitsCounted == 0 ? p : std::max(v.fakeScore, p);
        ++v.unitsCounted;
    }
    v.scored = v.unitsCounted > 0;
    v.fake = v.scored && v.fakeScore >= threshold;
    return v;
}

EvidenceVerdict videoEvidenceVerdict(const VideoVerdict& video, double threshold) {
    EvidenceVerdict v;
    v.threshold = threshold;
    v.rule = VideoVerdict::rule();
    v.unitsCounted = video.framesWithFaces;
    v.scored = video.framesWithFaces > 0 && !std::isnan(video.fakeScore);
    v.fakeScore = v.scored ? video.fakeScore : std::numeric_limits<double>::quiet_NaN();
    v.fake = v.scored && video.fake;
    return v;
}

} // namespace fakelens
