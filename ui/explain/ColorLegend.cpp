#include "explain/ColorLegend.h"

#include "ImageConversion.h"
#include "settings/ColorMaps.h"

#include <QPainter>

namespace fakelens::ui {

ColorLegend::ColorLegend(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("colorLegend"));
    setColorMap(QStringLiteral("jet"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ColorLegend::setColorMap(const QString& key) {
    // The same colour map the views use, so the legend cannot drift from them.
    cv::Mat values(1, 256, CV_32F);
    for (int i = 0; i < 256; ++i)
        values.at<float>(0, i) = float(i) / 255.0f;
    ramp_ = toQImage(ColorMaps::colors(values, key));
    update();
}

void ColorLegend::setScales(const QList<Scale>& scales) {
    scales_ = scales;
    updateGeometry();
    update();
}

QSize ColorLegend::sizeHint() const {
    if (scales_.isEmpty())
        return {300, fontMetrics().height() + 16};
    return {300, int(scales_.size()) * (colorBarHeight(fontMetrics().height()) + 4)};
}

void ColorLegend::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setPen(palette().color(QPalette::WindowText));
    if (scales_.isEmpty()) {
        const QString low = tr("low");
        const QString high = tr("high importance for “fake”");
        const QFontMetrics metrics = fontMetrics();
        const int lowWidth = metrics.horizontalAdvance(low) + 8;
        const int highWidth = metrics.horizontalAdvance(high) + 8;
        const QRect bar(lowWidth, 3, std::max(20, width() - lowWidth - highWidth), height() - 6);
        painter.drawImage(bar, ramp_);
        painter.drawRect(bar.adjusted(0, 0, -1, -1));
        painter.drawText(QRect(0, 0, lowWidth - 4, height()), Qt::AlignRight | Qt::AlignVCenter, low);
        painter.drawText(QRect(bar.right() + 6, 0, highWidth, height()), Qt::AlignLeft | Qt::AlignVCenter, high);
        return;
    }
    const int rowHeight = colorBarHeight(fontMetrics().height());
    int top = 0;
    for (const Scale& scale : scales_) {
        drawColorBar(painter, QRect(0, top, width(), rowHeight), ramp_, scale.range, scale.title);
        top += rowHeight + 4;
    }
}

} // namespace fakelens::ui
