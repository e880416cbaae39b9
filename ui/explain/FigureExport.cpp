#include "explain/FigureExport.h"

#include <QFont>
#include <QImageWriter>
#include <QPainter>
#include <QSvgGenerator>

#include <algorithm>

namespace fakelens::ui {

namespace {
constexpr int kMinFigureWidth = 512;
constexpr int kPad = 10;
constexpr int kTextPixels = 14;
constexpr int kComparisonMapSize = 420;

QFont captionFont() {
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(kTextPixels);
    return font;
}

int lineHeight() { return QFontMetrics(captionFont()).height() + 2; }

// The strip under one map: caption lines, then the colour bar with numbers.
int stripHeight(const FigureContext& context) {
    return kPad + int(FigureExport::captionLines(context).size()) * lineHeight() + colorBarHeight(lineHeight()) + kPad;
}

void paintStrip(QPainter& painter, const QRect& rect, const FigureContext& context) {
    painter.fillRect(rect, Qt::white);
    painter.setPen(Qt::black);
    painter.setFont(captionFont());
    int y = rect.top() + kPad;
    for (const QString& line : FigureExport::captionLines(context)) {
        painter.drawText(QRect(rect.left() + kPad, y, rect.width() - 2 * kPad, lineHeight()), Qt::AlignLeft | Qt::AlignVCenter,
                         line);
        y += lineHeight();
    }
    drawColorBar(painter, QRect(rect.left() + kPad, y, rect.width() - 2 * kPad, colorBarHeight(lineHeight())), context.ramp,
                 context.range, context.units);
}

QImage enlarged(const QImage& view, int width) {
    if (view.width() >= width)
        return view;
    const int factor = (width + view.width() - 1) / std::max(1, view.width());
    // Nearest neighbour: segment borders and pixels stay what they were.
    return view.scaled(view.size() * factor, Qt::KeepAspectRatio, Qt::FastTransformation);
}
} // namespace

QStringList FigureExport::captionLines(const FigureContext& c) {
    QStringList lines;
    lines << (c.frameNumber >= 0 ? tr("%1 heatmap · face #%2 · frame %3").arg(c.method).arg(c.faceId).arg(c.frameNumber)
                                : tr("%1 heatmap · face #%2").arg(c.method).arg(c.faceId));
    lines << (c.pairedWith.isEmpty()
                  ? tr("Colour scale: this map alone, %1 to %2").arg(c.range.low, 0, 'g', 4).arg(c.range.high, 0, 'g', 4)
                  : tr("Colour scale: shared with %1, %2 to %3").arg(c.pairedWith).arg(c.range.low, 0, 'g', 4).arg(c.range.high, 0, 'g', 4));
    lines << tr("Seed %1 · evidence SHA-256 %2…").arg(c.seed).arg(c.sha256.isEmpty() ? tr("unknown") : c.sha256.left(kHashPrefix));
    return lines;
}

QMap<QString, QString> FigureExport::metadata(const FigureContext& c) {
    QMap<QString, QString> text;
    text.insert(QStringLiteral("Title"), captionLines(c).value(0));
    text.insert(QStringLiteral("Description"), captionLines(c).join(QLatin1Char('\n')));
    text.insert(QStringLiteral("Software"), QStringLiteral("FakeLens"));
    text.insert(QStringLiteral("Method"), c.method);
    text.insert(QStringLiteral("ColourScale"), c.pairedWith.isEmpty() ? QStringLiteral("per-map")
                                                                       : QStringLiteral("shared:%1").arg(c.pairedWith));
    text.insert(QStringLiteral("ScaleLow"), QString::number(c.range.low, 'g', 9));
    text.insert(QStringLiteral("ScaleHigh"), QString::number(c.range.high, 'g', 9));
    text.insert(QStringLiteral("Seed"), QString::number(c.seed));
    text.insert(QStringLiteral("Face"), QString::number(c.faceId));
    text.insert(QStringLiteral("Frame"), QString::number(c.frameNumber));
    text.insert(QStringLiteral("EvidenceSHA256"), c.sha256);
    return text;
}

QImage FigureExport::captioned(const QImage& view, const FigureContext& context) {
    const QImage big = enlarged(view, kMinFigureWidth);
    QImage out(big.width(), big.height() + stripHeight(context), QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter painter(&out);
    painter.drawImage(0, 0, big);
    paintStrip(painter, QRect(0, big.height(), big.width(), stripHeight(context)), context);
    return out;
}

bool FigureExport::savePng(QImage image, const QMap<QString, QString>& text, const QString& path) {
    for (auto it = text.begin(); it != text.end(); ++it)
        image.setText(it.key(), it.value());
    QImageWriter writer(path, "png");
    return writer.write(image);
}

QSize FigureExport::comparisonSize(const QStringList& notes) {
    FigureContext probe;
    const int height = kPad + kComparisonMapSize + stripHeight(probe) + int(notes.size()) * lineHeight() + kPad;
    return {3 * kPad + 2 * kComparisonMapSize, height};
}

void FigureExport::paintComparison(QPainter& painter, const QImage& left, const QImage& right, const FigureContext& leftContext,
                                   const FigureContext& rightContext, const QStringList& notes) {
    const QSize size = comparisonSize(notes);
    painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
    const FigureContext* contexts[] = {&leftContext, &rightContext};
    const QImage* images[] = {&left, &right};
    int stripBottom = 0;
    for (int i = 0; i < 2; ++i) {
        const QRect box(kPad + i * (kComparisonMapSize + kPad), kPad, kComparisonMapSize, kComparisonMapSize);
        if (!images[i]->isNull())
            painter.drawImage(box, *images[i]);
        const QRect strip(box.left(), box.bottom() + 1, box.width(), stripHeight(*contexts[i]));
        paintStrip(painter, strip, *contexts[i]);
        stripBottom = std::max(stripBottom, strip.bottom());
    }
    painter.setPen(Qt::black);
    painter.setFont(captionFont());
    int y = stripBottom + 1;
    for (const QString& line : notes) {
        painter.drawText(QRect(kPad, y, size.width() - 2 * kPad, lineHeight()), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += lineHeight();
    }
}

QImage FigureExport::comparison(const QImage& left, const QImage& right, const FigureContext& leftContext,
                                const FigureContext& rightContext, const QStringList& notes) {
    QImage out(comparisonSize(notes), QImage::Format_RGB32);
    QPainter painter(&out);
    paintComparison(painter, left, right, leftContext, rightContext, notes);
    return out;
}

bool FigureExport::saveComparisonSvg(const QString& path, const QImage& left, const QImage& right,
                                     const FigureContext& leftContext, const FigureContext& rightContext,
                                     const QStringList& notes) {
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(comparisonSize(notes));
    svg.setViewBox(QRect(QPoint(0, 0), comparisonSize(notes)));
    svg.setTitle(tr("%1 and %2 of face #%3").arg(leftContext.method, rightContext.method).arg(leftContext.faceId));
    svg.setDescription(captionLines(leftContext).join(QLatin1Char('\n')));
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    paintComparison(painter, left, right, leftContext, rightContext, notes);
    return painter.end();
}

} // namespace fakelens::ui
