#pragma once

#include "report/SaliencyScale.h"

#include <QImage>
#include <QList>
#include <QWidget>

namespace fakelens::ui {

// The heatmap's colour scale (the chosen colour map, JET by default) with numbers in the
// method's units. With a shared scale one bar serves both maps of the pair; with a scale per map
// there is one bar per map, so that no colour is read against the wrong numbers.
class ColorLegend : public QWidget {
    Q_OBJECT

public:
    struct Scale {
        QString title;         // which maps, which mode, which units
        SaliencyRange range;   // raw values at the two ends
    };

    explicit ColorLegend(QWidget* parent = nullptr);
    void setColorMap(const QString& key); // ui/settings/ColorMaps.h keys
    // No scales: the bar without numbers (nothing explained yet).
    void setScales(const QList<Scale>& scales);
    const QList<Scale>& scales() const { return scales_; }
    const QImage& ramp() const { return ramp_; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage ramp_;
    QList<Scale> scales_;
};

} // namespace fakelens::ui
