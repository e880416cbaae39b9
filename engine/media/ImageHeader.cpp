#include "media/ImageHeader.h"

namespace fakelens {

namespace {

std::uint32_t be16(const std::string& b, size_t i) {
    return (std::uint32_t(std::uint8_t(b[i])) << 8) | std::uint8_t(b[i + 1]);
}
std::uint32_t be32(const std::string& b, size_t i) { return (be16(b, i) << 16) | be16(b, i + 2); }
std::uint32_t le16(const std::string& b, size_t i) {
    return std::uint8_t(b[i]) | (std::uint32_t(std::uint8_t(b[i + 1])) << 8);
}
std::uint32_t le32(const std::string& b, size_t i) { return le16(b, i) | (le16(b, i + 2) << 16); }

void readJpeg(const std::string& b, ImageHeader& h) {
    // Walk the marker segments up to the first start-of-frame.
    size_t i = 2;
    while (i + 9 < b.size()) {
        if (std::uint8_t(b[i]) != 0xFF) {
            ++i;
            continue;
        }
        const std::uint8_t marker = std::uint8_t(b[i + 1]);
        if (marker == 0xFF) {
            ++i;
            continue;
        }
        const bool startOfFrame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 &&
                                  marker != 0xCC;
        if (startOfFrame) {
            h.height = be16(b, i + 5);
            h.width = be16(b, i + 7);
            break;
        }
        if (marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
            i += 2;
            continue;
        }
        i += 2 + be16(b, i + 2);
    }
    // A complete JPEG ends with the EOI marker (0xFFD9), give or take some trailing padding.
    h.complete = false;
    const size_t tail = b.size() > 4096 ? b.size() - 4096 : 0;
    for (size_t k = b.size() - 1; k > tail; --k) {
        if (std::uint8_t(b[k - 1]) == 0xFF && std::uint8_t(b[k]) == 0xD9) {
            h.complete = true;
            break;
        }
    }
}

void readPng(const std::string& b, ImageHeader& h) {
    if (b.size() >= 24 && b.compare(12, 4, "IHDR") == 0) {
        h.width = be32(b, 16);
        h.height = be32(b, 20);
    }
    h.complete = b.size() >= 12 && b.compare(b.size() - 8, 4, "IEND") == 0;
}

void readBmp(const std::string& b, ImageHeader& h) {
    if (b.size() < 26)
        return;
    const std::uint32_t headerSize = le32(b, 14);
    if (headerSize == 12) {
        h.width = le16(b, 18);
        h.height = le16(b, 20);
    } else {
        h.width = std::int32_t(le32(b, 18));
        h.height = std::int32_t(le32(b, 22));
        if (h.height < 0)
            h.height = -h.height; // top-down bitmap
    }
    h.complete = b.size() >= le32(b, 2) || le32(b, 2) == 0;
}

void readWebP(const std::string& b, ImageHeader& h) {
    if (b.size() < 30)
        return;
    const std::string chunk = b.substr(12, 4);
    if (chunk == "VP8 " && b.size() >= 30) {
        h.width = le16(b, 26) & 0x3FFF;
        h.height = le16(b, 28) & 0x3FFF;
    } else if (chunk == "VP8L" && b.size() >= 25) {
        const std::uint32_t bits = le32(b, 21);
        h.width = (bits & 0x3FFF) + 1;
        h.height = ((bits >> 14) & 0x3FFF) + 1;
    } else if (chunk == "VP8X") {
        h.width = 1 + (std::uint32_t(std::uint8_t(b[24])) | (std::uint32_t(std::uint8_t(b[25])) << 8) |
                       (std::uint32_t(std::uint8_t(b[26])) << 16));
        h.height = 1 + (std::uint32_t(std::uint8_t(b[27])) | (std::uint32_t(std::uint8_t(b[28])) << 8) |
                        (std::uint32_t(std::uint8_t(b[29])) << 16));
    }
    h.complete = b.size() >= size_t(le32(b, 4)) + 8;
}

} // namespace

const char* imageFormatName(ImageFormat format) {
    switch (format) {
    case ImageFormat::Jpeg: return "JPEG";
    case ImageFormat::Png: return "PNG";
    case ImageFormat::Bmp: return "BMP";
    case ImageFormat::WebP: return "WebP";
    case ImageFormat::Tiff: return "TIFF";
    case ImageFormat::Unknown: break;
    }
    return "unknown";
}

ImageHeader readImageHeader(const std::string& b) {
    ImageHeader h;
    if (b.size() >= 3 && std::uint8_t(b[0]) == 0xFF && std::uint8_t(b[1]) == 0xD8 && std::uint8_t(b[2]) == 0xFF) {
        h.format = ImageFormat::Jpeg;
        readJpeg(b, h);
    } else if (b.size() >= 8 && b.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0) {
        h.format = ImageFormat::Png;
        readPng(b, h);
    } else if (b.size() >= 2 && b[0] == 'B' && b[1] == 'M') {
        h.format = ImageFormat::Bmp;
        readBmp(b, h);
    } else if (b.size() >= 12 && b.compare(0, 4, "RIFF") == 0 && b.compare(8, 4, "WEBP") == 0) {
        h.format = ImageFormat::WebP;
        readWebP(b, h);
    } else if (b.size() >= 4 && (b.compare(0, 4, "II*\0", 4) == 0 || b.compare(0, 4, "MM\0*", 4) == 0)) {
        h.format = ImageFormat::Tiff; // dimensions are left to the decoder's own limits
    }
    return h;
}

} // namespace fakelens
