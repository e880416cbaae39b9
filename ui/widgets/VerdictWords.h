#pragma once

#include "models/ModelCard.h"

#include <QCoreApplication>
#include <QString>

namespace fakelens::ui {

// The words of the one face verdict (ModelCard::call), so that every panel that tells the
// examiner what the detector says about a face (the face list, the frame's tags, the explanation
// and evaluation panels, the robustness table) uses the same word; its colour is
// verdictColor(FaceCall) in VerdictColors.h.
struct VerdictWords {
    Q_DECLARE_TR_FUNCTIONS(VerdictWords)

public:
    // "fake", "real" or "inconclusive".
    static QString of(FaceCall call);
    // "FAKE", "real" or "inconclusive": in a list a face called fake stands out.
    static QString emphasised(FaceCall call);
    // of(call) as rich text in the verdict's colour, for a label that says more than the word.
    static QString coloured(FaceCall call);
    // The card's inconclusive band in words ("inconclusive when P(fake) is 0.40 to 0.90"), for
    // the places that state the model's rule; "" without a band.
    static QString band(const ModelCard& card);
};

} // namespace fakelens::ui
