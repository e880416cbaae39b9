#include "faces/ShapePredictorReader.h"

#include "core/AllocatorPolicy.h"
#include "core/Error.h"

#include <dlib/image_processing/shape_predictor.h>
#include <dlib/serialize.h>

#include <QFile>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <limits>
#include <stdexcept>
#include <type_traits>
#include <vector>

namespace fakelens {

namespace {

// Thrown where this reader leaves the file to dlib's.
struct LeftToDlib : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// dlib's binary serialisation (dlib/serialize.h, dlib/float_details.h), decoded as dlib decodes
// it: an integer is a control byte (bit 7: negative, bits 0-3: 1 to 8 bytes follow, bits 4-6
// ignored) and its magnitude in little-endian bytes; a float is its mantissa (int64) and its
// exponent (int16) as two integers; a std::vector is its size (unsigned long) and its elements;
// a matrix its rows and columns (negated by current dlib) and its elements row by row.
class DlibBytes {
public:
    explicit DlibBytes(QFile& file) : file_(file), unread_(std::uint64_t(file.size())), buffer_(1 << 20) {}

    template <typename T> T integer() {
        static_assert(sizeof(T) <= 8, "dlib packs at most 8 bytes");
        fill(9);
        if (at_ == end_)
            throw LeftToDlib("ends early");
        const unsigned control = *at_++;
        const bool negative = std::is_signed<T>::value && (control & 0x80);
        // An unsigned integer keeps bit 7 in its size, so dlib refuses a negative sign there.
        const unsigned size = control & (std::is_signed<T>::value ? 0x0F : 0x8F);
        if (size == 0 || size > sizeof(T) || size_t(end_ - at_) < size)
            throw LeftToDlib("bad integer");
        std::uint64_t magnitude = 0;
        for (unsigned i = size; i-- > 0;)
            magnitude = (magnitude << 8) | at_[i];
        at_ += size;
        // Negated in unsigned arithmetic: a corrupt file may hold the most negative value.
        return static_cast<T>(negative ? std::uint64_t(0) - magnitude : magnitude);
    }

    float real() {
        fill(1);
        // dlib's older format wrote numbers as text; this control byte tells them apart.
        if (at_ == end_ || (*at_ & 0x70) != 0)
            throw LeftToDlib("not a binary float");
        const auto mantissa = integer<dlib::int64>();
        const auto exponent = integer<dlib::int16>();
        dlib::float_details details;
        details.mantissa = mantissa;
        details.exponent = exponent;
        return float(details);
    }

    // A vector's size, refused when the bytes left could not hold that many elements of at
    // least `minimumBytes` each (a guard against allocating for a corrupt size).
    size_t count(size_t minimumBytes) {
        const auto n = integer<unsigned long>();
        if (n > bytesLeft() / minimumBytes)
            throw LeftToDlib("size larger than the file");
        return size_t(n);
    }

    dlib::matrix<float, 0, 1> column() {
        const long rows = dimension();
        const long columns = dimension();
        if (columns != 1)
            throw LeftToDlib("not a column vector");
        if (std::uint64_t(rows) > bytesLeft() / 4)
            throw LeftToDlib("size larger than the file");
        dlib::matrix<float, 0, 1> m(rows);
        for (long r = 0; r < rows; ++r)
            m(r) = real();
        return m;
    }

    bool atEnd() const { return bytesLeft() == 0; }

private:
    // Makes at least `wanted` bytes readable at at_, where the file has them: the file is read
    // in 1 MB pieces (mapping it whole would add its 100 MB to the peak memory).
    void fill(size_t wanted) {
        const size_t kept = size_t(end_ - at_);
        if (kept >= wanted || unread_ == 0)
            return;
        if (kept > 0)
            std::memmove(buffer_.data(), at_, kept);
        const qint64 got = file_.read(reinterpret_cast<char*>(buffer_.data()) + kept,
                                      qint64(std::min<std::uint64_t>(buffer_.size() - kept, unread_)));
        if (got <= 0)
            throw LeftToDlib("read error");
        unread_ -= std::uint64_t(got);
        at_ = buffer_.data();
        end_ = at_ + kept + size_t(got);
    }

    std::uint64_t bytesLeft() const { return std::uint64_t(end_ - at_) + unread_; }

    long dimension() {
        const long n = integer<long>();
        if (n == std::numeric_limits<long>::min())
            throw LeftToDlib("bad matrix size");
        return n < 0 ? -n : n;
    }

    QFile& file_;
    std::uint64_t unread_;
    std::vector<unsigned char> buffer_;
    const unsigned char* at_ = nullptr;
    const unsigned char* end_ = nullptr;
};

// The fields of dlib::shape_predictor's serialisation, in their order there.
struct ShapePredictorFields {
    dlib::matrix<float, 0, 1> initialShape;
    std::vector<std::vector<dlib::impl::regression_tree>> forests;
    std::vector<std::vector<unsigned long>> anchors;
    std::vector<std::vector<dlib::vector<float, 2>>> offsets;
};

ShapePredictorFields decodeFields(DlibBytes& in) {
    if (in.integer<int>() != 1)
        throw LeftToDlib("unknown version");
    ShapePredictorFields f;
    f.initialShape = in.column();
    f.forests.resize(in.count(2));
    for (auto& forest : f.forests) {
        forest.resize(in.count(4));
        for (dlib::impl::regression_tree& tree : forest) {
            tree.splits.resize(in.count(8));
            for (dlib::impl::split_feature& split : tree.splits) {
                split.idx1 = in.integer<unsigned long>();
                split.idx2 = in.integer<unsigned long>();
                split.thresh = in.real();
            }
            tree.leaf_values.resize(in.count(4));
            for (auto& leaf : tree.leaf_values)
                leaf = in.column();
        }
    }
    f.anchors.resize(in.count(2));
    for (auto& cascade : f.anchors) {
        cascade.resize(in.count(2));
        for (unsigned long& anchor : cascade)
            anchor = in.integer<unsigned long>();
    }
    f.offsets.resize(in.count(2));
    for (auto& cascade : f.offsets) {
        cascade.resize(in.count(8));
        for (dlib::vector<float, 2>& offset : cascade) {
            offset.x() = in.real();
            offset.y() = in.real();
        }
    }
    if (!in.atEnd())
        throw LeftToDlib("bytes after the model");
    return f;
}

// The pixel coordinates from which shape_predictor's constructor derives exactly the file's
// anchors and offsets (it takes each pixel's nearest landmark of the initial shape as anchor,
// and the pixel minus that landmark as offset).
std::vector<std::vector<dlib::vector<float, 2>>> pixelCoordinates(const ShapePredictorFields& f) {
    const unsigned long parts = f.initialShape.size() / 2;
    if (parts == 0 || f.anchors.size() != f.offsets.size() || f.anchors.size() != f.forests.size())
        throw LeftToDlib("inconsistent tables");
    std::vector<std::vector<dlib::vector<float, 2>>> pixels(f.anchors.size());
    for (size_t c = 0; c < f.anchors.size(); ++c) {
        if (f.anchors[c].size() != f.offsets[c].size())
            throw LeftToDlib("inconsistent tables");
        pixels[c].resize(f.anchors[c].size());
        for (size_t i = 0; i < f.anchors[c].size(); ++i) {
            const unsigned long anchor = f.anchors[c][i];
            if (anchor >= parts)
                throw LeftToDlib("anchor out of range");
            const dlib::vector<float, 2> landmark = dlib::impl::location(f.initialShape, anchor);
            const dlib::vector<float, 2> pixel = landmark + f.offsets[c][i];
            const dlib::vector<float, 2> offset = pixel - landmark;
            if (dlib::impl::nearest_shape_point(f.initialShape, pixel) != anchor ||
                offset.x() != f.offsets[c][i].x() || offset.y() != f.offsets[c][i].y())
                throw LeftToDlib("an offset does not survive the constructor");
            pixels[c][i] = pixel;
        }
    }
    return pixels;
}

bool readDirectly(const std::string& path, dlib::shape_predictor& predictor) {
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return false;
    try {
        DlibBytes in(file);
        const ShapePredictorFields fields = decodeFields(in);
        predictor = dlib::shape_predictor(fields.initialShape, fields.forests, pixelCoordinates(fields));
    } catch (const LeftToDlib&) {
        return false;
    }
    // The decoded fields (~70 MB in ~120 000 small blocks for the 68-point model) were copied
    // into the predictor and freed: give their pages back rather than keep them for reuse.
    giveFreedMemoryBack();
    return true;
}

} // namespace

ShapePredictorReadBy readShapePredictor(const std::string& path, dlib::shape_predictor& predictor) {
    if (readDirectly(path, predictor))
        return ShapePredictorReadBy::FakeLens;
    try {
        dlib::deserialize(path) >> predictor;
    } catch (const std::exception& e) {
        throw Error(ErrorCode::ModelInvalid, path, std::string("not a dlib shape predictor: ") + e.what());
    }
    return ShapePredictorReadBy::Dlib;
}

} // namespace fakelens
