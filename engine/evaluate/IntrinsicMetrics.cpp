#include "evaluate/IntrinsicMetrics.h"

#include "core/Error.h"

#include <opencv2/core.hpp>

#include <algorithm>
#include <cmath>
#include <limits>

namespace fakelens {

namespace {

// a(i,j) of Pino et al.'s eq. 4 for a centred map (mean already subtracted).
double autoCorrelation(const cv::Mat& centred, int di, int dj) {
    const int rows = centred.rows, cols = centred.cols;
    double sum = 0.0;
    for (int h = std::max(0, -di); h < std::min(rows, rows - di); ++h) {
        const double* row = centred.ptr<double>(h);
        const double* shifted = centred.ptr<double>(h + di);
        for (int w = std::max(0, -dj); w < std::min(cols, cols - dj); ++w)
            sum += row[w] * shifted[w + dj];
    }
    return sum;
}

} // namespace

IntrinsicMetrics intrinsicMetrics(const cv::Mat& saliency) {
    if (saliency.empty() || saliency.channels() != 1 ||
        (saliency.depth() != CV_32F && saliency.depth() != CV_64F))
        throw Error(ErrorCode::InvalidArgument, "intrinsic metrics", "saliency must be a one-channel float map");
    cv::Mat map;
    saliency.convertTo(map, CV_64F);

    double lo = 0, hi = 0;
    cv::minMaxLoc(map, &lo, &hi);
    const double range = hi - lo;
    IntrinsicMetrics m;
    if (!(range > 0) || !std::isfinite(range)) {
        m.variance = 0.0;
        m.intraFrameConsistency = std::numeric_limits<double>::quiet_NaN();
        m.centredness = std::numeric_limits<double>::quiet_NaN();
        return m;
    }
    map = (map - lo) / range;

    const double mean = cv::mean(map)[0];
    cv::Mat centred = map - mean;
    const double a00 = centred.dot(centred);
    m.variance = a00 / double(map.total());

    const int vertical = int(std::lround(0.1 * map.rows));
    const int horizontal = int(std::lround(0.1 * map.cols));
    if (a00 > 0) {
        const double shifted = autoCorrelation(centred, vertical, 0) + autoCorrelation(centred, -vertical, 0) +
                               autoCorrelation(centred, 0, horizontal) + autoCorrelation(centred, 0, -horizontal);
        m.intraFrameConsistency = (shifted / 4.0) / a00;
    } else {
        m.intraFrameConsistency = std::numeric_limits<double>::quiet_NaN();
    }

    const int innerRows = int(std::lround(map.rows / std::sqrt(2.0)));
    const int innerCols = int(std::lround(map.cols / std::sqrt(2.0)));
    const cv::Rect inner((map.cols - innerCols) / 2, (map.rows - innerRows) / 2, innerCols, innerRows);
    const double total = map.dot(map);
    const cv::Mat innerMap = map(inner);
    m.centredness = innerMap.dot(innerMap) / total;
    return m;
}

} // namespace fakelens
