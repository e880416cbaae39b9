#include "faces/VideoVerdict.h"

#include "faces/DetectedFace.h"

#include <algorithm>
#include <cstdio>
#include <cmath>
#include <functional>
#include <limits>
#include <map>

namespace fakelens {

int topFractionCount(int n, double fraction) {
    if (n <= 0)
        return 0;
    return std::clamp(int(std::ceil(fraction * double(n) - 1e-9)), 1, n);
}

double topFractionMean(std::vector<double> values, double fraction) {
    values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return std::isnan(v); }),
                 values.end());
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const size_t k = size_t(topFractionCount(int(values.size()), fraction));
    std::partial_sort(values.begin(), values.begin() + std::ptrdiff_t(k), values.end(), std::greater<double>());
    double sum = 0;
    for (size_t i = 0; i < k; ++i)
        sum += values[i];
    return sum / double(k);
}

std::string VideoVerdict::rule() {
    return "mean of the top 10% of per-frame maximum P(fake) over confirmed face tracks";
}

std::string verdictRuleClauses(const ModelCard& card, bool includeSmallFaces) {
    const auto num = [](double d) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%g", d);
        return std::string(buf);
    };
    std::string out;
    if (!includeSmallFaces && card.minFaceSide() > 0)
        out += "; faces whose box is under " + num(card.minFaceSide()) +
               " px (shorter side) are too small to judge and left out";
    if (card.hasInconclusiveBand)
        out += "; inconclusive when the score is in [" + num(card.inconclusiveLow) + ", " +
               num(card.inconclusiveHigh) + "]";
    return out;
}

VideoVerdict videoVerdict(const std::vector<TrackTimeline>& tracks, const ModelCard& card,
                          bool includeSmallFaces) {
    VideoVerdict v;
    v.card = card;
    v.smallFacesIncluded = includeSmallFaces;
    std::map<int, double> frameMax;
    for (const TrackTimeline& t : tracks) {
        if (!t.confirmed())
            continue;
        for (const TrackPoint& p : t.points()) {
            if (!includeSmallFaces && card.tooSmallToJudge(faceBoxSide(p.box))) {
                ++v.smallFacesLeftOut;
                continue;
            }
            ++v.facesCounted;
            v.inconclusiveFaces += card.inconclusive(p.fakeProbability) ? 1 : 0;
            auto [it, inserted] = frameMax.emplace(p.frame, p.fakeProbability);
            if (!inserted)
                it->second = std::max(it->second, double(p.fakeProbability));
        }
    }
    std::vector<double> maxima;
    maxima.reserve(frameMax.size());
    for (const auto& [frame, score] : frameMax) {
        maxima.push_back(score);
        v.inconclusiveFrames += card.inconclusive(score) ? 1 : 0;
    }
    v.framesWithFaces = int(maxima.size());
    v.framesInTopFraction = topFractionCount(int(maxima.size()));
    v.fakeScore = topFractionMean(std::move(maxima));
    const bool scored = !std::isnan(v.fakeScore);
    v.inconclusive = scored && card.call(v.fakeScore) == FaceCall::Inconclusive;
    v.fake = scored && card.call(v.fakeScore) == FaceCall::Fake;
    v.ruleText = VideoVerdict::rule() + verdictRuleClauses(card, includeSmallFaces);
    if (card.hasInconclusiveBand)
        v.ruleText += "; frames whose maximum and faces whose P(fake) lie in the band are counted apart";
    return v;
}

VideoVerdict videoVerdict(const std::vector<TrackTimeline>& tracks, double threshold) {
    ModelCard card;
    card.threshold = threshold;
    return videoVerdict(tracks, card, true);
}

} // namespace fakelens
