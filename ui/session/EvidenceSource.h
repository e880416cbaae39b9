#pragma once

#include "core/CancelToken.h"
#include "session/FrameCache.h"
#include "session/MediaInfo.h"

#include <opencv2/core/mat.hpp>

#include <memory>
#include <string>

namespace fakelens {
class VideoReader;
}

namespace fakelens::ui {

// The opened evidence: one image, or a video read frame by frame. Used only inside engine jobs,
// which run one at a time, so it needs no locking.
class EvidenceSource {
public:
    // Opens an image or a video (by extension) and reads its first frame; throws Error.
    static std::shared_ptr<EvidenceSource> open(const std::string& path);
    ~EvidenceSource();

    const MediaInfo& info() const { return info_; }
    // Frame `index` as CV_8UC3 RGB (shared with the cache: do not write into it). Throws
    // Error(VideoUnreadable) when the video ends before it, CancelledError when `cancel` is set
    // while a long seek decodes its way to the frame.
    cv::Mat frame(int index, const CancelToken& cancel = {});

private:
    EvidenceSource() = default;
    cv::Mat decodeVideoFrame(int index, const CancelToken& cancel);

    MediaInfo info_;
    cv::Mat image_;                        // images only
    std::unique_ptr<VideoReader> reader_;  // videos only
    FrameCache cache_;
};

} // namespace fakelens::ui
