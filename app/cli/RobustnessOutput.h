#pragma once

#include "faces/RobustnessResult.h"

#include <QJsonObject>
#include <QString>

// How fakelens-cli prints a face's robustness re-test (issue 18, part 4): the same JSON object
// and text line in `detect --robustness` and `case show`.
namespace cli {

// The face's own P(fake), each variant's name, P(fake) and verdict, the spread, and "unstable"
// (some variant's verdict differs from the face's).
QJsonObject robustnessToJson(const fakelens::RobustnessResult& result);

// "    robustness: P(fake) 0.8100..0.9300 over 9 variants, max change 0.0500  stable", or
// "UNSTABLE (verdict flips: jpeg50 0.4100, ...)" at the end.
QString robustnessLine(const fakelens::RobustnessResult& result);

} // namespace cli
