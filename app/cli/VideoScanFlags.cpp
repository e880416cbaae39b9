#include "VideoScanFlags.h"

#include "CliSupport.h"

namespace cli {

void addTrackingOptions(QCommandLineParser& parser) {
    parser.addOption(
        {"detect-every",
         Text::tr("Videos: run the face detector on every Nth analysed frame and track the "
                  "faces in between (default: about every 10th video frame, as the workbench and "
                  "the report scan; 1: detect on every frame)."),
         "N"});
    parser.addOption(
        {"max-missed",
         Text::tr("Videos: detection rounds a track may miss before it ends (default 0 with "
                  "--detect-every 1, else 2)."),
         "N"});
}

fakelens::VideoScanOptions videoScanFromOptions(const QCommandLineParser& parser, const QString& frames) {
    const FrameRange range = frames.isEmpty() ? FrameRange{} : parseFrameRange(frames);
    fakelens::VideoScanOptions options = fakelens::videoScanOptions(range.start, range.end, range.step);
    bool ok = false;
    if (parser.isSet("detect-every")) {
        options.detectEvery = parser.value("detect-every").toInt(&ok);
        if (!ok || options.detectEvery < 1)
            throw fakelens::Error(fakelens::ErrorCode::InvalidArgument, "--detect-every", "must be a number >= 1");
        // Detection on every frame: each face is a detection, as before tracking existed.
        if (options.detectEvery == 1)
            options.tracker.maxMissedDetections = 0;
    }
    if (parser.isSet("max-missed")) {
        options.tracker.maxMissedDetections = parser.value("max-missed").toInt(&ok);
        if (!ok || options.tracker.maxMissedDetections < 0)
            throw fakelens::Error(fakelens::ErrorCode::InvalidArgument, "--max-missed", "must be a number >= 0");
    }
    return options;
}

} // namespace cli
