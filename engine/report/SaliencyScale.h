#pragma once

#include "explain/Explainer.h"

#include <QImage>
#include <QRect>
#include <QString>

#include <opencv2/core/mat.hpp>

#include <vector>

class QPainter;

namespace fakelens {

// How the raw saliency values of a pair (classic and _adv) become colours. Shared puts both maps
// on one scale, so that a weaker map looks weaker: the comparison an examiner makes. PerMap
// stretches each map to its own min and max, which shows a map's structure but makes every top
// segment look equally strong.
enum class ScaleMode { Shared, PerMap };

// The raw values at the two ends of a colour bar.
struct SaliencyRange {
    double low = 0.0;
    double high = 0.0;
    bool isFlat() const { return !(high > low); }
};

// The range of one raw saliency map (NaNs ignored; empty -> {0, 0}).
SaliencyRange rangeOf(const cv::Mat& saliency);

// The range each of `explanations` is shown with: its own, or (Shared) the union of all of them.
std::vector<SaliencyRange> displayRanges(const std::vector<Explanation>& explanations, ScaleMode mode);

// `saliency` mapped to [0,1] by `range` (clamped); a flat range gives zeros.
cv::Mat scaleForDisplay(const cv::Mat& saliency, const SaliencyRange& range);

// About `count` round numbers (steps of 1, 2 or 5 times a power of ten) inside [low, high].
std::vector<double> niceTicks(double low, double high, int count = 5);

// A tick value written with as many decimals as its step needs.
QString tickText(double value, double step);

// What a method's raw values are, for the colour bar ("LIME" -> "surrogate weight (ΔP(fake))").
QString saliencyUnits(const std::string& method);

// A colour bar in `rect`: `ramp` (a 1-pixel-high image, low to high) stretched across, ticks
// with numbers underneath, `title` above. Used by the report, the exports and the workbench's
// legend, so all three show the same numbers.
void drawColorBar(QPainter& painter, const QRect& rect, const QImage& ramp, const SaliencyRange& range,
                  const QString& title);

// The height drawColorBar needs for a font of `pixelSize` (title, bar, numbers).
int colorBarHeight(int pixelSize);

} // namespace fakelens
