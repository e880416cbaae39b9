#pragma once

#include "models/ModelCard.h"

#include <QColor>

namespace fakelens::ui {

// The verdict colours used everywhere (boxes, list, timeline), so "red" always means fake.
inline QColor fakeColor() { return QColor(220, 50, 47); }
inline QColor realColor() { return QColor(46, 160, 67); }
inline QColor inconclusiveColor() { return QColor(214, 140, 0); }
inline QColor verdictColor(bool fake) { return fake ? fakeColor() : realColor(); }
inline QColor verdictColor(FaceCall call) {
    return call == FaceCall::Inconclusive ? inconclusiveColor() : verdictColor(call == FaceCall::Fake);
}
// The model card's inconclusive band shaded behind a chart's data (evaluation chart, NES curve).
inline QColor inconclusiveBandShade() {
    QColor shade = inconclusiveColor();
    shade.setAlpha(45);
    return shade;
}

} // namespace fakelens::ui
