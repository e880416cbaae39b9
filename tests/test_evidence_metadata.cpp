// Evidence metadata (engine/media/EvidenceMetadata): EXIF/XMP/IPTC written into a JPEG by exiv2
// here come back as written; a video's container and stream facts agree with what the decoder
// reads; malformed images and videos give a problem, never a crash or an exception.
#include "support/MalformedCorpus.h"
#include "support/TestPaths.h"

#include "media/EvidenceMetadata.h"
#include "media/VideoReader.h"

#include <exiv2/exiv2.hpp>

#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>

#include <cmath>

using namespace fakelens;

namespace {

QString valueOf(const EvidenceMetadata& m, const QString& group, const QString& key) {
    for (const MetadataEntry& e : m.entries)
        if (e.group == group && e.key == key)
            return e.value;
    return QStringLiteral("<missing>");
}

} // namespace

class TestEvidenceMetadata : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void imageMetadataComesBackAsWritten() {
        QTemporaryDir dir;
        const QString jpeg = dir.filePath("tagged.jpg");
        QVERIFY(cv::imwrite(jpeg.toStdString(), cv::Mat(48, 64, CV_8UC3, cv::Scalar(40, 90, 160))));
        {
            auto image = Exiv2::ImageFactory::open(jpeg.toStdString());
            image->readMetadata();
            Exiv2::ExifData exif;
            exif["Exif.Image.Make"] = "FakeLens Test Camera";
            exif["Exif.Photo.DateTimeOriginal"] = "2026:11:30 09:15:00";
            exif["Exif.Image.Software"] = std::string(300, 'x'); // a long value is cut
            image->setExifData(exif);
            Exiv2::XmpData xmp;
            xmp["Xmp.dc.creator"] = "Examiner Ä";
            image->setXmpData(xmp);
            Exiv2::IptcData iptc;
            iptc["Iptc.Application2.City"] = "Thessaloniki";
            image->setIptcData(iptc);
            image->writeMetadata();
        }
        const EvidenceMetadata m = readEvidenceMetadata(jpeg, false);
        QVERIFY2(m.problem.isEmpty(), qPrintable(m.problem));
        QCOMPARE(valueOf(m, "Exif", "Exif.Image.Make"), QStringLiteral("FakeLens Test Camera"));
        QCOMPARE(valueOf(m, "Exif", "Exif.Photo.DateTimeOriginal"), QStringLiteral("2026:11:30 09:15:00"));
        QVERIFY(valueOf(m, "Xmp", "Xmp.dc.creator").contains(QStringLiteral("Examiner Ä")));
        QCOMPARE(valueOf(m, "Iptc", "Iptc.Application2.City"), QStringLiteral("Thessaloniki"));
        const QString software = valueOf(m, "Exif", "Exif.Image.Software");
        QVERIFY2(software.startsWith(QString(200, 'x') + "…") && software.contains("300 characters"), qPrintable(software));
        // A JPEG without metadata has no entries and no problem.
        const QString plain = dir.filePath("plain.png");
        QVERIFY(cv::imwrite(plain.toStdString(), cv::Mat(8, 8, CV_8UC3, cv::Scalar(0, 0, 0))));
        const EvidenceMetadata none = readEvidenceMetadata(plain, false);
        QVERIFY2(none.problem.isEmpty(), qPrintable(none.problem));
        QVERIFY(none.entries.empty());
    }

    void videoMetadataAgreesWithTheDecoder() {
        const QString path = testpaths::shared("samples/videos/ffpp_519_real.mp4");
        const EvidenceMetadata m = readEvidenceMetadata(path, true);
        QVERIFY2(m.problem.isEmpty(), qPrintable(m.problem));
        const VideoReader video(path.toStdString());
        const VideoInfo& info = video.info();
        QVERIFY2(valueOf(m, "container", "format").contains("mp4"), qPrintable(valueOf(m, "container", "format")));
        QCOMPARE(valueOf(m, "stream 0", "type"), QStringLiteral("video"));
        QCOMPARE(valueOf(m, "stream 0", "codec"), QStringLiteral("h264"));
        QCOMPARE(valueOf(m, "stream 0", "size"), QStringLiteral("%1 × %2").arg(info.width).arg(info.height));
        const double fps = valueOf(m, "stream 0", "frame rate").section(' ', 0, 0).toDouble();
        QVERIFY2(std::abs(fps - info.fps) < 0.01, qPrintable(QString::number(fps)));
        const double duration = valueOf(m, "container", "duration").section(' ', 0, 0).toDouble();
        QVERIFY2(std::abs(duration - info.durationSeconds()) < 0.2,
                 qPrintable(QStringLiteral("%1 vs %2").arg(duration).arg(info.durationSeconds())));
        QVERIFY(!valueOf(m, "container", "encoder").startsWith("<missing>"));
    }

    // Every broken image and video of the reliability corpus, read either way: a problem or some
    // entries, never an exception or a crash (the ASan build runs this too).
    void malformedInputsGiveAProblemNotACrash() {
        QTemporaryDir dir;
        const QVector<corpus::Case> cases = corpus::generateImages(dir.filePath("images")) +
                                            corpus::generateVideos(dir.filePath("videos"));
        QVERIFY(cases.size() > 20);
        int problems = 0;
        for (const corpus::Case& c : cases) {
            for (bool isVideo : {false, true}) {
                try {
                    const EvidenceMetadata m = readEvidenceMetadata(c.path, isVideo);
                    problems += m.problem.isEmpty() ? 0 : 1;
                } catch (const std::exception& e) {
                    QFAIL(qPrintable(QStringLiteral("%1: threw %2").arg(c.name, e.what())));
                }
            }
        }
        QVERIFY2(problems > 0, "no broken file gave a problem");
        // Bytes that are neither image nor video, and a missing file: a problem from each reader.
        const QString noise = dir.filePath("noise.jpg");
        QFile file(noise);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 4096; ++i)
            file.putChar(char((i * 7919 + 13) % 251));
        file.close();
        for (bool isVideo : {false, true})
            QVERIFY2(!readEvidenceMetadata(noise, isVideo).problem.isEmpty(), isVideo ? "video" : "image");
        const EvidenceMetadata missing = readEvidenceMetadata(dir.filePath("no-such-file.jpg"), false);
        QVERIFY(!missing.problem.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEvidenceMetadata)
#include "test_evidence_metadata.moc"
