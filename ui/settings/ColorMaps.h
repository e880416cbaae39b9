#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <opencv2/core/mat.hpp>

namespace fakelens::ui {

// The colour maps the workbench can paint heatmaps with. The engine renders JET (reports, CLI);
// the choice here only changes how the GUI shows the same saliency values.
class ColorMaps {
    Q_DECLARE_TR_FUNCTIONS(ColorMaps)

public:
    // Keys as stored in the settings: jet (the default), turbo, viridis, inferno, magma, hot,
    // bone (greyscale-like, for printing).
    static QStringList keys();
    // The name shown to the user.
    static QString displayName(const QString& key);
    static bool isKnown(const QString& key);
    // The colours (CV_8UC3, RGB) of a [0,1] CV_32F map under `key` (unknown keys give JET).
    static cv::Mat colors(const cv::Mat& saliency, const QString& key);
};

} // namespace fakelens::ui
