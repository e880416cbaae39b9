// libFuzzer target: ModelCard::fromJson, which reads the JSON card beside a user-supplied
// TorchScript model. Bad input must end in fakelens::Error; anything else (another exception,
// a crash, a sanitizer report, a hang) is a finding. A card that parses must also survive its
// own toJson() unchanged, since the model manager writes cards back with it.
#include "core/Error.h"
#include "models/ModelCard.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

bool sameCard(const fakelens::ModelCard& a, const fakelens::ModelCard& b) {
    using fakelens::CropPolicy;
    // toJson() writes the margin only for bbox crops: for MesoNet crops it is meaningless.
    const bool marginMatters = a.crop == CropPolicy::BoundingBox;
    return a.cardVersion == b.cardVersion && a.name == b.name && a.description == b.description &&
           a.inputWidth == b.inputWidth && a.inputHeight == b.inputHeight &&
           a.channelOrder == b.channelOrder && a.scale == b.scale && a.mean == b.mean &&
           a.std == b.std && a.output == b.output && a.classes == b.classes &&
           a.realIndex == b.realIndex && a.threshold == b.threshold && a.crop == b.crop &&
           (!marginMatters || a.cropMargin == b.cropMargin);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    fakelens::ModelCard card;
    try {
        card = fakelens::ModelCard::fromJson(text, "fuzz.json");
    } catch (const fakelens::Error&) {
        return 0; // rejected with a message: the expected outcome for most inputs
    }
    const std::string written = card.toJson();
    try {
        if (!sameCard(card, fakelens::ModelCard::fromJson(written, "round-trip.json"))) {
            std::fprintf(stderr, "model card changed on a toJson() round trip:\n%s\n",
                         written.c_str());
            std::abort();
        }
    } catch (const fakelens::Error& e) {
        std::fprintf(stderr, "toJson() wrote a card fromJson() refuses (%s):\n%s\n", e.what(),
                     written.c_str());
        std::abort();
    }
    return 0;
}
