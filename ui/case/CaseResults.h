#pragma once

#include "report/ReportInput.h"

#include <QRectF>

#include <map>
#include <vector>

namespace fakelens::ui {

class ResultMemory;

// Where the first face with a stored result is, so the workbench can go there.
struct CaseFaceLocation {
    int frame = -1; // -1: the case stores no explanation or evaluation
    int faceId = 0;
    QRectF box;
};

// Puts the explanations, evaluations and robustness re-tests a case stores with its faces into
// `memory`, keyed like the workbench's own results (frame, face id, box), so that showing such a
// face (or Ctrl+R on it) shows them without a job. Returns the first face explained or evaluated.
CaseFaceLocation rememberCaseResults(const ReportInput& analysis, bool inVideo, ResultMemory& memory);

// The boxes the examiner drew in a case's analysis, by frame in the order saved (which is the
// order drawn): WorkbenchSession::restoreDrawnBoxes() scores them again with their frames.
std::map<int, std::vector<cv::Rect2f>> drawnBoxesOf(const ReportInput& analysis);

} // namespace fakelens::ui
