#include "session/FrameCache.h"

namespace fakelens::ui {

namespace {
std::size_t bytesOf(const cv::Mat& m) { return m.total() * m.elemSize(); }
} // namespace

FrameCache::FrameCache(std::size_t budgetBytes) : budget_(budgetBytes) {}

cv::Mat FrameCache::find(int index) {
    for (auto it = entries_.begin(); it != entries_.end(); ++it) {
        if (it->first == index) {
            entries_.splice(entries_.begin(), entries_, it);
            return entries_.front().second;
        }
    }
    return {};
}

void FrameCache::insert(int index, const cv::Mat& frame) {
    if (!find(index).empty())
        return;
    entries_.emplace_front(index, frame);
    used_ += bytesOf(frame);
    while (used_ > budget_ && entries_.size() > 1) {
        used_ -= bytesOf(entries_.back().second);
        entries_.pop_back();
    }
}

void FrameCache::clear() {
    entries_.clear();
    used_ = 0;
}

} // namespace fakelens::ui
