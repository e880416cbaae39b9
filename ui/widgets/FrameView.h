#pragma once

#include "explain/DragToPan.h"
#include "session/FrameAnalysis.h"

#include <QImage>
#include <QWidget>

namespace fakelens::ui {

// The shown frame with a box per face labelled "#id P(fake)" and coloured by verdict (red fake,
// green real; a face the examiner drew has a dashed box). Clicking inside a box selects that face. Like the heatmaps, the wheel zooms at the
// cursor in steps of 2^0.2, dragging pans and F (or a double click) toggles fit / 100 %; a new
// video frame of the same size keeps the zoom, so an examiner can step through a detail.
class ZoomPanState;

class FrameView : public QWidget {
    Q_OBJECT

public:
    explicit FrameView(QWidget* parent = nullptr);

    void setFrame(const FrameAnalysis& frame);
    void setSelectedFace(int index);
    void setBusy(bool busy);

    int faceCount() const { return int(frame_.faces.size()); }
    int selectedFace() const { return selected_; }
    // Where face `index`'s box centre is, in widget coordinates (tests click there).
    QPoint faceCentre(int index) const;
    // A frame pixel position in widget coordinates (tests drag there).
    QPoint widgetPoint(const QPointF& framePoint) const;

    // Draw face box mode (Analyse › Draw face box): the next drag draws a rectangle on the
    // frame instead of panning; releasing emits boxDrawn() in frame pixels (clipped to the
    // frame) and ends the mode. Esc, or cancelDrawingBox(), ends it without a box.
    void startDrawingBox();
    void cancelDrawingBox();
    bool isDrawingBox() const { return drawing_; }
    const QImage& frameImage() const { return frame_.frame; }

    QSize sizeHint() const override { return {640, 480}; }
    ZoomPanState* zoom() const { return zoom_; }

public Q_SLOTS:
    void toggleFitActual();

Q_SIGNALS:
    void faceClicked(int index);
    void boxDrawn(const QRectF& frameBox);
    void drawingBoxChanged(bool drawing);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRectF imageRect() const; // where the frame is drawn, in widget coordinates
    QRectF toWidget(const QRectF& frameRect) const;
    QPointF toFrame(const QPointF& widgetPoint) const; // clamped to the frame
    QRectF drawnRect() const;                           // the rectangle being drawn, frame pixels
    void drawBox(QPainter& painter, const AnalysedFace& face, bool selected) const;
    // The label goes above the box, or below it when that would cover a label already drawn
    // (faces in a group photo sit close together).
    void drawTag(QPainter& painter, const AnalysedFace& face, bool selected, QVector<QRectF>& taken) const;

    FrameAnalysis frame_;
    int selected_ = -1;
    bool busy_ = false;
    QString placeholder_;
    ZoomPanState* zoom_;
    // A press becomes a pan once the cursor moved a few pixels; otherwise it selects a face.
    DragToPan drag_;
    bool drawing_ = false;     // Draw face box mode
    bool drawPressed_ = false; // the mouse is down, drawing
    QPointF drawFrom_, drawTo_; // frame pixels
};

} // namespace fakelens::ui
