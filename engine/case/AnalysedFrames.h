#pragma once

#include "faces/FrameSelection.h"

#include <QString>

#include <vector>

namespace fakelens {

// The START:END:STEP selection that analysed exactly `framesAnalysed` (a video analysis's
// frames, in order): START is the first frame, STEP the usual gap between two, END one past the
// last. A case keeps the frames, not the selection; scanning this selection again with the one
// video pipeline (VideoScanner) gives the case's tracks, scores and verdict again, which is how
// the workbench shows a case's video as the case has it. No frames, or one: that frame alone.
FrameSelection frameSelectionOf(const std::vector<int>& framesAnalysed);

// The selection in the report's words, with how many frames it gave: the one description of
// which frames were analysed, for the CLI's analysis and the workbench's report alike.
QString describeFrameSelection(const FrameSelection& frames, int framesAnalysed);

} // namespace fakelens
