#pragma once

namespace fakelens {

// Which frames of a video to analyse: START:END:STEP, END exclusive. The CLI's --frames, a
// case's analysis and the workbench's timeline scan name frames this way (videoScanOptions()).
struct FrameSelection {
    int start = 0;
    int end = -1;         // -1: to the end of the video
    int step = 1;         // every frame by default, as `detect` and the workbench scan
};

} // namespace fakelens
