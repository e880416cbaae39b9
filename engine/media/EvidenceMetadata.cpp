#include "media/EvidenceMetadata.h"

#include <exiv2/exiv2.hpp>
#include <exiv2/webpimage.hpp> // not in exiv2.hpp (0.27)

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/display.h>
}

#include <algorithm>
#include <cmath>
#include <iterator>
#include <mutex>

namespace fakelens {

namespace {

// A value as one line of text: a MakerNote or an embedded thumbnail is kilobytes of binary that
// says nothing to a reader of the report, so long values are cut and binary ones summarised.
constexpr int kMaxValueChars = 200;

QString shortValue(QString text) {
    text.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    if (text.size() > kMaxValueChars)
        text = text.left(kMaxValueChars) + QStringLiteral("… (%1 characters)").arg(text.size());
    return text;
}

template <typename Datum>
MetadataEntry exivEntry(const char* group, const Datum& datum) {
    MetadataEntry e;
    e.group = QString::fromLatin1(group);
    e.key = QString::fromStdString(datum.key());
    const Exiv2::TypeId type = datum.typeId();
    if ((type == Exiv2::undefined || type == Exiv2::unsignedByte) && datum.size() > 64)
        e.value = QStringLiteral("(%1 bytes)").arg(datum.size());
    else
        e.value = shortValue(QString::fromStdString(datum.toString()));
    return e;
}

EvidenceMetadata readImageMetadata(const QString& path) {
    static std::once_flag quiet;
    // exiv2 writes its warnings to stderr; a malformed file's problem is returned instead.
    std::call_once(quiet, [] { Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute); });
    EvidenceMetadata m;
    try {
        // Only still-image formats reach exiv2's parsers. Debian's exiv2 0.27 also parses videos
        // (RIFF, QuickTime, Matroska); test_evidence_metadata found its RIFF parser crashing on a
        // damaged file, and exiv2 0.28 dropped that code. Videos go to libavformat instead.
        const int type = Exiv2::ImageFactory::getType(path.toStdString());
        static const int kStillImages[] = {Exiv2::ImageType::jpeg, Exiv2::ImageType::png,  Exiv2::ImageType::tiff,
                                           Exiv2::ImageType::webp, Exiv2::ImageType::bmp,  Exiv2::ImageType::gif,
                                           Exiv2::ImageType::jp2};
        if (std::find(std::begin(kStillImages), std::end(kStillImages), type) == std::end(kStillImages)) {
            m.problem = QStringLiteral("exiv2 reads no metadata from this kind of file (not a JPEG, PNG, TIFF, "
                                       "WebP, BMP, GIF or JPEG 2000 image)");
            return m;
        }
        auto image = Exiv2::ImageFactory::open(path.toStdString());
        if (!image.get()) {
            m.problem = QStringLiteral("exiv2 could not open the file");
            return m;
        }
        image->readMetadata();
        for (const Exiv2::Exifdatum& d : image->exifData())
            m.entries.push_back(exivEntry("Exif", d));
        for (const Exiv2::Xmpdatum& d : image->xmpData())
            m.entries.push_back(exivEntry("Xmp", d));
        for (const Exiv2::Iptcdatum& d : image->iptcData())
            m.entries.push_back(exivEntry("Iptc", d));
    } catch (const Exiv2::AnyError& e) {
        m.problem = QStringLiteral("exiv2: %1").arg(QString::fromStdString(e.what()));
    } catch (const std::exception& e) {
        m.problem = QStringLiteral("exiv2: %1").arg(QString::fromLocal8Bit(e.what()));
    }
    return m;
}

void addDictionary(EvidenceMetadata& m, const QString& group, const AVDictionary* dictionary) {
    const AVDictionaryEntry* e = nullptr;
    while ((e = av_dict_get(dictionary, "", e, AV_DICT_IGNORE_SUFFIX)))
        m.entries.push_back({group, QString::fromUtf8(e->key), shortValue(QString::fromUtf8(e->value))});
}

QString avError(int code) {
    char text[AV_ERROR_MAX_STRING_SIZE] = {0};
    av_strerror(code, text, sizeof text);
    return QString::fromUtf8(text);
}

EvidenceMetadata readVideoMetadata(const QString& path) {
    EvidenceMetadata m;
    AVFormatContext* context = nullptr;
    const QByteArray file = path.toUtf8();
    int rc = avformat_open_input(&context, file.constData(), nullptr, nullptr);
    if (rc < 0) {
        m.problem = QStringLiteral("libavformat could not open the file: %1").arg(avError(rc));
        return m;
    }
    rc = avformat_find_stream_info(context, nullptr);
    if (rc < 0)
        m.problem = QStringLiteral("libavformat could not read the stream information: %1").arg(avError(rc));
    const QString container = QStringLiteral("container");
    if (context->iformat) {
        // "QuickTime / MOV (mov,mp4,m4a,3gp,3g2,mj2)": the demuxer's name lists what it covers.
        QString format = QString::fromUtf8(context->iformat->name);
        if (context->iformat->long_name)
            format = QStringLiteral("%1 (%2)").arg(QString::fromUtf8(context->iformat->long_name), format);
        m.entries.push_back({container, QStringLiteral("format"), format});
    }
    if (context->duration != AV_NOPTS_VALUE && context->duration > 0)
        m.entries.push_back({container, QStringLiteral("duration"),
                             QStringLiteral("%1 s").arg(double(context->duration) / AV_TIME_BASE, 0, 'f', 3)});
    if (context->bit_rate > 0)
        m.entries.push_back({container, QStringLiteral("bit rate"),
                             QStringLiteral("%1 kbit/s").arg(context->bit_rate / 1000)});
    addDictionary(m, container, context->metadata);
    bool hasPicture = false;
    for (unsigned i = 0; i < context->nb_streams; ++i) {
        const AVStream* stream = context->streams[i];
        const AVCodecParameters* codec = stream->codecpar;
        const QString group = QStringLiteral("stream %1").arg(i);
        const char* kind = av_get_media_type_string(codec->codec_type);
        m.entries.push_back({group, QStringLiteral("type"), QString::fromLatin1(kind ? kind : "unknown")});
        m.entries.push_back({group, QStringLiteral("codec"), QString::fromLatin1(avcodec_get_name(codec->codec_id))});
        if (codec->codec_type == AVMEDIA_TYPE_VIDEO) {
            hasPicture |= codec->width > 0 && codec->height > 0;
            m.entries.push_back({group, QStringLiteral("size"),
                                 QStringLiteral("%1 × %2").arg(codec->width).arg(codec->height)});
            if (stream->avg_frame_rate.den > 0 && stream->avg_frame_rate.num > 0)
                m.entries.push_back({group, QStringLiteral("frame rate"),
                                     QStringLiteral("%1 fps").arg(av_q2d(stream->avg_frame_rate), 0, 'f', 3)});
            // A phone video's orientation lives in a display matrix, not in the pixels.
            const uint8_t* matrix = av_stream_get_side_data(stream, AV_PKT_DATA_DISPLAYMATRIX, nullptr);
            if (matrix) {
                const double rotation = av_display_rotation_get(reinterpret_cast<const int32_t*>(matrix));
                if (!std::isnan(rotation))
                    m.entries.push_back({group, QStringLiteral("rotation"),
                                         QStringLiteral("%1°").arg(-rotation, 0, 'f', 0)});
            }
        }
        addDictionary(m, group, stream->metadata);
    }
    avformat_close_input(&context);
    if (!hasPicture && m.problem.isEmpty())
        m.problem = QStringLiteral("libavformat found no video stream with a picture size in the file");
    return m;
}

} // namespace

EvidenceMetadata readEvidenceMetadata(const QString& path, bool isVideo) {
    return isVideo ? readVideoMetadata(path) : readImageMetadata(path);
}

} // namespace fakelens
