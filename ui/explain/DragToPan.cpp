#include "explain/DragToPan.h"

#include "explain/ZoomPanState.h"

namespace fakelens::ui {

void DragToPan::press(const QPointF& pos) {
    pressed_ = true;
    dragging_ = false;
    pressPos_ = lastPos_ = pos;
}

bool DragToPan::move(const QPointF& pos, ZoomPanState& zoom, const QSizeF& viewSize, bool& started) {
    started = false;
    if (!pressed_)
        return false;
    if (!dragging_ && (pos - pressPos_).manhattanLength() >= kThresholdPixels) {
        dragging_ = true;
        started = true;
    }
    if (dragging_) {
        zoom.panBy(pos - lastPos_, viewSize);
        lastPos_ = pos;
    }
    return dragging_;
}

DragToPan::Release DragToPan::release() {
    if (!pressed_)
        return Release::NotPressed;
    pressed_ = false;
    const bool wasDrag = dragging_;
    dragging_ = false;
    return wasDrag ? Release::DragEnded : Release::Click;
}

} // namespace fakelens::ui
