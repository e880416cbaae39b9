#include "faces/TrackMatching.h"

#include <algorithm>
#include <tuple>

namespace fakelens {

double boxIoU(const cv::Rect2f& a, const cv::Rect2f& b) {
    if (a.area() <= 0 || b.area() <= 0)
        return 0.0;
    const double inter = (a & b).area();
    const double uni = double(a.area()) + double(b.area()) - inter;
    return uni > 0 ? inter / uni : 0.0;
}

std::vector<std::pair<int, int>> matchByIoU(const std::vector<cv::Rect2f>& tracks,
                                            const std::vector<cv::Rect2f>& detections, double minIoU) {
    std::vector<std::tuple<double, int, int>> candidates;
    for (size_t t = 0; t < tracks.size(); ++t)
        for (size_t d = 0; d < detections.size(); ++d) {
            const double iou = boxIoU(tracks[t], detections[d]);
            if (iou >= minIoU)
                candidates.emplace_back(iou, int(t), int(d));
        }
    std::sort(candidates.begin(), candidates.end(), [](const auto& a, const auto& b) {
        if (std::get<0>(a) != std::get<0>(b))
            return std::get<0>(a) > std::get<0>(b);
        if (std::get<1>(a) != std::get<1>(b))
            return std::get<1>(a) < std::get<1>(b);
        return std::get<2>(a) < std::get<2>(b);
    });
    std::vector<bool> trackUsed(tracks.size(), false), detectionUsed(detections.size(), false);
    std::vector<std::pair<int, int>> pairs;
    for (const auto& [iou, t, d] : candidates) {
        if (trackUsed[size_t(t)] || detectionUsed[size_t(d)])
            continue;
        trackUsed[size_t(t)] = detectionUsed[size_t(d)] = true;
        pairs.emplace_back(t, d);
    }
    return pairs;
}

} // namespace fakelens
