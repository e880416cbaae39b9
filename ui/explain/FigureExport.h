#pragma once

#include "report/SaliencyScale.h"

#include <QCoreApplication>
#include <QImage>
#include <QMap>
#include <QString>
#include <QStringList>

#include <cstdint>

class QPainter;

namespace fakelens::ui {

// What an exported heatmap figure says about itself, so that a PNG in a case file can be traced
// back to its method, colour scale, seed, face, frame and evidence file without the workbench.
struct FigureContext {
    QString method;          // a display name, e.g. a base name + "_adv"
    QString pairedWith;      // the other map of a shared scale, empty when per map
    SaliencyRange range;     // raw values at the ends of the colours
    QString units;           // what the raw values are
    QImage ramp;             // the colour map, low to high
    std::uint64_t seed = 0;
    int faceId = 0;
    int frameNumber = -1;    // 0-based, as everywhere; -1 for a photo
    QString sha256;          // of the evidence file (may be empty)
};

// Exported figures: the view with a caption strip (text and the colour bar with numbers), the
// caption also in the PNG's text chunk (machine-readable, no OCR needed), and the whole
// comparison (both maps and the inspector's values) as PNG or SVG.
class FigureExport {
    Q_DECLARE_TR_FUNCTIONS(FigureExport)

public:
    static constexpr int kHashPrefix = 16; // hex digits of the SHA-256 printed on the figure

    static QStringList captionLines(const FigureContext& context);
    // The key/value pairs written into the PNG (Title, Description, Method, Seed, SHA-256, ...).
    static QMap<QString, QString> metadata(const FigureContext& context);
    // `view` (enlarged to at least 512 px wide) above its caption strip.
    static QImage captioned(const QImage& view, const FigureContext& context);
    // PNG with `text` in its tEXt/iTXt chunks.
    static bool savePng(QImage image, const QMap<QString, QString>& text, const QString& path);

    // Both maps side by side with their captions and `notes` (the inspector's values) below.
    static QSize comparisonSize(const QStringList& notes);
    static void paintComparison(QPainter& painter, const QImage& left, const QImage& right, const FigureContext& leftContext,
                                const FigureContext& rightContext, const QStringList& notes);
    static QImage comparison(const QImage& left, const QImage& right, const FigureContext& leftContext,
                             const FigureContext& rightContext, const QStringList& notes);
    static bool saveComparisonSvg(const QString& path, const QImage& left, const QImage& right,
                                  const FigureContext& leftContext, const FigureContext& rightContext, const QStringList& notes);
};

} // namespace fakelens::ui
