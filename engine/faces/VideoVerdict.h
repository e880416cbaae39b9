#pragma once

#include "faces/TrackTimeline.h"

#include <string>
#include <vector>

namespace fakelens {

// The fraction of the highest scores the video rule averages: the top decile.
constexpr double kVideoTopFraction = 0.1;

// Mean of the highest ceil(fraction x n) values (at least one); NaN when `values` is empty.
// NaN values are ignored.
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
struct VideoVerdict {
    double fakeScore = 0;      // NaN when no frame had a confirmed face
    bool fake = false;
    int framesWithFaces = 0;   // frames that took part
    int framesInTopFraction = 0;
    static std::string rule(); // one line, for reports and JSON
};

// Applies the rule above to a scan's tracks (only confirmed ones count).
VideoVerdict videoVerdict(const std::vector<TrackTimeline>& tracks, double threshold);

} // namespace fakelens
