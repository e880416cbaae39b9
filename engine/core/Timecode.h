#pragma once

#include <cmath>
#include <cstdio>
#include <string>

namespace fakelens {

// A video time as HH:MM:SS.mmm, printed beside every frame number (workbench, CLI, report), so
// that an examiner can find the frame in any player. Frames are numbered from 0 in decoding
// order everywhere; frame n starts at n / fps. Negative (no time): "-".
inline std::string timecode(double seconds) {
    if (!(seconds >= 0) || !std::isfinite(seconds))
        return "-";
    const long long ms = std::llround(seconds * 1000.0);
    char text[32];
    std::snprintf(text, sizeof text, "%02lld:%02lld:%02lld.%03lld", ms / 3600000, (ms / 60000) % 60, (ms / 1000) % 60,
                  ms % 1000);
    return text;
}

} // namespace fakelens
