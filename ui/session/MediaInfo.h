#pragma once

#include "media/EvidenceMetadata.h"

#include <QString>

namespace fakelens::ui {

// What the workbench knows about the opened evidence file.
struct MediaInfo {
    QString path;
    bool isVideo = false;
    int width = 0;
    int height = 0;
    double fps = 0.0;        // videos only; 0 when the container does not say
    int frameCount = 1;      // 1 for images; for videos what the container reports (may be wrong)
    qint64 fileSize = 0;
    QString sha256;          // hex digest of the file, for the investigator's notes
    EvidenceMetadata metadata; // as the file states it (EXIF/XMP/IPTC, container and streams)
};

} // namespace fakelens::ui
