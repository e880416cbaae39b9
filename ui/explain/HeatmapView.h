#pragma once

#include "explain/DragToPan.h"

#include <QImage>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <vector>

namespace fakelens::ui {

class SegmentOutlines;
class ZoomPanState;

// One explanation heatmap over the face. Wheel zooms at the cursor, dragging pans, and both
// follow a ZoomPanState shared with the paired view. The overlay can be flipped off to see the
// plain face. Hovering reports the image pixel under the cursor; a click (without dragging)
// reports it as clicked. Segment outlines (hovered, pinned, top-k with their rank) are drawn on top.
class HeatmapView : public QWidget {
    Q_OBJECT

public:
    HeatmapView(ZoomPanState* zoom, QWidget* parent = nullptr);

    void setImages(const QImage& face, const QImage& heatmapColors);
    void clear(const QString& placeholder);
    QString placeholder() const { return placeholder_; } // what an empty view says
    void setOverlayOpacity(double opacity);
    void setOverlayVisible(bool visible);
    void setOutlines(std::shared_ptr<const SegmentOutlines> outlines);
    // `topSegments` in rank order (rank 1 first); -1 for no hovered / pinned segment.
    void setHighlights(int hovered, int pinned, const std::vector<int>& topSegments);

    bool hasHeatmap() const { return !heatmap_.isNull(); }
    bool overlayVisible() const { return overlayVisible_; }
    double overlayOpacity() const { return opacity_; }
    // The face with the overlay as shown (at the image's resolution, without outlines).
    QImage composedImage() const;
    // Widget position of the centre of image pixel `pixel` (tests hover there).
    QPoint widgetPositionOfPixel(const QPoint& pixel) const;
    // The rank labels of the top segments as drawn (widget coordinates): none overlap; a label
    // that finds no free place near its segment is left out, the least important first.
    struct RankLabel {
        int rank; // 1 = most important
        QRectF box;
    };
    std::vector<RankLabel> rankLabels() const;
    // The image pixel under a widget position, or (-1, -1).
    QPoint pixelAt(const QPointF& widgetPos) const;

    QSize sizeHint() const override { return {280, 280}; }
    // Faces are square: a view taller than wide would only add empty bands.
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }
    QSize minimumSizeHint() const override { return {160, 160}; }

Q_SIGNALS:
    void pixelHovered(const QPoint& pixel); // (-1, -1) when the cursor leaves the face
    void pixelClicked(const QPoint& pixel);

protected:
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    QTransform imageToWidget() const;
    void drawOutline(QPainter& painter, int segment, const QColor& color, double width) const;

    QPointer<ZoomPanState> zoom_;
    QImage face_;
    QImage heatmap_;
    QString placeholder_;
    double opacity_ = 0.5;
    bool overlayVisible_ = true;
    std::shared_ptr<const SegmentOutlines> outlines_;
    int hovered_ = -1;
    int pinned_ = -1;
    std::vector<int> topSegments_;
    // Drag state: a press becomes a pan once the cursor moved a few pixels; otherwise a click.
    DragToPan drag_;
};

} // namespace fakelens::ui
