#pragma once

#include "models/Detector.h"

#include <QCommandLineParser>
#include <QString>

// `fakelens-cli bench --video FILE`: the video path's speed, and what bench's other parts share.
namespace cli {

// Frames per second of the whole video path (decode, detect every Nth frame and track
// between, crop, score in batches), with the time of each stage and the resident memory early
// in the scan and at its end, which should match (frames are streamed).
int benchVideo(const QCommandLineParser& parser, fakelens::Detector& detector);

// This process's peak resident memory (getrusage), in MB.
double peakResidentMegabytes();
// /proc/loadavg's three averages, "1.02 0.87 0.55": how busy the machine was.
QString loadAverage();

} // namespace cli
