#pragma once

#include <QImage>

#include <opencv2/core/mat.hpp>

namespace fakelens::ui {

// A deep copy of an engine image as a QImage, so the QImage never points into a cv::Mat that
// the engine may reuse. Accepts CV_8UC3 RGB, CV_32FC3 RGB in [0,1] and CV_8UC1; anything else
// gives a null QImage.
QImage toQImage(const cv::Mat& image);

// The reverse, for tests and exports: a QImage as CV_8UC3 RGB (deep copy).
cv::Mat toRgbMat(const QImage& image);

} // namespace fakelens::ui
