#pragma once

#include <QByteArray>
#include <QString>

#include <opencv2/core/mat.hpp>

namespace fakelens {

// A cv::Mat as a BLOB of the case file, so that heatmaps, crops and adversarial images come
// back bit for bit (a PNG would lose CV_32F values, a JSON array would be ten times larger).
// Layout, little-endian (the only byte order FakeLens builds for):
//   "FLMAT1" (6 bytes), int32 OpenCV type, int32 rows, int32 cols, rows*cols*elemSize bytes of
//   a continuous copy. An empty Mat is the header with rows = cols = 0 (type kept).
// Only 2-D mats: every Mat of a ReportInput is.
QByteArray matToBlob(const cv::Mat& mat);

// The inverse. Throws Error(CorruptData) naming `what` (e.g. "faces[1].crop") when the BLOB is
// not one matToBlob() wrote or its size does not match its header.
cv::Mat matFromBlob(const QByteArray& blob, const QString& what);

} // namespace fakelens
