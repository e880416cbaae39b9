#include "case/CaseValues.h"

#include "core/Error.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <limits>

namespace fakelens {

namespace {

Error corrupt(const QString& what, const char* why) {
    return Error(ErrorCode::CorruptData, "case file", what.toStdString() + ": " + why);
}

QJsonValue doubleJson(double v) {
    if (std::isnan(v))
        return QStringLiteral("nan");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    if (v == 0 && std::signbit(v))
        return QStringLiteral("-0"); // Qt writes -0 as 0
    return v;
}

double doubleFromJson(const QJsonValue& v, const QString& what) {
    if (v.isDouble())
        return v.toDouble();
    const QString s = v.toString();
    if (s == QLatin1String("nan"))
        return std::numeric_limits<double>::quiet_NaN();
    if (s == QLatin1String("inf"))
        return std::numeric_limits<double>::infinity();
    if (s == QLatin1String("-inf"))
        return -std::numeric_limits<double>::infinity();
    if (s == QLatin1String("-0"))
        return -0.0;
    throw corrupt(what, "not a number in a list");
}

QJsonArray parseArray(const QString& json, const QString& what) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        throw corrupt(what, "not a JSON list");
    return doc.array();
}

QString compact(const QJsonArray& array) {
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray doublesArray(const std::vector<double>& values) {
    QJsonArray array;
    for (double v : values)
        array.append(doubleJson(v));
    return array;
}

std::vector<double> doublesOf(const QJsonArray& array, const QString& what) {
    std::vector<double> values;
    values.reserve(static_cast<std::size_t>(array.size()));
    for (const QJsonValue& v : array)
        values.push_back(doubleFromJson(v, what));
    return values;
}

} // namespace

QString doublesToJson(const std::vector<double>& values) {
    return compact(doublesArray(values));
}

std::vector<double> doublesFromJson(const QString& json, const QString& what) {
    return doublesOf(parseArray(json, what), what);
}

QString doubleMatrixToJson(const std::vector<std::vector<double>>& rows) {
    QJsonArray array;
    for (const auto& row : rows)
        array.append(doublesArray(row));
    return compact(array);
}

std::vector<std::vector<double>> doubleMatrixFromJson(const QString& json, const QString& what) {
    std::vector<std::vector<double>> rows;
    for (const QJsonValue& row : parseArray(json, what)) {
        if (!row.isArray())
            throw corrupt(what, "not a list of lists");
        rows.push_back(doublesOf(row.toArray(), what));
    }
    return rows;
}

QString intsToJson(const std::vector<int>& values) {
    QJsonArray array;
    for (int v : values)
        array.append(v);
    return compact(array);
}

std::vector<int> intsFromJson(const QString& json, const QString& what) {
    std::vector<int> values;
    for (const QJsonValue& v : parseArray(json, what)) {
        const double d = v.toDouble(std::numeric_limits<double>::quiet_NaN());
        if (!v.isDouble() || d != std::floor(d) || std::abs(d) > 2147483647.0)
            throw corrupt(what, "not an integer in a list");
        values.push_back(static_cast<int>(d));
    }
    return values;
}

QString pointsToJson(const std::vector<cv::Point2f>& points) {
    QJsonArray array;
    for (const cv::Point2f& p : points)
        array.append(QJsonArray{doubleJson(p.x), doubleJson(p.y)});
    return compact(array);
}

std::vector<cv::Point2f> pointsFromJson(const QString& json, const QString& what) {
    std::vector<cv::Point2f> points;
    for (const QJsonValue& v : parseArray(json, what)) {
        const QJsonArray xy = v.toArray();
        if (!v.isArray() || xy.size() != 2)
            throw corrupt(what, "not a list of [x, y] points");
        points.emplace_back(static_cast<float>(doubleFromJson(xy[0], what)),
                            static_cast<float>(doubleFromJson(xy[1], what)));
    }
    return points;
}

QVariant realValue(double value) {
    return std::isnan(value) ? QVariant() : QVariant(value);
}

QVariant timeValue(const QDateTime& time) {
    if (!time.isValid())
        return QVariant();
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFromText(const QVariant& value, const QString& what) {
    if (value.isNull())
        return QDateTime();
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        throw corrupt(what, "not an ISO 8601 time");
    return time;
}

QString utcNow() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace fakelens
