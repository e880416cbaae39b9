// Broken images and videos for the malformed-input corpus (see MalformedCorpus.h).
#include "support/MalformedCorpus.h"

#include "support/MalformedInputs.h"
#include "support/TestPaths.h"

#include <QDir>
#include <QtEndian>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/videoio.hpp>

#include <random>
#include <stdexcept>

namespace corpus {

namespace {

const double kCutFractions[] = {0.01, 0.05, 0.2, 0.4, 0.6, 0.8, 0.95, 0.99};

QByteArray encode(const cv::Mat& bgr, const std::string& extension, const std::vector<int>& params = {}) {
    std::vector<uchar> bytes;
    if (!cv::imencode(extension, bgr, bytes, params))
        throw std::runtime_error("cannot encode " + extension);
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), int(bytes.size()));
}

// `count` bytes past the first `skip` replaced by random values: damage inside the data, where
// decoders may or may not notice.
QByteArray scramble(QByteArray bytes, int skip, int count, unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> at(skip, int(bytes.size()) - 1);
    for (int i = 0; i < count; ++i)
        bytes[at(rng)] = char(rng() & 0xFF);
    return bytes;
}

// Patches a little-endian 32-bit field.
QByteArray withLe32(QByteArray bytes, int offset, quint32 value) {
    qToLittleEndian(value, bytes.data() + offset);
    return bytes;
}

QByteArray withLe16(QByteArray bytes, int offset, quint16 value) {
    qToLittleEndian(value, bytes.data() + offset);
    return bytes;
}

// Contents that are not images at all, by name.
QVector<QPair<QString, QByteArray>> nonImageContents() {
    return {{"text", "This is a plain text note, not a picture.\n"},
            {"html", "<!DOCTYPE html><html><body><img src=\"face.jpg\"></body></html>\n"},
            {"pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"},
            {"zip", QByteArray("PK\x03\x04", 4) + malformed::randomBytes(300, 11)},
            {"elf", QByteArray("\x7f" "ELF\x02\x01\x01", 7) + malformed::randomBytes(500, 12)},
            {"json", "{\"image\": \"face.png\", \"width\": 256}\n"},
            {"random", malformed::randomBytes(5000, 13)}};
}

} // namespace

QVector<Case> generateImages(const QString& root) {
    CaseList list(root + "/images", Kind::Image);

    const cv::Mat face = cv::imread(testpaths::shared("samples/faces/fake/df00204.jpg").toStdString());
    if (face.empty())
        throw std::runtime_error("cannot read the sample face");
    const QVector<QPair<QString, QByteArray>> formats = {
        {"jpg", malformed::readFile(testpaths::shared("samples/faces/fake/df00204.jpg"))},
        {"png", encode(face, ".png")},
        {"bmp", encode(face, ".bmp")},
        {"webp", encode(face, ".webp", {cv::IMWRITE_WEBP_QUALITY, 90})},
        {"tif", encode(face, ".tif")}};

    for (const auto& [ext, bytes] : formats) {
        // Cut short: the end of the file (and with it the end marker or pixel rows) is missing.
        for (double fraction : kCutFractions)
            list.add(QStringLiteral("%1 cut at %2%").arg(ext).arg(fraction * 100),
                QStringLiteral("cut_%1_%2.%3").arg(ext).arg(int(fraction * 1000)).arg(ext),
                bytes.left(int(bytes.size() * fraction)), Expect::Error);
        list.add(ext + " without its last byte", "cut_last_byte." + ext, bytes.left(bytes.size() - 1), Expect::Error);
        // Random bytes inside the data: some decoders notice, some show a damaged picture.
        for (unsigned seed = 0; seed < 6; ++seed)
            list.add(QStringLiteral("%1 scrambled data #%2").arg(ext).arg(seed),
                QStringLiteral("scrambled_%1_%2.%3").arg(ext).arg(seed).arg(ext),
                scramble(bytes, 64, 1 + int(seed) * 4, 100 + seed), Expect::Either);
        for (unsigned seed = 0; seed < 2; ++seed)
            list.add(QStringLiteral("%1 scrambled header #%2").arg(ext).arg(seed),
                QStringLiteral("scrambled_header_%1_%2.%3").arg(ext).arg(seed).arg(ext),
                malformed::flipBits(bytes, 2 + int(seed), 40, 3), Expect::Either);
        list.add("zero-byte " + ext, "empty." + ext, {}, Expect::Error);
        for (const auto& [what, content] : nonImageContents())
            list.add(QStringLiteral("%1 as %2").arg(what, ext), QStringLiteral("%1.%2").arg(what, ext), content, Expect::Error);
    }

    // Headers that claim enormous pictures: refused before any pixel is decoded.
    list.add("png claiming 100000x100000", "huge.png", malformed::pngWithSize(100000, 100000), Expect::Error);
    list.add("png claiming 2^31x2", "huge_wide.png", malformed::pngWithSize(0x7FFFFFFF, 2), Expect::Error);
    list.add("png claiming 0x0", "zero_size.png", malformed::pngWithSize(0, 0), Expect::Error);
    list.add("jpg claiming 65000x65000", "huge.jpg", malformed::jpegWithSize(formats[0].second, 65000, 65000), Expect::Error);
    list.add("jpg claiming 0x0", "zero_size.jpg", malformed::jpegWithSize(formats[0].second, 0, 0), Expect::Error);
    const QByteArray bmp = formats[2].second;
    list.add("bmp claiming 50000x50000", "huge.bmp", withLe32(withLe32(bmp, 18, 50000), 22, 50000), Expect::Error);
    list.add("bmp claiming 0 width", "zero_width.bmp", withLe32(bmp, 18, 0), Expect::Error);
    list.add("bmp pixel offset past the end", "bad_offset.bmp", withLe32(bmp, 10, 0x7FFFFFF0), Expect::Error);
    const QByteArray webp = formats[3].second;
    if (webp.mid(12, 4) == "VP8 ") // lossy: 14-bit width and height after the start code
        list.add("webp claiming 16383x16383", "huge.webp", withLe16(withLe16(webp, 26, 16383), 28, 16383), Expect::Error);

    // A picture under another format's extension is still that picture (content decides).
    list.add("png named .jpg", "png_named.jpg", formats[1].second, Expect::Either);
    list.add("jpg named .bmp", "jpg_named.bmp", formats[0].second, Expect::Either);
    return list.cases();
}

QVector<Case> generateVideos(const QString& root) {
    CaseList list(root + "/videos", Kind::Video);

    // A short MJPEG AVI made here (OpenCV's own writer), and the FaceForensics++ MP4.
    const cv::Mat face = cv::imread(testpaths::shared("samples/faces/fake/df00204.jpg").toStdString());
    const QString aviPath = list.filePath("source-tmp.avi");
    {
        cv::VideoWriter writer(aviPath.toStdString(), cv::CAP_OPENCV_MJPEG, cv::VideoWriter::fourcc('M', 'J', 'P', 'G'),
                               25, face.size());
        if (!writer.isOpened())
            throw std::runtime_error("cannot write an AVI");
        for (int i = 0; i < 20; ++i)
            writer.write(face);
    }
    const QByteArray avi = malformed::readFile(aviPath);
    QFile::remove(aviPath);
    const QByteArray mp4 = malformed::readFile(testpaths::shared("samples/videos/ffpp_519_real.mp4"));

    for (double fraction : kCutFractions) {
        // The MP4 keeps its index (moov) at the end: cut anywhere, it cannot be opened.
        list.add(QStringLiteral("mp4 cut at %1%").arg(fraction * 100), QStringLiteral("cut_%1.mp4").arg(int(fraction * 1000)),
            mp4.left(int(mp4.size() * fraction)), Expect::Error);
        // An AVI cut after some frames still plays up to the cut.
        list.add(QStringLiteral("avi cut at %1%").arg(fraction * 100), QStringLiteral("cut_%1.avi").arg(int(fraction * 1000)),
            avi.left(int(avi.size() * fraction)), fraction < 0.05 ? Expect::Error : Expect::Either);
    }
    for (unsigned seed = 0; seed < 4; ++seed) {
        list.add(QStringLiteral("mp4 scrambled #%1").arg(seed), QStringLiteral("scrambled_%1.mp4").arg(seed),
            scramble(mp4, 64, 50 + int(seed) * 200, 200 + seed), Expect::Either);
        list.add(QStringLiteral("avi scrambled #%1").arg(seed), QStringLiteral("scrambled_%1.avi").arg(seed),
            scramble(avi, 64, 20 + int(seed) * 50, 300 + seed), Expect::Either);
    }
    for (const QString ext : {"mp4", "avi", "mov", "mkv", "webm"}) {
        list.add("zero-byte " + ext, "empty." + ext, {}, Expect::Error);
        list.add("text as " + ext, "text." + ext, QByteArray(10000, 'x'), Expect::Error);
        list.add("random bytes as " + ext, "random." + ext, malformed::randomBytes(20000, 400), Expect::Error);
    }
    list.add("mp4 header only", "header_only.mp4", mp4.left(2000), Expect::Error);
    list.add("avi header only", "header_only.avi", avi.left(300), Expect::Error);
    list.add("avi with every frame cut off", "no_frames.avi", avi.left(avi.indexOf("movi") + 4), Expect::Error);
    list.add("mp4 without its ftyp box", "no_ftyp.mp4", mp4.mid(32), Expect::Either);
    return list.cases();
}

CaseList::CaseList(const QString& folder, Kind kind) : folder_(folder), kind_(kind) { QDir().mkpath(folder); }

QString CaseList::filePath(const QString& file) const { return QDir(folder_).filePath(file); }

void CaseList::add(const QString& name, const QString& file, const QByteArray& bytes, Expect expect) {
    malformed::writeFile(filePath(file), bytes);
    addWritten(name, file, expect);
}

void CaseList::addWritten(const QString& name, const QString& file, Expect expect, const QString& cardFile) {
    cases_.push_back({name, filePath(file), kind_, expect, cardFile.isEmpty() ? QString() : filePath(cardFile)});
}

QVector<Case> generate(const QString& folder) {
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    QVector<Case> all;
    all += generateImages(folder);
    all += generateVideos(folder);
    all += generateModels(folder);
    all += generateCards(folder);
    all += generateResults(folder);
    return all;
}

QString kindName(Kind kind) {
    switch (kind) {
    case Kind::Image: return "image";
    case Kind::Video: return "video";
    case Kind::Model: return "model";
    case Kind::Card: return "card";
    case Kind::Results: return "results";
    }
    return {};
}

} // namespace corpus
