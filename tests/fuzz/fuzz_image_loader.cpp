// libFuzzer target: loadImage, the engine's one way of reading an image (header checks, then
// OpenCV's decoders). Bad input must end in fakelens::Error; anything else is a finding,
// including a crash inside the (uninstrumented) decoders, which ASan still catches as a SEGV.
#include "FuzzTempFile.h"

#include "core/Error.h"
#include "media/ImageLoader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static fakelens::fuzz::TempFile file(".img");
    const std::string& path = file.write(data, size);
    fakelens::ImageLoadOptions options;
    // Far below the 100 Mpx default, so one claimed-huge header does not take seconds to decode;
    // the limit check itself is the same code either way.
    options.maxPixels = 4'000'000;
    try {
        const fakelens::LoadedImage image = fakelens::loadImage(path, options);
        if (image.rgb.empty() || image.rgb.type() != CV_8UC3)
            __builtin_trap(); // loadImage promises a non-empty RGB image or an Error
    } catch (const fakelens::Error&) {
    }
    return 0;
}
