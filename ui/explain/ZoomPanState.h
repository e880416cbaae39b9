#pragma once

#include <QObject>
#include <QPointF>
#include <QSizeF>

namespace fakelens::ui {

// The zoom and pan shared by the paired explanation views, in image coordinates, so that both
// show the same part of the face at the same magnification whatever their widget sizes. In fit
// mode each view fits the whole image; otherwise `scale` is screen pixels per image pixel and
// `centre` the image point at the middle of each view.
class ZoomPanState : public QObject {
    Q_OBJECT

public:
    explicit ZoomPanState(QObject* parent = nullptr);

    void setImageSize(const QSizeF& size); // back to fit when the size changes
    QSizeF imageSize() const { return imageSize_; }
    bool isFit() const { return fit_; }

    // What a view of `viewSize` shows under this state.
    double scaleFor(const QSizeF& viewSize) const;
    QPointF centre() const;

    void fit();
    void actualSize(); // 100 %: one image pixel per screen pixel
    // Fit <-> 100 %.
    void toggleFitActual();
    // Zooms by `factor` keeping `imagePoint` where it is on screen (at `offsetFromViewCentre`);
    // `viewSize` is the size of the view the zoom came from (for leaving fit mode).
    void zoomAt(double factor, const QPointF& imagePoint, const QPointF& offsetFromViewCentre, const QSizeF& viewSize);
    // Moves the image by a screen delta (drag to pan).
    void panBy(const QPointF& screenDelta, const QSizeF& viewSize);

Q_SIGNALS:
    void changed();

private:
    QSizeF imageSize_;
    bool fit_ = true;
    double scale_ = 1.0;
    QPointF centre_;
};

} // namespace fakelens::ui
