#include "explain/ZoomPanState.h"

#include <algorithm>

namespace fakelens::ui {

namespace {
constexpr double kMinScale = 0.1;
constexpr double kMaxScale = 32.0;
} // namespace

ZoomPanState::ZoomPanState(QObject* parent) : QObject(parent) {}

void ZoomPanState::setImageSize(const QSizeF& size) {
    if (size == imageSize_)
        return;
    imageSize_ = size;
    fit();
}

double ZoomPanState::scaleFor(const QSizeF& viewSize) const {
    if (!fit_ || imageSize_.isEmpty())
        return scale_;
    return std::min(viewSize.width() / imageSize_.width(), viewSize.height() / imageSize_.height());
}

QPointF ZoomPanState::centre() const {
    if (fit_)
        return QPointF(imageSize_.width() / 2, imageSize_.height() / 2);
    return centre_;
}

void ZoomPanState::fit() {
    fit_ = true;
    emit changed();
}

void ZoomPanState::actualSize() {
    centre_ = centre();
    fit_ = false;
    scale_ = 1.0;
    emit changed();
}

void ZoomPanState::toggleFitActual() {
    if (fit_)
        actualSize();
    else
        fit();
}

void ZoomPanState::zoomAt(double factor, const QPointF& imagePoint, const QPointF& offsetFromViewCentre,
                          const QSizeF& viewSize) {
    const double current = scaleFor(viewSize);
    const double next = std::clamp(current * factor, kMinScale, kMaxScale);
    fit_ = false;
    scale_ = next;
    // Keep imagePoint under the cursor: centre + offset / scale = imagePoint.
    centre_ = imagePoint - offsetFromViewCentre / next;
    emit changed();
}

void ZoomPanState::panBy(const QPointF& screenDelta, const QSizeF& viewSize) {
    const double scale = scaleFor(viewSize);
    centre_ = centre() - screenDelta / scale;
    scale_ = scale;
    fit_ = false;
    emit changed();
}

} // namespace fakelens::ui
