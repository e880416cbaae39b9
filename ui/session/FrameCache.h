#pragma once

#include <opencv2/core/mat.hpp>

#include <cstddef>
#include <list>
#include <utility>

namespace fakelens::ui {

// The most recently decoded video frames, up to a memory budget. Stepping back one frame would
// otherwise mean decoding the video from its start again (the engine's reader only seeks
// forward, for exactness), so recent frames are kept.
class FrameCache {
public:
    explicit FrameCache(std::size_t budgetBytes = 192u << 20);

    // An empty Mat when the frame is not cached.
    cv::Mat find(int index);
    void insert(int index, const cv::Mat& frame);
    void clear();
    std::size_t size() const { return entries_.size(); }

private:
    std::size_t budget_;
    std::size_t used_ = 0;
    std::list<std::pair<int, cv::Mat>> entries_; // most recent first
};

} // namespace fakelens::ui
