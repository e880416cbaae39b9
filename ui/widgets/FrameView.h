#pragma once

#include "explain/DragToPan.h"
#include "session/FrameAnalysis.h"

#include <QImage>
#include <QWidget>

namespace fakelens::ui {

// The shown frame with a box per face labelled "#id P(fake)" and coloured by verdict (red fake,
// green real). Clicking inside a box selects that face. Like the heatmaps, the wheel zooms at the
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
    const QImage& frameImage() const { return frame_.frame; }

    QSize sizeHint() const override { return {640, 480}; }
    ZoomPanState* zoom() const { return zoom_; }

public Q_SLOTS:
    void toggleFitActual();

Q_SIGNALS:
    void faceClicked(int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    QRectF imageRect() const; // where the frame is drawn, in widget coordinates
    QRectF toWidget(const QRectF& frameRect) const;
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
};

} // namespace fakelens::ui
