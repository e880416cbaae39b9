#include "explain/Segmentation.h"

#include "core/Error.h"

#include <opencv2/imgproc.hpp>
#include <opencv2/ximgproc/slic.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <utility>

namespace fakelens {

namespace {

// Labels the 4-connected regions of equal input label, numbered in raster order of first
// appearance. Returns the region count. A flood fill with an explicit stack (no recursion).
int labelConnectedRegions(const cv::Mat& input, cv::Mat& regions) {
    regions.create(input.size(), CV_32S);
    regions.setTo(-1);
    const int rows = input.rows, cols = input.cols;
    std::vector<std::pair<int, int>> stack;
    int next = 0;
    for (int y = 0; y < rows; ++y) {
        for (int x = 0; x < cols; ++x) {
            if (regions.at<int>(y, x) >= 0)
                continue;
            const int label = input.at<int>(y, x);
            const int id = next++;
            regions.at<int>(y, x) = id;
            stack.assign(1, {y, x});
            while (!stack.empty()) {
                const auto [cy, cx] = stack.back();
                stack.pop_back();
                const int ny[4] = {cy - 1, cy + 1, cy, cy};
                const int nx[4] = {cx, cx, cx - 1, cx + 1};
                for (int k = 0; k < 4; ++k) {
                    if (ny[k] < 0 || ny[k] >= rows || nx[k] < 0 || nx[k] >= cols)
                        continue;
                    int& r = regions.at<int>(ny[k], nx[k]);
                    if (r < 0 && input.at<int>(ny[k], nx[k]) == label) {
                        r = id;
                        stack.emplace_back(ny[k], nx[k]);
                    }
                }
            }
        }
    }
    return next;
}

int findRoot(std::vector<int>& parent, int i) {
    while (parent[size_t(i)] != i) {
        parent[size_t(i)] = parent[size_t(parent[size_t(i)])];
        i = parent[size_t(i)];
    }
    return i;
}

// Merges every region smaller than `minArea` into the neighbour it shares the longest border
// with, smallest first, until none is left (or a region has no neighbour). Merging two adjacent
// connected regions keeps the result connected, so the output still has one piece per label.
void mergeSmallRegions(cv::Mat& regions, int regionCount, int minArea) {
    std::vector<int> area(size_t(regionCount), 0);
    std::map<std::pair<int, int>, int> border; // (a < b) -> shared edge length
    for (int y = 0; y < regions.rows; ++y) {
        const int* row = regions.ptr<int>(y);
        const int* below = y + 1 < regions.rows ? regions.ptr<int>(y + 1) : nullptr;
        for (int x = 0; x < regions.cols; ++x) {
            ++area[size_t(row[x])];
            if (x + 1 < regions.cols && row[x + 1] != row[x])
                ++border[std::minmax(row[x], row[x + 1])];
            if (below && below[x] != row[x])
                ++border[std::minmax(row[x], below[x])];
        }
    }
    std::vector<int> parent(static_cast<size_t>(regionCount));
    std::iota(parent.begin(), parent.end(), 0);
    for (;;) {
        int smallest = -1;
        for (int r = 0; r < regionCount; ++r)
            if (parent[size_t(r)] == r && area[size_t(r)] < minArea &&
                (smallest < 0 || area[size_t(r)] < area[size_t(smallest)]))
                smallest = r;
        if (smallest < 0)
            break;
        std::map<int, int> neighbourBorder;
        for (const auto& [pair, length] : border) {
            const int a = findRoot(parent, pair.first), b = findRoot(parent, pair.second);
            if (a == b)
                continue;
            if (a == smallest)
                neighbourBorder[b] += length;
            else if (b == smallest)
                neighbourBorder[a] += length;
        }
        if (neighbourBorder.empty())
            break; // the whole image is one region
        int best = -1, bestLength = -1;
        for (const auto& [root, length] : neighbourBorder)
            if (length > bestLength) {
                best = root;
                bestLength = length;
            }
        parent[size_t(smallest)] = best;
        area[size_t(best)] += area[size_t(smallest)];
    }
    for (int y = 0; y < regions.rows; ++y) {
        int* row = regions.ptr<int>(y);
        for (int x = 0; x < regions.cols; ++x)
            row[x] = findRoot(parent, row[x]);
    }
}

// Renumbers labels 0..S-1 in raster order of first appearance; returns S.
int compactLabels(cv::Mat& labels, std::vector<int>& areas) {
    std::map<int, int> renumber;
    areas.clear();
    for (int y = 0; y < labels.rows; ++y) {
        int* row = labels.ptr<int>(y);
        for (int x = 0; x < labels.cols; ++x) {
            auto it = renumber.find(row[x]);
            if (it == renumber.end()) {
                it = renumber.emplace(row[x], int(renumber.size())).first;
                areas.push_back(0);
            }
            row[x] = it->second;
            ++areas[size_t(it->second)];
        }
    }
    return int(renumber.size());
}

} // namespace

cv::Mat Segmentation::maskOf(const std::vector<int>& segmentIds) const {
    std::vector<unsigned char> chosen(size_t(std::max(count, 0)), 0);
    for (int id : segmentIds)
        if (id >= 0 && id < count)
            chosen[size_t(id)] = 255;
    cv::Mat mask(labels.size(), CV_8U);
    for (int y = 0; y < labels.rows; ++y) {
        const int* label = labels.ptr<int>(y);
        unsigned char* out = mask.ptr<unsigned char>(y);
        for (int x = 0; x < labels.cols; ++x)
            out[x] = chosen[size_t(label[x])];
    }
    return mask;
}

Segmentation segmentSlic(const cv::Mat& rgb, const SlicOptions& options) {
    if (rgb.empty() || (rgb.type() != CV_32FC3 && rgb.type() != CV_8UC3))
        throw Error(ErrorCode::InvalidArgument, "segmentSlic", "image must be CV_32FC3 or CV_8UC3");
    if (options.segments < 1)
        throw Error(ErrorCode::InvalidArgument, "segmentSlic", "segment count must be positive");

    // SLIC clusters in CIELAB like skimage's slic (which lime uses); 8-bit Lab keeps the
    // colour distance on a fixed 0..255 scale that the ruler (compactness) is tuned for.
    cv::Mat rgb8;
    if (rgb.type() == CV_32FC3)
        rgb.convertTo(rgb8, CV_8UC3, 255.0);
    else
        rgb8 = rgb;
    cv::Mat lab;
    cv::cvtColor(rgb8, lab, cv::COLOR_RGB2Lab);

    const double area = double(rgb.rows) * rgb.cols;
    const int regionSize = std::max(2, int(std::lround(std::sqrt(area / options.segments))));
    cv::Ptr<cv::ximgproc::SuperpixelSLIC> slic = cv::ximgproc::createSuperpixelSLIC(
        lab, cv::ximgproc::SLIC, regionSize, options.ruler);
    slic->iterate(std::max(1, options.iterations));
    if (options.minElementPercent > 0)
        slic->enforceLabelConnectivity(options.minElementPercent);
    cv::Mat slicLabels;
    slic->getLabels(slicLabels);

    // OpenCV's connectivity pass does not promise one piece per label, so split every label
    // into its 4-connected regions and fold the crumbs into a neighbour ourselves.
    Segmentation result;
    const int regions = labelConnectedRegions(slicLabels, result.labels);
    const int minArea =
        std::max(1, int(area / options.segments * std::max(0, options.minElementPercent) / 100.0));
    mergeSmallRegions(result.labels, regions, minArea);
    result.count = compactLabels(result.labels, result.areas);
    return result;
}

} // namespace fakelens
