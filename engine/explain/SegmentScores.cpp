#include "explain/SegmentScores.h"

#include "core/Error.h"

#include <opencv2/core.hpp>

#include <algorithm>
#include <numeric>

namespace fakelens {

std::vector<double> meanPerSegment(const cv::Mat& saliency, const Segmentation& segments) {
    if (saliency.type() != CV_32F || saliency.size() != segments.labels.size())
        throw Error(ErrorCode::InvalidArgument, "meanPerSegment",
                    "saliency must be CV_32F at the segmentation's size");
    std::vector<double> sum(size_t(segments.count), 0.0);
    std::vector<long long> pixels(size_t(segments.count), 0);
    for (int y = 0; y < saliency.rows; ++y) {
        const float* value = saliency.ptr<float>(y);
        const int* label = segments.labels.ptr<int>(y);
        for (int x = 0; x < saliency.cols; ++x) {
            sum[size_t(label[x])] += value[x];
            ++pixels[size_t(label[x])];
        }
    }
    for (size_t s = 0; s < sum.size(); ++s)
        if (pixels[s] > 0)
            sum[s] /= double(pixels[s]);
    return sum;
}

cv::Mat paintSegments(const Segmentation& segments, const std::vector<double>& values) {
    if (int(values.size()) < segments.count)
        throw Error(ErrorCode::InvalidArgument, "paintSegments", "fewer values than segments");
    cv::Mat map(segments.labels.size(), CV_32F);
    for (int y = 0; y < map.rows; ++y) {
        const int* label = segments.labels.ptr<int>(y);
        float* out = map.ptr<float>(y);
        for (int x = 0; x < map.cols; ++x)
            out[x] = float(values[size_t(label[x])]);
    }
    return map;
}

std::vector<int> rankDescending(const std::vector<double>& values) {
    std::vector<int> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return values[size_t(a)] > values[size_t(b)]; });
    return order;
}

cv::Mat normalizeForDisplay(const cv::Mat& saliency) {
    if (saliency.empty())
        return {};
    double low = 0, high = 0;
    cv::minMaxLoc(saliency, &low, &high);
    cv::Mat display;
    if (!(high > low)) // constant (or NaN): nothing to show
        return cv::Mat::zeros(saliency.size(), CV_32F);
    saliency.convertTo(display, CV_32F, 1.0 / (high - low), -low / (high - low));
    // Rounding can land a hair outside [0,1]; the display contract is exact.
    cv::min(cv::max(display, 0.0), 1.0, display);
    return display;
}

} // namespace fakelens
