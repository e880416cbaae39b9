#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <cmath>

// Small HTML and number-formatting helpers shared by the report's composers. Everything the
// user typed (case ID, examiner, paths) goes through esc(): the report is HTML underneath.
namespace fakelens::html {

inline QString esc(const QString& text) { return text.toHtmlEscaped(); }
inline QString esc(const std::string& text) { return QString::fromStdString(text).toHtmlEscaped(); }

// One row of a key/value table; `value` is HTML already. `keyWidth` as an HTML width ("28%",
// "92" pixels): narrow tables beside a figure need a fixed key column.
inline QString kvRow(const QString& key, const QString& value, const QString& keyWidth = QStringLiteral("28%")) {
    return QStringLiteral("<tr><td class=\"key\" width=\"%3\">%1</td><td>%2</td></tr>").arg(esc(key), value, keyWidth);
}

inline QString kvTable(const QString& rows) {
    return QStringLiteral("<table class=\"kv\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">%1</table>")
        .arg(rows);
}

inline QString mono(const QString& text) { return QStringLiteral("<span class=\"mono\">%1</span>").arg(esc(text)); }

inline QString probability(double p) { return QString::number(p, 'f', 4); }

// Scores of different methods differ by orders of magnitude: three significant digits.
inline QString score(double v) {
    if (!std::isfinite(v))
        return QStringLiteral("n/a");
    return QString::number(v, 'g', 3);
}

inline QString seconds(double s) { return QString::number(s, 'f', s < 10 ? 2 : 1); }

// ISO 8601 with the UTC offset, e.g. 2025-03-01T14:05:09+01:00 (Z for UTC).
inline QString isoTime(const QDateTime& time) {
    const QDateTime withOffset = time.toOffsetFromUtc(time.offsetFromUtc());
    return withOffset.toString(Qt::ISODate);
}

// 2313570 -> "2,313,570 bytes (2.21 MiB)"
inline QString fileSize(qint64 bytes) {
    QString digits = QString::number(bytes);
    for (int i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    if (bytes < 1024)
        return QStringLiteral("%1 bytes").arg(digits);
    const double kib = bytes / 1024.0;
    const QString human = kib < 1024 ? QStringLiteral("%1 KiB").arg(kib, 0, 'f', 1)
                                     : QStringLiteral("%1 MiB").arg(kib / 1024.0, 0, 'f', 2);
    return QStringLiteral("%1 bytes (%2)").arg(digits, human);
}

// An image with a caption under it, for a cell of a figures table; `width` in report pixels
// (96 per inch).
inline QString figure(const QString& url, int width, int height, const QString& captionHtml) {
    // The cell is as wide as the image (plus padding): the text beside it gets the rest.
    return QStringLiteral("<td align=\"center\" valign=\"top\" width=\"%5\"><img src=\"%1\" width=\"%2\" height=\"%3\"><br>"
                          "<span class=\"caption\">%4</span></td>")
        .arg(url).arg(width).arg(height).arg(captionHtml).arg(width + 8);
}

} // namespace fakelens::html
