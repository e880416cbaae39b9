#pragma once

#include "session/FrameAnalysis.h"

#include <QImage>
#include <QWidget>

namespace fakelens::ui {

// The shown frame, fitted to the widget, with a box per face labelled "#id P(fake)" and coloured
// by verdict (red fake, green real). Clicking inside a box selects that face.
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

Q_SIGNALS:
    void faceClicked(int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

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
};

} // namespace fakelens::ui
