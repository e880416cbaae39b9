#pragma once

#include <opencv2/core/types.hpp>

#include <QCommandLineParser>

#include <vector>

// --face-box X,Y,W,H (repeatable): faces the examiner draws because the detector missed them
// (issue 18, part 5). One parser for detect, explain, analyse and report.
namespace cli {

void addFaceBoxOption(QCommandLineParser& parser);

// The boxes given, in frame pixels, in the order given. Throws fakelens::Error(InvalidArgument)
// naming the option for text that is not four finite numbers, and for --face-box with
// --no-detect (a drawn face is fitted with the landmark model). Whether a box lies in the image
// is checked once the image is read (fakelens::checkDrawnBox()).
std::vector<cv::Rect2f> faceBoxesFromOptions(const QCommandLineParser& parser);

} // namespace cli
