#pragma once

#include <QPointF>
#include <QSizeF>

namespace fakelens::ui {

class ZoomPanState;

// Left-button drag to pan a zoomed view, told apart from a click: a press that moves less than
// a few pixels before release is a click (it picks a face or a segment), anything more pans.
// Shared by the frame view and the explanation views so that both feel the same.
class DragToPan {
public:
    enum class Release { NotPressed, Click, DragEnded };

    void press(const QPointF& pos);
    // Pans `zoom` once the press has moved past the threshold. True while a drag is under way;
    // `started` is set on the move that turned the press into a drag (to change the cursor).
    bool move(const QPointF& pos, ZoomPanState& zoom, const QSizeF& viewSize, bool& started);
    Release release();
    bool isPressed() const { return pressed_; }

private:
    static constexpr int kThresholdPixels = 4;

    bool pressed_ = false;
    bool dragging_ = false;
    QPointF pressPos_;
    QPointF lastPos_;
};

} // namespace fakelens::ui
