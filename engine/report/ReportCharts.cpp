#include "report/ReportCharts.h"

#include "report/ReportStrings.h"

#include <QFont>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace fakelens {

namespace {

const QColor kAxis(90, 90, 90);
const QColor kGrid(225, 228, 232);
const QColor kFake(200, 40, 40);
const QColor kReal(40, 100, 180);

QFont chartFont(int pixelSize, bool bold = false) {
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    return font;
}

// A white image `size` logical pixels large, with a painter already scaled to logical pixels.
QImage canvas(QSize size, double scale) {
    QImage image(QSize(int(std::ceil(size.width() * scale)), int(std::ceil(size.height() * scale))),
                 QImage::Format_RGB32);
    image.fill(Qt::white);
    return image;
}

// "Nice" tick spacing (1, 2 or 5 x 10^n) giving about `wanted` ticks over `span`.
double niceStep(double span, int wanted) {
    const double raw = span / std::max(1, wanted);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (raw <= m * magnitude)
            return m * magnitude;
    return 10 * magnitude;
}

QString tickText(double v, double step) {
    const int decimals = step >= 1 ? 0 : int(std::ceil(-std::log10(step) - 1e-9));
    return QString::number(v, 'f', decimals);
}

// Draws the y axis 0..1 (P(fake)) grid and labels inside `plot`.
void drawProbabilityAxis(QPainter& p, const QRectF& plot, double yMin, double yMax, const QString& title) {
    p.setFont(chartFont(10));
    const double step = niceStep(yMax - yMin, 4);
    for (double v = std::ceil(yMin / step) * step; v <= yMax + 1e-9; v += step) {
        const double y = plot.bottom() - (v - yMin) / (yMax - yMin) * plot.height();
        p.setPen(QPen(std::abs(v) < 1e-9 ? kAxis : kGrid, std::abs(v) < 1e-9 ? 1.0 : 0.8));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(kAxis);
        p.drawText(QRectF(0, y - 8, plot.left() - 6, 16), Qt::AlignRight | Qt::AlignVCenter, tickText(v, step));
    }
    p.save();
    p.translate(11, plot.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-plot.height() / 2, -8, plot.height(), 16), Qt::AlignCenter, title);
    p.restore();
}

} // namespace

QImage timelineChart(const std::vector<TimelinePoint>& timeline, double threshold,
                     const std::vector<int>& markedFrames, bool useSeconds, QSize size, double scale) {
    QImage image = canvas(size, scale);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(scale, scale);
    const QRectF plot(50, 26, size.width() - 106, size.height() - 62);

    auto xOf = [useSeconds](const TimelinePoint& t) { return useSeconds ? t.timeSeconds : double(t.frame); };
    double x0 = 0, x1 = 1;
    if (!timeline.empty()) {
        x0 = xOf(timeline.front());
        x1 = xOf(timeline.back());
        if (x1 - x0 < 1e-9) {
            x0 -= 0.5;
            x1 += 0.5;
        }
    }
    auto px = [&](double x) { return plot.left() + (x - x0) / (x1 - x0) * plot.width(); };
    auto py = [&](double v) { return plot.bottom() - std::clamp(v, 0.0, 1.0) * plot.height(); };

    // The "fake" zone first, under everything else.
    p.fillRect(QRectF(plot.left(), plot.top(), plot.width(), py(threshold) - plot.top()), QColor(200, 40, 40, 18));
    drawProbabilityAxis(p, plot, 0.0, 1.0, ReportText::tr("P(fake)"));

    // x ticks
    p.setFont(chartFont(10));
    const double step = niceStep(x1 - x0, 8);
    for (double v = std::ceil(x0 / step) * step; v <= x1 + 1e-9; v += step) {
        const double x = px(v);
        p.setPen(QPen(kGrid, 0.8));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        p.setPen(kAxis);
        p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4));
        p.drawText(QRectF(x - 30, plot.bottom() + 5, 60, 14), Qt::AlignHCenter | Qt::AlignTop, tickText(v, step));
    }
    p.drawText(QRectF(plot.left(), plot.bottom() + 19, plot.width(), 14), Qt::AlignCenter,
               useSeconds ? ReportText::tr("time (seconds)") : ReportText::tr("frame"));

    // Frames with a section of their own.
    for (const TimelinePoint& t : timeline)
        if (std::find(markedFrames.begin(), markedFrames.end(), t.frame) != markedFrames.end()) {
            const double x = px(xOf(t));
            p.setPen(QPen(QColor(230, 140, 0), 1.2, Qt::DotLine));
            p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
            QPainterPath marker;
            marker.moveTo(x - 5, plot.top() - 9);
            marker.lineTo(x + 5, plot.top() - 9);
            marker.lineTo(x, plot.top() - 1);
            marker.closeSubpath();
            p.fillPath(marker, QColor(230, 140, 0));
        }

    p.setPen(QPen(kFake, 1.2, Qt::DashLine));
    p.drawLine(QPointF(plot.left(), py(threshold)), QPointF(plot.right(), py(threshold)));

    // Highest P(fake) per frame as a line, broken where a frame has no face.
    QPainterPath line;
    bool open = false;
    for (const TimelinePoint& t : timeline) {
        if (t.fakeProbabilities.empty()) {
            open = false;
            continue;
        }
        const double top = *std::max_element(t.fakeProbabilities.begin(), t.fakeProbabilities.end());
        const QPointF at(px(xOf(t)), py(top));
        if (open)
            line.lineTo(at);
        else
            line.moveTo(at);
        open = true;
    }
    p.setPen(QPen(QColor(60, 60, 60), 1.4));
    p.setBrush(Qt::NoBrush);
    p.drawPath(line);
    for (const TimelinePoint& t : timeline) {
        const double x = px(xOf(t));
        if (t.fakeProbabilities.empty()) { // no face: a grey cross on the axis
            p.setPen(QPen(QColor(150, 150, 150), 1.2));
            p.drawLine(QPointF(x - 3, plot.bottom() - 3), QPointF(x + 3, plot.bottom() + 3));
            p.drawLine(QPointF(x - 3, plot.bottom() + 3), QPointF(x + 3, plot.bottom() - 3));
            continue;
        }
        for (double v : t.fakeProbabilities) {
            p.setPen(QPen(Qt::white, 0.8));
            p.setBrush(v >= threshold ? kFake : kReal);
            p.drawEllipse(QPointF(x, py(v)), 3.2, 3.2);
        }
    }

    // The threshold's label outside the plot, right of its line: it never hides a point.
    p.setFont(chartFont(9));
    p.setPen(kFake);
    p.drawText(QRectF(plot.right() + 4, py(threshold) - 12, size.width() - plot.right() - 4, 24),
               Qt::AlignLeft | Qt::AlignVCenter, ReportText::tr("threshold\n%1").arg(threshold, 0, 'f', 2));

    // Legend, above the plot.
    p.setFont(chartFont(10));
    double lx = plot.left();
    const double ly = 8;
    auto legendText = [&](const QString& text) {
        p.setPen(kAxis);
        const double w = QFontMetricsF(p.font()).horizontalAdvance(text);
        p.drawText(QRectF(lx, ly - 6, w + 2, 14), Qt::AlignLeft | Qt::AlignVCenter, text);
        lx += w + 16;
    };
    p.setPen(QPen(Qt::white, 0.8));
    p.setBrush(kFake);
    p.drawEllipse(QPointF(lx + 4, ly), 3.2, 3.2);
    lx += 11;
    legendText(ReportText::tr("face called fake"));
    p.setPen(QPen(Qt::white, 0.8));
    p.setBrush(kReal);
    p.drawEllipse(QPointF(lx + 4, ly), 3.2, 3.2);
    lx += 11;
    legendText(ReportText::tr("face called real"));
    p.setPen(QPen(QColor(60, 60, 60), 1.4));
    p.drawLine(QPointF(lx, ly), QPointF(lx + 16, ly));
    lx += 20;
    legendText(ReportText::tr("highest P(fake) in the frame"));
    p.setPen(QPen(QColor(150, 150, 150), 1.2));
    p.drawLine(QPointF(lx, ly - 3), QPointF(lx + 6, ly + 3));
    p.drawLine(QPointF(lx, ly + 3), QPointF(lx + 6, ly - 3));
    lx += 10;
    legendText(ReportText::tr("no face"));
    QPainterPath marker;
    marker.moveTo(lx, ly - 4);
    marker.lineTo(lx + 10, ly - 4);
    marker.lineTo(lx + 5, ly + 4);
    marker.closeSubpath();
    p.fillPath(marker, QColor(230, 140, 0));
    lx += 14;
    legendText(ReportText::tr("face with a section"));

    p.setPen(QPen(kAxis, 1.0));
    p.setBrush(Qt::NoBrush);
    p.drawRect(plot);
    return image;
}

QImage evaluationChart(const FaceEvaluation& evaluation, QSize size, double scale) {
    QImage image = canvas(size, scale);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(scale, scale);
    const QRectF plot(50, 26, size.width() - 62, size.height() - 58);

    int topK = 0;
    double low = 0.0, high = std::max(0.05, evaluation.fakeProbability);
    for (const MethodEvaluation& m : evaluation.methods)
        for (const AttackOutcome& a : m.attacks) {
            topK = std::max(topK, a.k);
            low = std::min(low, a.sufficiency);
            high = std::max(high, a.sufficiency);
        }
    const double yStep = niceStep(high - low, 4);
    const double yMin = std::floor(low / yStep) * yStep;
    const double yMax = std::ceil(high / yStep - 1e-9) * yStep;
    auto py = [&](double v) { return plot.bottom() - (v - yMin) / (yMax - yMin) * plot.height(); };
    drawProbabilityAxis(p, plot, yMin, yMax, ReportText::tr("drop in P(fake)"));

    static const QColor palette[] = {QColor(78, 121, 167), QColor(242, 142, 43), QColor(89, 161, 79),
                                     QColor(225, 87, 89),  QColor(176, 122, 161), QColor(118, 183, 178)};
    const int groups = std::max<int>(1, int(evaluation.methods.size()));
    const double groupWidth = plot.width() / groups;
    const double barWidth = std::min(22.0, groupWidth * 0.8 / std::max(1, topK));
    p.setFont(chartFont(9));
    for (int g = 0; g < int(evaluation.methods.size()); ++g) {
        const MethodEvaluation& m = evaluation.methods[size_t(g)];
        const double centre = plot.left() + (g + 0.5) * groupWidth;
        const double first = centre - barWidth * topK / 2.0;
        for (const AttackOutcome& a : m.attacks) {
            const QColor colour = palette[(a.k - 1) % 6];
            const double top = py(std::max(a.sufficiency, 0.0));
            const double bottom = py(std::min(a.sufficiency, 0.0));
            const QRectF bar(first + (a.k - 1) * barWidth + 1, top, barWidth - 2, std::max(0.8, bottom - top));
            p.setPen(QPen(colour.darker(130), 0.8));
            p.setBrush(a.flipped ? QBrush(colour) : QBrush(colour, Qt::BDiagPattern));
            p.drawRect(bar);
        }
        p.setPen(kAxis);
        p.drawText(QRectF(centre - groupWidth / 2, plot.bottom() + 4, groupWidth, 14), Qt::AlignHCenter | Qt::AlignTop,
                   QString::fromStdString(m.method));
    }

    // Legend: k colours, then solid/hatched.
    p.setFont(chartFont(10));
    double lx = plot.left();
    const double ly = 8;
    for (int k = 1; k <= topK; ++k) {
        p.setPen(QPen(palette[(k - 1) % 6].darker(130), 0.8));
        p.setBrush(palette[(k - 1) % 6]);
        p.drawRect(QRectF(lx, ly - 5, 10, 10));
        const QString text = ReportText::tr("top-%1").arg(k);
        p.setPen(kAxis);
        p.drawText(QRectF(lx + 13, ly - 7, 60, 14), Qt::AlignLeft | Qt::AlignVCenter, text);
        lx += 13 + QFontMetricsF(p.font()).horizontalAdvance(text) + 12;
    }
    p.setPen(QPen(kAxis, 0.8));
    p.setBrush(QColor(150, 150, 150));
    p.drawRect(QRectF(lx, ly - 5, 10, 10));
    p.drawText(QRectF(lx + 13, ly - 7, 200, 14), Qt::AlignLeft | Qt::AlignVCenter, ReportText::tr("flipped to real"));
    lx += 13 + QFontMetricsF(p.font()).horizontalAdvance(ReportText::tr("flipped to real")) + 12;
    p.setBrush(QBrush(QColor(110, 110, 110), Qt::BDiagPattern));
    p.drawRect(QRectF(lx, ly - 5, 10, 10));
    p.drawText(QRectF(lx + 13, ly - 7, 200, 14), Qt::AlignLeft | Qt::AlignVCenter, ReportText::tr("still fake"));

    p.setPen(QPen(kAxis, 1.0));
    p.setBrush(Qt::NoBrush);
    p.drawRect(plot);
    return image;
}

} // namespace fakelens
