#include "media/ImageLoader.h"

#include "core/CaseFileName.h"
#include "core/Error.h"
#include "media/StderrCapture.h"

#include <QFile>
#include <QFileInfo>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>

namespace fakelens {

namespace {

constexpr std::int64_t kMaxFileBytes = 1LL << 30;

// A double: a header's claimed pixel count can exceed 64 bits (see loadImage).
std::string megapixels(double pixels) {
    return std::to_string(std::llround(pixels / 1e6)) + " Mpx";
}

} // namespace

std::int64_t defaultMaxPixels() {
    constexpr std::int64_t kDefault = 100'000'000;
    const QByteArray configured = qgetenv("FAKELENS_MAX_MEGAPIXELS");
    if (configured.isEmpty())
        return kDefault;
    bool ok = false;
    const double megapixels = configured.toDouble(&ok);
    // A typo must not lift the limit: anything but a positive number keeps the default.
    return ok && megapixels > 0 && megapixels < 1e6 ? std::int64_t(megapixels * 1e6) : kDefault;
}

bool looksLikeVideo(const std::string& path) {
    // Content first: an image saved under a video extension is still an image.
    QFile file(QString::fromStdString(path));
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray head = file.read(64);
        if (readImageHeader(std::string(head.constData(), size_t(head.size()))).format != ImageFormat::Unknown)
            return false;
    }
    const QString suffix = QFileInfo(QString::fromStdString(path)).suffix().toLower();
    static const QStringList videoSuffixes = {"mp4", "avi", "mov", "mkv", "webm", "m4v", "mpg", "mpeg", "wmv"};
    return videoSuffixes.contains(suffix);
}

LoadedImage loadImage(const std::string& path, const ImageLoadOptions& options) {
    const QFileInfo info(QString::fromStdString(path));
    if (!info.exists())
        throw Error(ErrorCode::FileNotFound, path, "file not found");
    if (!info.isFile())
        throw Error(ErrorCode::FileUnreadable, path, "not a regular file");
    if (info.size() == 0)
        throw Error(ErrorCode::EmptyFile, path, "file is empty (0 bytes)");
    if (info.size() > kMaxFileBytes)
        throw Error(ErrorCode::ImageTooLarge, path, "image file is larger than 1 GiB");

    QFile file(info.filePath());
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::FileUnreadable, path, "cannot open for reading (" + file.errorString().toStdString() + ")");
    const QByteArray raw = file.readAll();
    if (raw.size() != info.size())
        throw Error(ErrorCode::FileUnreadable, path, "could not read the whole file");
    const std::string bytes(raw.constData(), size_t(raw.size()));

    const ImageHeader header = readImageHeader(bytes);
    if (header.format == ImageFormat::Unknown && hasCaseFileSuffix(info.filePath()))
        throw Error(ErrorCode::UnsupportedFormat, path, "a FakeLens case, not an image or video: open it as a case "
                    "(fakelens-cli case show or report --case; in the workbench, File > Open case)");
    if (header.format == ImageFormat::Unknown)
        throw Error(ErrorCode::UnsupportedFormat, path, "not a supported image (JPEG, PNG, BMP, WebP or TIFF)");
    if (header.format != ImageFormat::Tiff && (header.width <= 0 || header.height <= 0))
        throw Error(ErrorCode::CorruptData, path,
                    std::string("corrupt ") + imageFormatName(header.format) + " header (no image size)");
    // A PNG side can be 2^32 - 1, so width * height can overflow 64 bits (undefined behaviour that
    // wrapped negative and slipped past this check; found by tests/fuzz): compare by division.
    if (header.width > 0 && header.height > 0 && header.width > options.maxPixels / header.height)
        throw Error(ErrorCode::ImageTooLarge, path,
                    "image header claims " + std::to_string(header.width) + "x" + std::to_string(header.height) +
                        " pixels (" + megapixels(double(header.width) * double(header.height)) +
                        "), over the limit of " + megapixels(double(options.maxPixels)) +
                        " (FAKELENS_MAX_MEGAPIXELS raises it)");
    if (!header.complete)
        throw Error(ErrorCode::CorruptData, path,
                    std::string("truncated ") + imageFormatName(header.format) + " file (its end marker is missing)");

    const cv::Mat buffer(1, int(bytes.size()), CV_8U, const_cast<char*>(bytes.data()));
    cv::Mat bgr;
    std::string decoderSays;
    {
        StderrCapture capture;
        try {
            bgr = cv::imdecode(buffer, cv::IMREAD_COLOR);
        } catch (const cv::Exception& e) {
            decoderSays = e.err;
        }
        const std::string printed = capture.finish();
        if (decoderSays.empty())
            decoderSays = printed;
    }
    if (bgr.empty())
        throw Error(ErrorCode::CorruptData, path,
                    std::string("cannot decode the ") + imageFormatName(header.format) + " data (" +
                        (decoderSays.empty() ? std::string("corrupt file?") : decoderSays) + ")");
    // EXIF orientation may swap the sides; anything else means the decoder and the header disagree.
    const bool sameSize = bgr.cols == header.width && bgr.rows == header.height;
    const bool rotated = bgr.cols == header.height && bgr.rows == header.width;
    if (header.width > 0 && !sameSize && !rotated)
        throw Error(ErrorCode::CorruptData, path, "decoded size differs from the header (corrupt file?)");

    LoadedImage image;
    cv::cvtColor(bgr, image.rgb, cv::COLOR_BGR2RGB);
    image.format = header.format;
    image.fileSize = info.size();
    return image;
}

} // namespace fakelens
