#include "settings/ColorMaps.h"

#include "explain/HeatmapRenderer.h"

#include <opencv2/imgproc.hpp>

namespace fakelens::ui {

namespace {

struct MapInfo {
    const char* key;
    int cvMap; // -1: the engine's own JET
};

constexpr MapInfo kMaps[] = {
    {"jet", -1},
    {"turbo", cv::COLORMAP_TURBO},
    {"viridis", cv::COLORMAP_VIRIDIS},
    {"inferno", cv::COLORMAP_INFERNO},
    {"magma", cv::COLORMAP_MAGMA},
    {"hot", cv::COLORMAP_HOT},
    {"bone", cv::COLORMAP_BONE},
};

const MapInfo* find(const QString& key) {
    for (const MapInfo& map : kMaps)
        if (key == QLatin1String(map.key))
            return &map;
    return nullptr;
}

} // namespace

QStringList ColorMaps::keys() {
    QStringList list;
    for (const MapInfo& map : kMaps)
        list << QString::fromLatin1(map.key);
    return list;
}

bool ColorMaps::isKnown(const QString& key) { return find(key) != nullptr; }

QString ColorMaps::displayName(const QString& key) {
    if (key == QLatin1String("jet"))
        return tr("Jet (rainbow, as in the reports)");
    if (key == QLatin1String("turbo"))
        return tr("Turbo (rainbow, even brightness)");
    if (key == QLatin1String("viridis"))
        return tr("Viridis (colour-blind safe)");
    if (key == QLatin1String("inferno"))
        return tr("Inferno (colour-blind safe)");
    if (key == QLatin1String("magma"))
        return tr("Magma (colour-blind safe)");
    if (key == QLatin1String("hot"))
        return tr("Hot (black, red, yellow, white)");
    if (key == QLatin1String("bone"))
        return tr("Bone (grey, prints well)");
    return key;
}

cv::Mat ColorMaps::colors(const cv::Mat& saliency, const QString& key) {
    const MapInfo* map = find(key);
    if (!map || map->cvMap < 0 || saliency.empty())
        return heatmapColors(saliency); // the engine's JET, identical to the reports
    cv::Mat values;
    saliency.convertTo(values, CV_8U, 255.0);
    cv::Mat bgr;
    cv::applyColorMap(values, bgr, map->cvMap);
    cv::Mat rgb;
    cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
    return rgb;
}

} // namespace fakelens::ui
