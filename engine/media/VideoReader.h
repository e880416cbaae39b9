#pragma once

#include <opencv2/core/mat.hpp>

#include <memory>
#include <string>

namespace fakelens {

struct VideoInfo {
    int width = 0;
    int height = 0;
    double fps = 0.0;
    int reportedFrameCount = 0; // what the container says; not trusted for seeking
    double durationSeconds() const { return fps > 0 ? reportedFrameCount / fps : 0.0; }
};

// Streams the frames of a video file in order (one frame in memory at a time). Seeking is done
// by decoding forward from the current position when the target is ahead, so that containers
// with wrong frame counts or imprecise seeking do not give the wrong frame.
class VideoReader {
public:
    explicit VideoReader(const std::string& path); // throws Error(VideoUnreadable, ...)
    ~VideoReader();
    VideoReader(const VideoReader&) = delete;
    VideoReader& operator=(const VideoReader&) = delete;

    const VideoInfo& info() const { return info_; }
    const std::string& path() const { return path_; }

    // Reads the next frame as CV_8UC3 RGB; false at the end of the stream.
    bool read(cv::Mat& rgb);
    // Positions the reader so that the next read() returns frame `index` (0-based).
    // Returns false when the video ends before that frame.
    bool seek(int index);
    int nextFrameIndex() const { return next_; }

private:
    void reopen();

    std::string path_;
    VideoInfo info_;
    struct Capture;
    std::unique_ptr<Capture> capture_;
    int next_ = 0;
};

} // namespace fakelens
