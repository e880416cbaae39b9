#include "media/VideoReader.h"

#include "core/Error.h"
#include "media/StderrCapture.h"

#include <QFileInfo>

#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <cmath>

namespace fakelens {

struct VideoReader::Capture {
    cv::VideoCapture capture;
};

VideoReader::VideoReader(const std::string& path) : path_(path), capture_(std::make_unique<Capture>()) {
    const QFileInfo info(QString::fromStdString(path));
    if (!info.exists())
        throw Error(ErrorCode::FileNotFound, path, "file not found");
    if (!info.isFile())
        throw Error(ErrorCode::FileUnreadable, path, "not a regular file");
    if (info.size() == 0)
        throw Error(ErrorCode::EmptyFile, path, "file is empty (0 bytes)");
    reopen();
    cv::VideoCapture& cap = capture_->capture;
    info_.width = int(cap.get(cv::CAP_PROP_FRAME_WIDTH));
    info_.height = int(cap.get(cv::CAP_PROP_FRAME_HEIGHT));
    info_.fps = cap.get(cv::CAP_PROP_FPS);
    if (!std::isfinite(info_.fps) || info_.fps <= 0 || info_.fps > 1000)
        info_.fps = 0;
    const double frames = cap.get(cv::CAP_PROP_FRAME_COUNT);
    info_.reportedFrameCount = std::isfinite(frames) && frames > 0 && frames < 1e8 ? int(frames) : 0;
    if (info_.width <= 0 || info_.height <= 0)
        throw Error(ErrorCode::VideoUnreadable, path, "the video has no readable picture size");
}

VideoReader::~VideoReader() = default;

void VideoReader::reopen() {
    cv::VideoCapture& cap = capture_->capture;
    cap.release();
    bool opened = false;
    StderrCapture capture;
    try {
        opened = cap.open(path_, cv::CAP_FFMPEG);
    } catch (const cv::Exception&) {
        opened = false;
    }
    const std::string decoderSays = capture.finish();
    if (!opened)
        throw Error(ErrorCode::VideoUnreadable, path_,
                    "cannot open the video (corrupt, truncated or unsupported" +
                        (decoderSays.empty() ? std::string() : ": " + decoderSays) + ")");
    next_ = 0;
}

bool VideoReader::read(cv::Mat& rgb) {
    cv::Mat bgr;
    bool ok = false;
    try {
        ok = capture_->capture.read(bgr);
    } catch (const cv::Exception&) {
        ok = false;
    }
    if (!ok || bgr.empty())
        return false;
    cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
    ++next_;
    return true;
}

bool VideoReader::seek(int index) {
    if (index < 0)
        return false;
    if (index < next_)
        reopen();
    cv::VideoCapture& cap = capture_->capture;
    while (next_ < index) {
        bool ok = false;
        try {
            ok = cap.grab();
        } catch (const cv::Exception&) {
            ok = false;
        }
        if (!ok)
            return false;
        ++next_;
    }
    return true;
}

} // namespace fakelens
