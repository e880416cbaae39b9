#pragma once

#include <QImage>
#include <QWidget>

namespace fakelens::ui {

// The heatmap's colour scale (the chosen colour map, JET by default), from the least to the most important
// region for the verdict "fake". Each map is scaled to its own range, so the legend names ends,
// not values.
class ColorLegend : public QWidget {
    Q_OBJECT

public:
    explicit ColorLegend(QWidget* parent = nullptr);
    void setColorMap(const QString& key); // ui/settings/ColorMaps.h keys
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QImage ramp_;
};

} // namespace fakelens::ui
