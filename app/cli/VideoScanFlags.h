#pragma once

#include "faces/VideoScanner.h"

#include <QCommandLineParser>

namespace cli {

// --detect-every and --max-missed of the commands that scan a video into face tracks (detect,
// temporal). Unset, they keep videoScanOptions()'s defaults, the ones the workbench, `analyse`
// and `report` scan with, so a track ID or a P(fake) one command prints is the same in another.
void addTrackingOptions(QCommandLineParser& parser);

// The scan of `frames` (START:END:STEP; empty: every frame) with the tracking options applied.
// Throws fakelens::Error(InvalidArgument) naming the option at fault.
fakelens::VideoScanOptions videoScanFromOptions(const QCommandLineParser& parser, const QString& frames);

} // namespace cli
