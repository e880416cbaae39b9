#pragma once

#include <cstdint>
#include <string>

namespace fakelens {

enum class ImageFormat { Jpeg, Png, Bmp, WebP, Tiff, Unknown };

const char* imageFormatName(ImageFormat format);

// What a file's header claims, read without decoding the pixels, so that absurd dimensions
// (a 100000 x 100000 header) are refused before any memory is allocated.
struct ImageHeader {
    ImageFormat format = ImageFormat::Unknown;
    std::int64_t width = 0;  // 0 when the header could not be read
    std::int64_t height = 0;
    bool complete = true;    // false when the file visibly ends early (no JPEG EOI / PNG IEND)
};

ImageHeader readImageHeader(const std::string& bytes);

} // namespace fakelens
