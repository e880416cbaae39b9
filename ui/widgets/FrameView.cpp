#include "widgets/FrameView.h"

#include "explain/ZoomPanState.h"
#include "widgets/VerdictColors.h"
#include "widgets/VerdictWords.h"

#include "faces/FaceDetector.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace fakelens::ui {

namespace {
constexpr double kWheelStepExponent = 0.2; // one notch = 2^0.2, five notches double the size
} // namespace

FrameView::FrameView(QWidget* parent) : QWidget(parent), zoom_(new ZoomPanState(this)) {
    setObjectName(QStringLiteral("frameView"));
    connect(zoom_, &ZoomPanState::changed, this, qOverload<>(&QWidget::update));
    setMinimumSize(320, 240);
    setAutoFillBackground(false);
    placeholder_ = tr("Open an image or a video (File › Open, Ctrl+O) or drop a file here.");
}

void FrameView::setFrame(const FrameAnalysis& frame) {
    frame_ = frame;
    if (!frame_.frame.isNull())
        zoom_->setImageSize(QSizeF(frame_.frame.size())); // a new size (another file) fits again
    if (selected_ >= faceCount())
        selected_ = -1;
    update();
}

void FrameView::setSelectedFace(int index) {
    selected_ = index;
    update();
}

void FrameView::setBusy(bool busy) {
    busy_ = busy;
    update();
}

QRectF FrameView::imageRect() const {
    if (frame_.frame.isNull())
        return {};
    const double scale = zoom_->scaleFor(QSizeF(size()));
    const QPointF centre = zoom_->centre();
    const QSizeF shown = QSizeF(frame_.frame.size()) * scale;
    return QRectF(QPointF(width() / 2.0 - centre.x() * scale, height() / 2.0 - centre.y() * scale), shown);
}

QRectF FrameView::toWidget(const QRectF& r) const {
    const QRectF target = imageRect();
    const double s = target.width() / frame_.frame.width();
    return QRectF(target.x() + r.x() * s, target.y() + r.y() * s, r.width() * s, r.height() * s);
}

QPoint FrameView::widgetPoint(const QPointF& framePoint) const {
    return toWidget(QRectF(framePoint, QSizeF())).topLeft().toPoint();
}

QPointF FrameView::toFrame(const QPointF& p) const {
    const QRectF target = imageRect();
    const double s = target.width() / frame_.frame.width();
    return {std::clamp((p.x() - target.x()) / s, 0.0, double(frame_.frame.width())),
            std::clamp((p.y() - target.y()) / s, 0.0, double(frame_.frame.height()))};
}

QRectF FrameView::drawnRect() const { return QRectF(drawFrom_, drawTo_).normalized(); }

void FrameView::startDrawingBox() {
    if (frame_.frame.isNull())
        return;
    drawing_ = true;
    drawPressed_ = false;
    setCursor(Qt::CrossCursor);
    setFocus(Qt::OtherFocusReason); // for Esc
    emit drawingBoxChanged(true);
    update();
}

void FrameView::cancelDrawingBox() {
    if (!drawing_)
        return;
    drawing_ = false;
    drawPressed_ = false;
    unsetCursor();
    emit drawingBoxChanged(false);
    update();
}

bool FrameView::event(QEvent* event) {
    // While drawing, Esc belongs to the drawing, not to the window's Cancel shortcut.
    if (event->type() == QEvent::ShortcutOverride && drawing_ &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void FrameView::keyPressEvent(QKeyEvent* event) {
    if (drawing_ && event->key() == Qt::Key_Escape) {
        cancelDrawingBox();
        return;
    }
    QWidget::keyPressEvent(event);
}

QPoint FrameView::faceCentre(int index) const {
    if (index < 0 || index >= faceCount())
        return {};
    return toWidget(frame_.faces[size_t(index)].box).center().toPoint();
}

void FrameView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), QColor(32, 32, 36));
    if (frame_.frame.isNull()) {
        painter.setPen(QColor(200, 200, 200));
        painter.drawText(rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap, placeholder_);
        return;
    }
    const QRectF target = imageRect();
    // Past 2x the pixels are shown as blocks, as in the heatmaps: zooming in is to see pixels.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, target.width() < 2.0 * frame_.frame.width());
    painter.drawImage(target, frame_.frame);
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < faceCount(); ++i)
        drawBox(painter, frame_.faces[size_t(i)], i == selected_);
    QVector<QRectF> tags;
    for (int i = 0; i < faceCount(); ++i)
        drawTag(painter, frame_.faces[size_t(i)], i == selected_, tags);
    if (drawing_ && drawPressed_) {
        painter.setBrush(QColor(255, 214, 0, 40));
        painter.setPen(QPen(QColor(255, 214, 0), 2, Qt::DashLine));
        painter.drawRect(toWidget(drawnRect()));
    }
    if (drawing_) {
        painter.setPen(Qt::white);
        painter.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignBottom | Qt::AlignHCenter | Qt::TextWordWrap,
                         tr("Drag a box around the face the detector missed (Esc cancels)."));
    }
    if (busy_ && !frame_.scored) {
        painter.setPen(Qt::white);
        painter.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignTop | Qt::AlignRight, tr("detecting faces…"));
    }
}

void FrameView::drawBox(QPainter& painter, const AnalysedFace& face, bool selected) const {
    const QColor color = verdictColor(face.call);
    const QRectF box = toWidget(face.box);
    painter.setBrush(Qt::NoBrush);
    if (selected) {
        // A white halo makes the selected face stand out whatever its verdict colour.
        painter.setPen(QPen(Qt::white, 6));
        painter.drawRect(box);
        // The crop the detector saw (rotated, larger than the box): what an explanation covers.
        QPolygonF crop;
        for (const QPointF& p : face.cropOutline)
            crop << toWidget(QRectF(p, QSizeF())).topLeft();
        painter.setPen(QPen(Qt::white, 1.5, Qt::DashLine));
        painter.drawPolygon(crop);
    }
    // A face the examiner drew: dashed, so it is never taken for one the detector found.
    painter.setPen(QPen(color, selected ? 3 : 2, face.detected.origin == FaceOrigin::Examiner ? Qt::DashLine : Qt::SolidLine));
    painter.drawRect(box);
}

void FrameView::drawTag(QPainter& painter, const AnalysedFace& face, bool selected, QVector<QRectF>& taken) const {
    const QColor color = verdictColor(face.call);
    const QRectF box = toWidget(face.box);
    const QString label = tr("#%1 %2 %3")
                              .arg(face.id)
                              .arg(face.fakeProbability, 0, 'f', 2)
                              .arg(VerdictWords::of(face.call)) +
                          (face.detected.origin == FaceOrigin::Examiner ? QStringLiteral(" ") + tr("(drawn)") : QString());
    QFont font = painter.font();
    font.setBold(true);
    painter.setFont(font);
    const QFontMetrics metrics(font);
    const QSizeF size(metrics.horizontalAdvance(label) + 8, metrics.height() + 2);
    const QRectF above(QPointF(box.left(), box.top() - size.height()), size);
    const QRectF below(QPointF(box.left(), box.bottom()), size);
    auto collides = [&taken](const QRectF& r) {
        for (const QRectF& other : taken)
            if (other.intersects(r))
                return true;
        return false;
    };
    QRectF tag = above;
    if (above.top() < 0 || (collides(above) && !collides(below)))
        tag = below;
    taken << tag;
    painter.fillRect(tag, color);
    if (selected) {
        painter.setPen(QPen(Qt::white, 1.5));
        painter.drawRect(tag);
    }
    painter.setPen(Qt::white);
    painter.drawText(tag, Qt::AlignCenter, label);
}

void FrameView::toggleFitActual() { zoom_->toggleFitActual(); }

void FrameView::wheelEvent(QWheelEvent* event) {
    if (frame_.frame.isNull())
        return;
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    const QRectF target = imageRect();
    const double scale = target.width() / frame_.frame.width();
    const QPointF cursor = event->position();
    const QPointF imagePoint = (cursor - target.topLeft()) / scale;
    zoom_->zoomAt(std::pow(2.0, kWheelStepExponent * steps), imagePoint, cursor - QPointF(width() / 2.0, height() / 2.0),
                  QSizeF(size()));
    event->accept();
}

void FrameView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return;
    if (drawing_) {
        drawPressed_ = true;
        drawFrom_ = drawTo_ = toFrame(event->position());
        update();
        return;
    }
    drag_.press(event->position());
}

void FrameView::mouseMoveEvent(QMouseEvent* event) {
    if (drawing_) {
        if (drawPressed_) {
            drawTo_ = toFrame(event->position());
            update();
        }
        return;
    }
    bool started = false;
    drag_.move(event->position(), *zoom_, QSizeF(size()), started);
    if (started)
        setCursor(Qt::ClosedHandCursor);
}

void FrameView::mouseDoubleClickEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton && !frame_.frame.isNull())
        zoom_->toggleFitActual();
}

void FrameView::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return;
    if (drawing_) {
        if (!drawPressed_)
            return;
        drawTo_ = toFrame(event->position());
        drawPressed_ = false;
        const QRectF box = drawnRect();
        // A click or a tiny drag is no face: stay in the mode for another try.
        if (box.width() < kMinDrawnSide || box.height() < kMinDrawnSide) {
            update();
            return;
        }
        cancelDrawingBox();
        emit boxDrawn(box);
        return;
    }
    const DragToPan::Release release = drag_.release();
    if (release == DragToPan::Release::DragEnded)
        unsetCursor();
    if (release != DragToPan::Release::Click)
        return;
    // The smallest box under the cursor wins, so a face inside another face's box can be picked.
    int best = -1;
    double bestArea = 0;
    for (int i = 0; i < faceCount(); ++i) {
        const QRectF box = toWidget(frame_.faces[size_t(i)].box);
        const double area = box.width() * box.height();
        if (box.contains(event->position()) && (best < 0 || area < bestArea)) {
            best = i;
            bestArea = area;
        }
    }
    if (best >= 0)
        emit faceClicked(best);
}

} // namespace fakelens::ui
