#include "case/MatBlob.h"

#include "core/Error.h"

#include <cstdint>
#include <cstring>

namespace fakelens {

namespace {
constexpr char kMagic[] = "FLMAT1";
constexpr int kMagicSize = 6;
constexpr int kHeaderSize = kMagicSize + 3 * 4;

void putInt(char* out, std::int32_t value) {
    std::memcpy(out, &value, 4);
}
std::int32_t getInt(const char* in) {
    std::int32_t value;
    std::memcpy(&value, in, 4);
    return value;
}
} // namespace

QByteArray matToBlob(const cv::Mat& mat) {
    if (mat.dims > 2)
        throw Error(ErrorCode::InvalidArgument, "case file", "only 2-D images can be stored");
    // clone() of a non-continuous Mat (a ROI) is continuous: the bytes are the pixels only.
    const cv::Mat continuous = mat.isContinuous() ? mat : mat.clone();
    const std::size_t bytes = continuous.total() * continuous.elemSize();
    QByteArray blob(static_cast<qsizetype>(kHeaderSize + bytes), Qt::Uninitialized);
    char* out = blob.data();
    std::memcpy(out, kMagic, kMagicSize);
    putInt(out + kMagicSize, continuous.type());
    putInt(out + kMagicSize + 4, mat.empty() ? 0 : continuous.rows);
    putInt(out + kMagicSize + 8, mat.empty() ? 0 : continuous.cols);
    if (bytes > 0)
        std::memcpy(out + kHeaderSize, continuous.data, bytes);
    return blob;
}

cv::Mat matFromBlob(const QByteArray& blob, const QString& what) {
    auto corrupt = [&](const std::string& why) {
        return Error(ErrorCode::CorruptData, "case file", what.toStdString() + ": " + why);
    };
    if (blob.size() < kHeaderSize || std::memcmp(blob.constData(), kMagic, kMagicSize) != 0)
        throw corrupt("not an image BLOB");
    const std::int32_t type = getInt(blob.constData() + kMagicSize);
    const std::int32_t rows = getInt(blob.constData() + kMagicSize + 4);
    const std::int32_t cols = getInt(blob.constData() + kMagicSize + 8);
    const int depth = CV_MAT_DEPTH(type);
    if (type < 0 || type != CV_MAKETYPE(depth, CV_MAT_CN(type)) || depth > CV_16F || rows < 0 ||
        cols < 0)
        throw corrupt("bad image header");
    if (rows == 0 || cols == 0) {
        if (blob.size() != kHeaderSize)
            throw corrupt("empty image with data");
        cv::Mat empty;
        empty.flags = (empty.flags & ~CV_MAT_TYPE_MASK) | type; // keep the type of an empty Mat
        return empty;
    }
    cv::Mat mat(rows, cols, type);
    const std::size_t bytes = mat.total() * mat.elemSize();
    if (static_cast<std::size_t>(blob.size()) != kHeaderSize + bytes)
        throw corrupt("image size does not match its header");
    std::memcpy(mat.data, blob.constData() + kHeaderSize, bytes);
    return mat;
}

} // namespace fakelens
