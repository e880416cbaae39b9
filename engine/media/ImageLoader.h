#pragma once

#include "media/ImageHeader.h"

#include <opencv2/core/mat.hpp>

#include <cstdint>
#include <string>

namespace fakelens {

// The pixel budget: 100 megapixels, or FAKELENS_MAX_MEGAPIXELS from the environment (a positive
// number), so a lab with bigger scans can raise it for the GUI and the CLI alike.
std::int64_t defaultMaxPixels();

struct ImageLoadOptions {
    // Images with more pixels than this are refused before decoding (a header can claim any
    // size; decoding 100000 x 100000 would need 30 GB).
    std::int64_t maxPixels = defaultMaxPixels();
};

struct LoadedImage {
    cv::Mat rgb;               // CV_8UC3, RGB
    ImageFormat format = ImageFormat::Unknown;
    std::int64_t fileSize = 0;
};

// Reads an image file read-only and decodes it, or throws Error naming the file and saying
// what is wrong (missing, empty, not an image, truncated, corrupt, too large).
LoadedImage loadImage(const std::string& path, const ImageLoadOptions& options = {});

// True for files FakeLens treats as videos: not an image by content, and a video extension.
bool looksLikeVideo(const std::string& path);

} // namespace fakelens
