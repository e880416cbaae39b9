#pragma once

#include <QObject>

class QWidget;

namespace fakelens::ui {

// Charts (QCustomPlot) accept every wheel event, even with zooming off, so a pane full of charts
// would not scroll while the pointer is over one. This filter hands the wheel of a watched
// widget to the nearest scroll area above it; views that zoom (heatmaps, the frame) are simply
// not watched.
class WheelPassThrough : public QObject {
    Q_OBJECT

public:
    // Installs one filter (owned by `widget`) on `widget`.
    static void install(QWidget* widget);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};

} // namespace fakelens::ui
