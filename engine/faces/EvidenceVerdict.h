#pragma once

#include "faces/VideoVerdict.h"

#include <string>
#include <vector>

namespace fakelens {

// The one verdict a piece of evidence gets. `detect`, the workbench, the case, the report and
// every table print this and nothing else.
//
// Image rule: the image's fake score is the highest P(fake) among its faces; the image is fake
// when that reaches the model's threshold (one manipulated face makes a manipulated image).
// Video rule: VideoVerdict (top decile of per-frame maxima over confirmed tracks).
struct EvidenceVerdict {
    bool scored = false;      // at least one face took part; otherwise no verdict
    double fakeScore = 0;     // NaN when not scored
    bool fake = false;
    double threshold = 0.5;   // the model's threshold the score was compared with
    int unitsCounted = 0;     // faces (image) or frames with a confirmed face (video)
    std::string rule;         // the rule in one line, for reports and JSON

    // "fake", "real" or "none" (not scored): the JSON and case value.
    std::string label() const;
};

EvidenceVerdict imageVerdict(const std::vector<double>& faceFakeProbabilities, double threshold);
EvidenceVerdict videoEvidenceVerdict(const VideoVerdict& video, double threshold);

std::string imageVerdictRule();

} // namespace fakelens
