#include "explain/SegmentOutlines.h"

#include <algorithm>
#include <limits>

namespace fakelens::ui {

SegmentOutlines::SegmentOutlines(const Segmentation& segments)
    : segments_(segments), outlines_(size_t(std::max(0, segments.count))) {
    // Label points: the segment pixel nearest to the segment's centroid (a centroid can fall
    // outside a curved segment).
    const int n = std::max(0, segments_.count);
    std::vector<double> sx(n, 0), sy(n, 0), area(n, 0);
    const cv::Mat& labels = segments_.labels;
    for (int y = 0; y < labels.rows; ++y)
        for (int x = 0; x < labels.cols; ++x) {
            const int id = labels.at<int>(y, x);
            if (id >= 0 && id < n) {
                sx[id] += x;
                sy[id] += y;
                area[id] += 1;
            }
        }
    std::vector<double> best(n, std::numeric_limits<double>::max());
    labelPoints_.assign(n, QPointF());
    for (int y = 0; y < labels.rows; ++y)
        for (int x = 0; x < labels.cols; ++x) {
            const int id = labels.at<int>(y, x);
            if (id < 0 || id >= n || area[id] == 0)
                continue;
            const double dx = x - sx[id] / area[id];
            const double dy = y - sy[id] / area[id];
            if (dx * dx + dy * dy < best[id]) {
                best[id] = dx * dx + dy * dy;
                labelPoints_[id] = QPointF(x + 0.5, y + 0.5);
            }
        }
}

int SegmentOutlines::segmentAt(int x, int y) const {
    const cv::Mat& labels = segments_.labels;
    if (x < 0 || y < 0 || x >= labels.cols || y >= labels.rows)
        return -1;
    return labels.at<int>(y, x);
}

const QPainterPath& SegmentOutlines::outline(int segment) const {
    static const QPainterPath empty;
    if (segment < 0 || segment >= int(outlines_.size()))
        return empty;
    std::optional<QPainterPath>& cached = outlines_[size_t(segment)];
    if (cached)
        return *cached;
    QPainterPath path;
    const cv::Mat& labels = segments_.labels;
    auto inside = [&](int x, int y) {
        return x >= 0 && y >= 0 && x < labels.cols && y < labels.rows && labels.at<int>(y, x) == segment;
    };
    // One edge per side of a segment pixel that borders another segment or the image edge.
    for (int y = 0; y < labels.rows; ++y)
        for (int x = 0; x < labels.cols; ++x) {
            if (labels.at<int>(y, x) != segment)
                continue;
            if (!inside(x, y - 1)) {
                path.moveTo(x, y);
                path.lineTo(x + 1, y);
            }
            if (!inside(x, y + 1)) {
                path.moveTo(x, y + 1);
                path.lineTo(x + 1, y + 1);
            }
            if (!inside(x - 1, y)) {
                path.moveTo(x, y);
                path.lineTo(x, y + 1);
            }
            if (!inside(x + 1, y)) {
                path.moveTo(x + 1, y);
                path.lineTo(x + 1, y + 1);
            }
        }
    cached = path;
    return *cached;
}

QPointF SegmentOutlines::labelPoint(int segment) const {
    if (segment < 0 || segment >= int(labelPoints_.size()))
        return {};
    return labelPoints_[size_t(segment)];
}

} // namespace fakelens::ui
