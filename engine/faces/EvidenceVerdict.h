#pragma once

#include "faces/VideoVerdict.h"
#include "models/ModelCard.h"

#include <string>
#include <vector>

namespace fakelens {

// The one verdict a piece of evidence gets. `detect`, the workbench, the case, the report and
// every table print this and nothing else.
//
// Image rule: the image's fake score is the highest P(fake) among its faces that are large
// enough to judge (ModelCard::tooSmallToJudge on faceBoxSide; smaller ones are left out and
// counted unless the examiner keeps them); that score is called by ModelCard::call: fake at or
// above the threshold, inconclusive inside the card's band (one manipulated face makes a
// manipulated image). inconclusiveUnits counts the judged faces whose own score is in the band.
// Video rule: VideoVerdict (top decile of per-frame maxima over confirmed tracks).
struct EvidenceVerdict {
    bool scored = false;      // at least one face took part; otherwise no verdict
    double fakeScore = 0;     // NaN when not scored
    bool fake = false;
    bool inconclusive = false; // the score is inside the card's band (then fake is false)
    double threshold = 0.5;   // the model's threshold the score was compared with
    int unitsCounted = 0;     // faces (image) or frames with a confirmed face (video)
    int inconclusiveUnits = 0; // image: judged faces in the band; video: frames whose maximum is
    int smallFacesLeftOut = 0; // faces (image) / face observations (video) too small, left out
    bool smallFacesIncluded = false; // the examiner kept the small faces
    std::string rule;         // the rule in one line, for reports and JSON

    // "fake", "real", "inconclusive" or "none" (not scored): the JSON and case value.
    std::string label() const;
    // The word as a FaceCall (Real when not scored; check `scored` first).
    FaceCall call() const { return inconclusive ? FaceCall::Inconclusive : fake ? FaceCall::Fake : FaceCall::Real; }
};

// One face as the image rule needs it.
struct JudgedFace {
    double fakeProbability = 0;
    double boxSide = 0; // faceBoxSide() of its box
};

EvidenceVerdict imageVerdict(const std::vector<JudgedFace>& faces, const ModelCard& card,
                             bool includeSmallFaces = false);
EvidenceVerdict videoEvidenceVerdict(const VideoVerdict& video);

std::string imageVerdictRule();

} // namespace fakelens
