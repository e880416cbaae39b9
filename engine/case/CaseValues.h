#pragma once

#include <QDateTime>
#include <QString>
#include <QVariant>

#include <opencv2/core/types.hpp>

#include <vector>

namespace fakelens {

// Small lists inside a case row (segment scores, rankings, landmarks, the NES curve, the
// agreement matrix) are JSON text, so `sqlite3 case.flcase` shows them. Qt writes a double with
// the shortest digits that read back to the same bits, except -0; JSON has no NaN or infinity.
// So a double is a JSON number, or a string for the values JSON cannot hold: "nan", "inf",
// "-inf", "-0". Every double comes back with the same bits (NaN comes back as a NaN).
// The parsers throw Error(CorruptData) naming `what`.
QString doublesToJson(const std::vector<double>& values);
std::vector<double> doublesFromJson(const QString& json, const QString& what);
QString doubleMatrixToJson(const std::vector<std::vector<double>>& rows);
std::vector<std::vector<double>> doubleMatrixFromJson(const QString& json, const QString& what);
QString intsToJson(const std::vector<int>& values);
std::vector<int> intsFromJson(const QString& json, const QString& what);
// [[x, y], ...]; floats go through double exactly.
QString pointsToJson(const std::vector<cv::Point2f>& points);
std::vector<cv::Point2f> pointsFromJson(const QString& json, const QString& what);

// A double for a column without declared type. Such a column keeps -0.0 (REAL affinity would
// store it as the integer 0); SQLite turns NaN into NULL, so NaN is bound as NULL explicitly
// and SqlRow::real() reads NULL back as NaN.
QVariant realValue(double value);

// Times: ISO 8601 with milliseconds in UTC ("2026-12-06T01:52:31.472Z"); a null QDateTime is
// NULL. QDateTime compares instants, so a local time comes back equal (as UTC).
QVariant timeValue(const QDateTime& time);
QDateTime timeFromText(const QVariant& value, const QString& what);
QString utcNow();

} // namespace fakelens
