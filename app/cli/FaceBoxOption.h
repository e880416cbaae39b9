#pragma once

#include "faces/DrawnBox.h"

#include <QCommandLineParser>
#include <QString>

#include <opencv2/core/types.hpp>

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
// read (fakelens::checkDrawnBox()), whether its frame is analysed by the video scan.
std::vector<fakelens::DrawnBox> faceBoxesFromOptions(const QCommandLineParser& parser);

// The boxes of an image (`path`): every box must be on frame 0, the image's only frame.
std::vector<cv::Rect2f> imageFaceBoxes(const std::vector<fakelens::DrawnBox>& drawn, const QString& path);

} // namespace cli
