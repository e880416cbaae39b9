#pragma once

#include "faces/TrackTimeline.h"
#include "models/ModelCard.h"

#include <string>
#include <vector>

namespace fakelens {

// The fraction of the highest scores the video rule averages: the top decile.
constexpr double kVideoTopFraction = 0.1;

// How many of `n` values the top `fraction` holds: ceil(fraction x n), at least one (0 for none).
int topFractionCount(int n, double fraction = kVideoTopFraction);

// Mean of the highest topFractionCount(n) values; NaN when `values` is empty. NaN values are
// ignored.
double topFractionMean(std::vector<double> values, double fraction = kVideoTopFraction);

// The video-level verdict.
//
// Rule: for each analysed frame, take the highest P(fake) among the faces of confirmed tracks
// in it (frames without such a face do not count); the video's fake score is the mean of the
// top decile (10%) of those per-frame maxima, and the video is fake when that score reaches
// the model's threshold.
// Why: a manipulation may cover only part of a clip or only one of its faces, so a mean over
// every frame and face dilutes it (the max over faces per frame keeps it); but one frame's
// score is noisy (MesoNet on one ffpp_519 frame ranges 0.1-0.8), so the single highest frame
// would call most real videos fake. The top decile needs a tenth of the frames to agree.
// On the two ffpp_519 clips (Meso4_DF, every 10th frame): Deepfakes 0.59, real 0.45.
//
// Small faces: a face observation (one face of a confirmed track in one analysed frame) whose
// box is too small to judge (ModelCard::tooSmallToJudge on faceBoxSide) takes no part unless
// `includeSmallFaces`; those left out are counted in smallFacesLeftOut. On the Hamilton clip the
// ~25-px background faces otherwise decided the verdict.
// Inconclusive band: the video is inconclusive when its score lies in the card's band. Apart
// from that, inconclusiveFrames counts the frames that took part whose per-frame maximum lies in
// the band, and inconclusiveFaces the face observations that took part whose own P(fake) does.
struct VideoVerdict {
    double fakeScore = 0;      // NaN when no frame had a confirmed face
    bool fake = false;
    bool inconclusive = false;
    int framesWithFaces = 0;   // frames that took part
    int framesInTopFraction = 0;
    int facesCounted = 0;      // face observations that took part
    int inconclusiveFrames = 0;
    int inconclusiveFaces = 0;
    int smallFacesLeftOut = 0;
    bool smallFacesIncluded = false;
    ModelCard card;            // threshold and band the score was judged with
    std::string ruleText;      // rule() with this verdict's size limit and band
    static std::string rule(); // the base rule in one line, for reports and JSON
};

// Applies the rule above to a scan's tracks (only confirmed ones count).
VideoVerdict videoVerdict(const std::vector<TrackTimeline>& tracks, const ModelCard& card,
                          bool includeSmallFaces = false);
// Every face counts and there is no band: the rule on the threshold alone.
VideoVerdict videoVerdict(const std::vector<TrackTimeline>& tracks, double threshold);

// The band and size-limit clauses a rule line gets from the card ("" for what does not apply).
std::string verdictRuleClauses(const ModelCard& card, bool includeSmallFaces);

} // namespace fakelens
