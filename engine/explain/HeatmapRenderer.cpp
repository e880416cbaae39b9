#include "explain/HeatmapRenderer.h"

#include "core/Error.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace fakelens {

namespace {

cv::Mat toRgb8(const cv::Mat& face) {
    if (face.type() == CV_8UC3)
        return face;
    if (face.type() == CV_32FC3) {
        cv::Mat out;
        face.convertTo(out, CV_8UC3, 255.0);
        return out;
    }
    throw Error(ErrorCode::InvalidArgument, "heatmap", "face must be CV_8UC3 or CV_32FC3 RGB");
}

} // namespace

cv::Mat heatmapColors(const cv::Mat& saliencyDisplay) {
    if (saliencyDisplay.empty() || saliencyDisplay.channels() != 1)
        throw Error(ErrorCode::InvalidArgument, "heatmap", "saliency must be a one-channel map");
    cv::Mat gray, bgr, rgb;
    saliencyDisplay.convertTo(gray, CV_8U, 255.0); // saturates outside [0,1]
    cv::applyColorMap(gray, bgr, cv::COLORMAP_JET);
    cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
    return rgb;
}

cv::Mat renderHeatmapOverlay(const cv::Mat& saliencyDisplay, const cv::Mat& face, double alpha) {
    const cv::Mat rgb = toRgb8(face);
    cv::Mat map = saliencyDisplay;
    if (map.size() != rgb.size())
        cv::resize(saliencyDisplay, map, rgb.size(), 0, 0, cv::INTER_LINEAR);
    const cv::Mat colors = heatmapColors(map);
    alpha = std::clamp(alpha, 0.0, 1.0);
    cv::Mat blended;
    cv::addWeighted(rgb, 1.0 - alpha, colors, alpha, 0.0, blended);
    return blended;
}

cv::Mat renderTopSegments(const cv::Mat& face, const Segmentation& segments,
                          const std::vector<int>& ranking, int topK, const cv::Scalar& color) {
    cv::Mat out = toRgb8(face).clone();
    if (out.size() != segments.labels.size())
        cv::resize(out, out, segments.labels.size(), 0, 0, cv::INTER_AREA);
    const int k = std::clamp(topK, 0, int(ranking.size()));
    for (int i = 0; i < k; ++i) {
        const cv::Mat mask = segments.maskOf({ranking[size_t(i)]});
        std::vector<std::vector<cv::Point>> contours;
        cv::findContours(mask, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_NONE);
        cv::drawContours(out, contours, -1, color, 1);
    }
    return out;
}

} // namespace fakelens
