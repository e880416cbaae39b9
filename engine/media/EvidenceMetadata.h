#pragma once

#include <QString>

#include <vector>

namespace fakelens {

// One metadata item of an evidence file, as the file states it (never interpreted or trusted).
struct MetadataEntry {
    QString group; // "Exif", "Xmp", "Iptc" (images); "container", "stream 0", ... (videos)
    QString key;   // "Exif.Image.Make", "creation_time", "codec", ...
    QString value; // as text; long or binary values are summarised ("(4 312 bytes)")
};

struct EvidenceMetadata {
    std::vector<MetadataEntry> entries;
    // Why some or all metadata could not be read ("" when it was read); malformed metadata is
    // reported here, never thrown: the evidence itself may still be analysable.
    QString problem;
};

// Reads an evidence file's metadata, read-only: EXIF, XMP and IPTC of an image through exiv2;
// container and stream metadata of a video through FFmpeg's libavformat (format, duration,
// bit rate, creation time, encoder, each stream's codec, size, frame rate and rotation).
EvidenceMetadata readEvidenceMetadata(const QString& path, bool isVideo);

} // namespace fakelens
