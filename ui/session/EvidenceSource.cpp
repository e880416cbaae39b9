#include "session/EvidenceSource.h"

#include "core/Error.h"
#include "media/ImageLoader.h"
#include "media/VideoReader.h"
#include "core/FileHash.h"

#include <QFileInfo>

#include <algorithm>

namespace fakelens::ui {

namespace {

// When a step backwards forces the reader to decode from the start, the frames just before the
// target are kept too, so that holding the left arrow does not decode the video once per frame.
constexpr int kBackwardReadAhead = 24;
// A far seek decodes every frame on the way; it checks for a cancel this often so that a stale
// request (the investigator already clicked elsewhere) stops quickly.
constexpr int kSeekSlice = 16;

} // namespace

EvidenceSource::~EvidenceSource() = default;

std::shared_ptr<EvidenceSource> EvidenceSource::open(const std::string& path) {
    std::shared_ptr<EvidenceSource> source(new EvidenceSource);
    MediaInfo& info = source->info_;
    info.path = QString::fromStdString(path);
    if (looksLikeVideo(path)) {
        source->reader_ = std::make_unique<VideoReader>(path);
        const VideoInfo& video = source->reader_->info();
        info.isVideo = true;
        info.width = video.width;
        info.height = video.height;
        info.fps = video.fps;
        info.frameCount = std::max(1, video.reportedFrameCount);
        source->frame(0); // a video without a first frame is not worth showing
    } else {
        LoadedImage loaded = loadImage(path);
        source->image_ = loaded.rgb;
        info.width = loaded.rgb.cols;
        info.height = loaded.rgb.rows;
        info.frameCount = 1;
    }
    info.fileSize = QFileInfo(info.path).size();
    // The analysis's own hash function (a case compares the two), then the file's metadata.
    info.sha256 = sha256OfFile(info.path);
    info.metadata = readEvidenceMetadata(info.path, info.isVideo);
    return source;
}

cv::Mat EvidenceSource::frame(int index, const CancelToken& cancel) {
    if (!reader_) {
        if (index != 0)
            throw Error(ErrorCode::InvalidArgument, info_.path.toStdString(), "an image has only frame 0");
        return image_;
    }
    cv::Mat cached = cache_.find(index);
    if (!cached.empty())
        return cached;
    return decodeVideoFrame(index, cancel);
}

cv::Mat EvidenceSource::decodeVideoFrame(int index, const CancelToken& cancel) {
    const bool backwards = index < reader_->nextFrameIndex();
    const int first = backwards ? std::max(0, index - kBackwardReadAhead) : index;
    const std::string& path = reader_->path();
    const std::string pastTheEnd = "the video ends before frame " + std::to_string(index);
    if (backwards && !reader_->seek(0)) // starts the reader over
        throw Error(ErrorCode::VideoUnreadable, path, pastTheEnd);
    while (reader_->nextFrameIndex() < first) {
        cancel.throwIfCancelled();
        if (!reader_->seek(std::min(first, reader_->nextFrameIndex() + kSeekSlice)))
            throw Error(ErrorCode::VideoUnreadable, path, pastTheEnd);
    }
    cv::Mat rgb;
    for (int i = first; i <= index; ++i) {
        cv::Mat decoded;
        if (!reader_->read(decoded))
            throw Error(ErrorCode::VideoUnreadable, path, pastTheEnd);
        cache_.insert(i, decoded);
        rgb = decoded;
    }
    return rgb;
}

} // namespace fakelens::ui
