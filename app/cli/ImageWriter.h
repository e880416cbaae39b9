#pragma once

#include <QString>

#include <opencv2/core/mat.hpp>

namespace cli {

// Writes an RGB (CV_8UC3) image as PNG atomically (QSaveFile): a failed write leaves no file.
// Throws fakelens::Error(FileUnreadable) naming the file and the reason.
void writePngAtomically(const cv::Mat& rgb, const QString& path);

} // namespace cli
