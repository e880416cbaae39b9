#pragma once

#include "faces/DrawnBox.h"

#include <QCommandLineParser>

#include <vector>

// --face-box [FRAME:]X,Y,W,H (repeatable): faces the examiner draws because the detector missed
// them (issue 18, part 5). On a video the box is drawn on frame FRAME and the tracker follows
// the face from there. One parser for detect, explain, analyse and report.
namespace cli {

void addFaceBoxOption(QCommandLineParser& parser);

// The boxes given, in frame pixels, in the order given (frame 0 when none is given). Throws
// fakelens::Error(InvalidArgument) naming the option for text that is not four finite numbers
// with an optional whole frame number, and for --face-box with --no-detect (a drawn face is
// fitted with the landmark model). Whether a box lies in the image is checked once the image is
// read (fakelens::checkDrawnBox()), its frame by the video scan or fakelens::drawnBoxesOnImage().
std::vector<fakelens::DrawnBox> faceBoxesFromOptions(const QCommandLineParser& parser);

} // namespace cli
