#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "models/ModelCard.h"

#include <opencv2/core/types.hpp>

namespace fakelens {

// Every word the report prints goes through ReportText::tr() (context "Report"), so that the
// report can be translated with Qt Linguist later like the GUI; the long explanatory texts are
// kept here in one place. English only for now.
class ReportText {
    Q_DECLARE_TR_FUNCTIONS(Report)

public:
    // "How to read the heatmaps": what they show and what they cannot show.
    static QString heatmapNote();
    // What the detector's score is and is not.
    static QString verdictNote();
    // One paragraph on the evaluation (top-k attack), shown with its tables.
    static QString evaluationNote();
    // One line per method family ("LIME", "SHAP", "SOBOL", "RISE", "adversarial").
    static QString methodDescription(const QString& base);
    // "fake" / "real", as the verdict is spelled everywhere in the report.
    static QString verdict(bool fake);
    // "fake" / "real" / "inconclusive" (ModelCard::call), likewise.
    static QString verdict(FaceCall call);
    // The verdict word as coloured HTML (class fake / real / inconclusive).
    static QString verdictSpan(FaceCall call);
    // "a", "a and b", "a, b and c": the one way the report lists things in running text.
    static QString listOf(const QStringList& items);
    // " (too small to judge: left out of the verdict)" after a face's word, or "".
    static QString smallFaceNote(const ModelCard& card, const cv::Rect2f& box, bool kept);
};

} // namespace fakelens
