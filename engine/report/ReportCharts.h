#pragma once

#include "evaluate/FaceEvaluator.h"
#include "report/ReportInput.h"

#include <QImage>
#include <QSize>

#include <vector>

namespace fakelens {

// Charts drawn with QPainter (no plotting library in the engine) into images of `size` logical
// pixels rendered at `scale` x for print. Fonts use pixel sizes, so a chart looks the same
// whatever the screen's DPI.

// P(fake) of every face per analysed frame against time (seconds when fps is known, else the
// frame index), the threshold as a dashed line, the frames with their own section marked.
QImage timelineChart(const std::vector<TimelinePoint>& timeline, double threshold,
                     const std::vector<int>& markedFrames, bool useSeconds, QSize size, double scale = 3.0);

// The evaluation of one face: per ranking (method or RANDOM) one group of bars, one bar per k,
// the bar's height the P(fake) drop (sufficiency); bars of attacks that flipped the verdict
// are solid, the others hatched.
QImage evaluationChart(const FaceEvaluation& evaluation, QSize size, double scale = 3.0);

} // namespace fakelens
