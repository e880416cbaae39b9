#pragma once

#include <opencv2/core/types.hpp>

#include <utility>
#include <vector>

namespace fakelens {

// Intersection over union of two boxes; 0 when either is empty.
double boxIoU(const cv::Rect2f& a, const cv::Rect2f& b);

// Pairs tracks with detections by IoU, greedily: the best-overlapping pair first, then the best
// among the rest, down to `minIoU`. With the few faces of a video frame (and faces that do not
// overlap, because dlib suppresses overlapping detections) greedy equals the optimal
// (Hungarian) assignment in practice and is deterministic: ties go to the lower track index,
// then the lower detection index. Returns (track index, detection index) pairs.
std::vector<std::pair<int, int>> matchByIoU(const std::vector<cv::Rect2f>& tracks,
                                            const std::vector<cv::Rect2f>& detections, double minIoU);

} // namespace fakelens
