#include "explain/HeatmapView.h"

#include "explain/SegmentOutlines.h"
#include "explain/ZoomPanState.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace fakelens::ui {

namespace {
constexpr double kWheelStepExponent = 0.2; // one notch = 2^0.2 (as the evidence frame), small steps
constexpr double kLabelSize = 17.0; // rank label discs, screen pixels
const QColor kHoverColor(255, 255, 255);
const QColor kPinnedColor(255, 0, 255);
const QColor kTopColor(255, 230, 0);
} // namespace

HeatmapView::HeatmapView(ZoomPanState* zoom, QWidget* parent) : QWidget(parent), zoom_(zoom) {
    setMouseTracking(true);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setCursor(Qt::CrossCursor);
    connect(zoom_, &ZoomPanState::changed, this, qOverload<>(&QWidget::update));
}

void HeatmapView::setImages(const QImage& face, const QImage& heatmapColors) {
    face_ = face;
    heatmap_ = heatmapColors;
    if (zoom_)
        zoom_->setImageSize(face_.size());
    update();
}

void HeatmapView::clear(const QString& placeholder) {
    face_ = QImage();
    heatmap_ = QImage();
    outlines_.reset();
    hovered_ = pinned_ = -1;
    topSegments_.clear();
    placeholder_ = placeholder;
    update();
}

void HeatmapView::setOverlayOpacity(double opacity) {
    opacity_ = opacity;
    update();
}

void HeatmapView::setOverlayVisible(bool visible) {
    overlayVisible_ = visible;
    update();
}

void HeatmapView::setOutlines(std::shared_ptr<const SegmentOutlines> outlines) {
    outlines_ = std::move(outlines);
    update();
}

void HeatmapView::setHighlights(int hovered, int pinned, const std::vector<int>& topSegments) {
    hovered_ = hovered;
    pinned_ = pinned;
    topSegments_ = topSegments;
    update();
}

QImage HeatmapView::composedImage() const {
    if (face_.isNull())
        return {};
    QImage composed = face_.convertToFormat(QImage::Format_RGB32);
    if (overlayVisible_ && !heatmap_.isNull()) {
        QPainter painter(&composed);
        painter.setOpacity(opacity_);
        painter.drawImage(composed.rect(), heatmap_);
    }
    return composed;
}

QTransform HeatmapView::imageToWidget() const {
    if (!zoom_ || face_.isNull())
        return {};
    const double scale = zoom_->scaleFor(QSizeF(size()));
    const QPointF centre = zoom_->centre();
    QTransform t;
    t.translate(width() / 2.0, height() / 2.0);
    t.scale(scale, scale);
    t.translate(-centre.x(), -centre.y());
    return t;
}

QPoint HeatmapView::widgetPositionOfPixel(const QPoint& pixel) const {
    return imageToWidget().map(QPointF(pixel) + QPointF(0.5, 0.5)).toPoint();
}

QPoint HeatmapView::pixelAt(const QPointF& widgetPos) const {
    if (face_.isNull())
        return {-1, -1};
    const QPointF p = imageToWidget().inverted().map(widgetPos);
    const QPoint pixel(int(std::floor(p.x())), int(std::floor(p.y())));
    return face_.rect().contains(pixel) ? pixel : QPoint(-1, -1);
}

void HeatmapView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), QColor(24, 24, 28));
    if (face_.isNull()) {
        painter.setPen(QColor(190, 190, 190));
        painter.drawText(rect().adjusted(10, 10, -10, -10), Qt::AlignCenter | Qt::TextWordWrap, placeholder_);
        return;
    }
    const QTransform transform = imageToWidget();
    painter.setTransform(transform);
    // Past 2x the pixels are shown as blocks: an investigator zooms in to see pixels, not blur.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, transform.m11() < 2.0);
    painter.drawImage(QPointF(0, 0), face_);
    if (overlayVisible_ && !heatmap_.isNull()) {
        painter.setOpacity(opacity_);
        painter.drawImage(QRectF(QPointF(0, 0), QSizeF(face_.size())), heatmap_);
        painter.setOpacity(1.0);
    }
    if (!outlines_)
        return;
    for (size_t rank = 0; rank < topSegments_.size(); ++rank)
        drawOutline(painter, topSegments_[rank], kTopColor, 1.5);
    if (pinned_ >= 0)
        drawOutline(painter, pinned_, kPinnedColor, 2.5);
    if (hovered_ >= 0)
        drawOutline(painter, hovered_, kHoverColor, 2.0);
    // Rank numbers in screen space so they stay readable at any zoom.
    painter.resetTransform();
    QFont font = painter.font();
    font.setBold(true);
    painter.setFont(font);
    for (const RankLabel& label : rankLabels()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0, 0, 0, 190));
        painter.drawEllipse(label.box);
        painter.setPen(kTopColor);
        painter.drawText(label.box, Qt::AlignCenter, QString::number(label.rank));
    }
}

std::vector<HeatmapView::RankLabel> HeatmapView::rankLabels() const {
    std::vector<RankLabel> placed;
    if (!outlines_ || face_.isNull())
        return placed;
    const QTransform transform = imageToWidget();
    const double size = kLabelSize;
    // Where a label may go: on its segment, else nudged by one label's width; rank 1 is placed
    // first, so when small segments crowd, the less important labels give way (or are dropped).
    const QPointF nudges[] = {{0, 0}, {0, -size}, {0, size}, {-size, 0}, {size, 0},
                              {-size, -size}, {size, -size}, {-size, size}, {size, size}};
    for (size_t rank = 0; rank < topSegments_.size(); ++rank) {
        const QPointF at = transform.map(outlines_->labelPoint(topSegments_[rank]));
        for (const QPointF& nudge : nudges) {
            const QRectF box(at + nudge - QPointF(size / 2, size / 2), QSizeF(size, size));
            const bool free = std::none_of(placed.begin(), placed.end(),
                                           [&](const RankLabel& other) { return other.box.adjusted(-1, -1, 1, 1).intersects(box); });
            if (free) {
                placed.push_back({int(rank) + 1, box});
                break;
            }
        }
    }
    return placed;
}

void HeatmapView::drawOutline(QPainter& painter, int segment, const QColor& color, double width) const {
    QPen shadow(QColor(0, 0, 0, 160), width + 1.5);
    shadow.setCosmetic(true);
    painter.setPen(shadow);
    painter.setBrush(Qt::NoBrush);
    const QPainterPath& path = outlines_->outline(segment);
    painter.drawPath(path);
    QPen pen(color, width);
    pen.setCosmetic(true);
    painter.setPen(pen);
    painter.drawPath(path);
}

void HeatmapView::wheelEvent(QWheelEvent* event) {
    if (face_.isNull() || !zoom_)
        return;
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    const QPointF cursor = event->position();
    const QPointF imagePoint = imageToWidget().inverted().map(cursor);
    zoom_->zoomAt(std::pow(2.0, kWheelStepExponent * steps), imagePoint, cursor - QPointF(width() / 2.0, height() / 2.0),
                  QSizeF(size()));
    event->accept();
}

void HeatmapView::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton)
        drag_.press(event->position());
}

void HeatmapView::mouseMoveEvent(QMouseEvent* event) {
    const QPointF pos = event->position();
    bool started = false;
    if (zoom_ && drag_.move(pos, *zoom_, QSizeF(size()), started)) {
        if (started)
            setCursor(Qt::ClosedHandCursor);
        return;
    }
    emit pixelHovered(pixelAt(pos));
}

void HeatmapView::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return;
    const DragToPan::Release release = drag_.release();
    if (release == DragToPan::Release::DragEnded)
        setCursor(Qt::CrossCursor);
    if (release != DragToPan::Release::Click)
        return;
    const QPoint pixel = pixelAt(event->position());
    if (pixel.x() >= 0)
        emit pixelClicked(pixel);
}

void HeatmapView::leaveEvent(QEvent*) { emit pixelHovered(QPoint(-1, -1)); }

} // namespace fakelens::ui
