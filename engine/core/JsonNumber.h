#pragma once

#include <QJsonValue>

#include <cmath>

namespace fakelens {

// JSON has no NaN or infinity: an undefined number (a class with no faces, an empty bin, a
// statistic over nothing) is written as null.
inline QJsonValue jsonNumberOrNull(double v) {
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

} // namespace fakelens
