#include "report/SaliencyScale.h"

#include <QFontMetrics>
#include <QPainter>

#include <opencv2/core.hpp>

#include <algorithm>
#include <cmath>

namespace fakelens {

SaliencyRange rangeOf(const cv::Mat& saliency) {
    if (saliency.empty())
        return {};
    cv::Mat values;
    saliency.convertTo(values, CV_32F);
    cv::Mat finite = values == values; // NaN != NaN
    double low = 0, high = 0;
    cv::minMaxLoc(values, &low, &high, nullptr, nullptr, finite);
    return {low, high};
}

std::vector<SaliencyRange> displayRanges(const std::vector<Explanation>& explanations, ScaleMode mode) {
    std::vector<SaliencyRange> ranges;
    for (const Explanation& e : explanations)
        ranges.push_back(rangeOf(e.saliency));
    if (mode == ScaleMode::Shared && !ranges.empty()) {
        SaliencyRange shared = ranges.front();
        for (const SaliencyRange& r : ranges) {
            shared.low = std::min(shared.low, r.low);
            shared.high = std::max(shared.high, r.high);
        }
        std::fill(ranges.begin(), ranges.end(), shared);
    }
    return ranges;
}

cv::Mat scaleForDisplay(const cv::Mat& saliency, const SaliencyRange& range) {
    if (saliency.empty())
        return {};
    if (range.isFlat())
        return cv::Mat::zeros(saliency.size(), CV_32F);
    cv::Mat display;
    const double span = range.high - range.low;
    saliency.convertTo(display, CV_32F, 1.0 / span, -range.low / span);
    cv::min(cv::max(display, 0.0), 1.0, display);
    cv::patchNaNs(display, 0.0);
    return display;
}

std::vector<double> niceTicks(double low, double high, int count) {
    if (!(high > low) || count < 2)
        return {low};
    const double rough = (high - low) / (count - 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * magnitude >= rough) {
            step = m * magnitude;
            break;
        }
    std::vector<double> ticks;
    for (double v = std::ceil(low / step - 1e-9) * step; v <= high + step * 1e-9; v += step)
        ticks.push_back(std::abs(v) < step * 1e-9 ? 0.0 : v);
    return ticks;
}

QString tickText(double value, double step) {
    const int decimals = step > 0 ? std::clamp(int(-std::floor(std::log10(step) + 1e-9)), 0, 6) : 3;
    return QString::number(value, 'f', decimals);
}

QString saliencyUnits(const std::string& method) {
    std::string base = method;
    if (base.size() > 4 && base.compare(base.size() - 4, 4, "_adv") == 0)
        base.resize(base.size() - 4);
    if (base == "LIME")
        return QStringLiteral("LIME weight (\u0394P(fake))");
    if (base == "SHAP")
        return QStringLiteral("Shapley value (\u0394P(fake))");
    if (base == "SOBOL")
        return QStringLiteral("total Sobol index");
    if (base == "RISE")
        return QStringLiteral("mean P(fake) when kept");
    return QStringLiteral("saliency");
}

int colorBarHeight(int pixelSize) { return 3 * pixelSize + 24; }

void drawColorBar(QPainter& painter, const QRect& rect, const QImage& ramp, const SaliencyRange& range,
                  const QString& title) {
    painter.save();
    const QFontMetrics metrics(painter.font());
    const int line = metrics.height();
    const QColor text = painter.pen().color();
    painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), Qt::AlignLeft | Qt::AlignVCenter, title);
    // Room at both ends for the first and last number.
    const int margin = metrics.horizontalAdvance(QStringLiteral("-0.000")) / 2 + 2;
    const QRect bar(rect.left() + margin, rect.top() + line + 2, std::max(10, rect.width() - 2 * margin),
                    std::max(6, rect.height() - 2 * line - 10));
    painter.drawImage(bar, ramp);
    painter.setPen(text);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(bar.adjusted(0, 0, -1, -1));
    const std::vector<double> ticks = niceTicks(range.low, range.high, std::clamp(bar.width() / 70, 2, 7));
    const double step = ticks.size() > 1 ? ticks[1] - ticks[0] : std::max(std::abs(range.high), 1e-3);
    for (double v : ticks) {
        const double f = range.isFlat() ? 0.0 : (v - range.low) / (range.high - range.low);
        const int x = bar.left() + int(std::lround(f * (bar.width() - 1)));
        painter.drawLine(x, bar.bottom(), x, bar.bottom() + 4);
        const QString label = tickText(v, step);
        const int w = metrics.horizontalAdvance(label);
        painter.drawText(QRect(x - w / 2 - 1, bar.bottom() + 5, w + 2, line), Qt::AlignCenter, label);
    }
    painter.restore();
}

} // namespace fakelens
