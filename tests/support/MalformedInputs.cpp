#include "support/MalformedInputs.h"

#include "support/KerasFileWriter.h"
#include "support/TestPaths.h"

#include "models/KerasWeights.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>
#include <zlib.h>

#include <random>
#include <stdexcept>

namespace malformed {

QByteArray readFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + path.toStdString());
    return f.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write " + path.toStdString());
}

QByteArray flipBits(QByteArray bytes, int from, int to, int every) {
    for (int i = from; i < std::min(to, int(bytes.size())); i += every)
        bytes[i] = char(bytes[i] ^ 0xFF);
    return bytes;
}

static QByteArray pngChunk(const char* type, const QByteArray& data) {
    QByteArray chunk;
    quint32 len = qToBigEndian(quint32(data.size()));
    chunk.append(reinterpret_cast<const char*>(&len), 4);
    QByteArray body = QByteArray(type, 4) + data;
    chunk.append(body);
    quint32 crc = qToBigEndian(quint32(crc32(0, reinterpret_cast<const Bytef*>(body.constData()), uInt(body.size()))));
    chunk.append(reinterpret_cast<const char*>(&crc), 4);
    return chunk;
}

QByteArray pngWithSize(quint32 width, quint32 height) {
    QByteArray ihdr(13, '\0');
    qToBigEndian(width, ihdr.data());
    qToBigEndian(height, ihdr.data() + 4);
    ihdr[8] = 8;  // bit depth
    ihdr[9] = 2;  // RGB
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png += pngChunk("IHDR", ihdr);
    png += pngChunk("IDAT", QByteArray::fromHex("789c030000000001")); // an empty zlib stream
    png += pngChunk("IEND", {});
    return png;
}

// A JPEG whose start-of-frame header claims another size.
QByteArray jpegWithSize(QByteArray jpeg, quint16 width, quint16 height) {
    for (int i = 2; i + 9 < jpeg.size(); ++i) {
        const auto m = quint8(jpeg[i + 1]);
        if (quint8(jpeg[i]) == 0xFF && (m == 0xC0 || m == 0xC2)) {
            qToBigEndian(height, jpeg.data() + i + 5);
            qToBigEndian(width, jpeg.data() + i + 7);
            return jpeg;
        }
    }
    throw std::runtime_error("no SOF marker");
}

QByteArray randomBytes(int size, unsigned seed) {
    std::mt19937 rng(seed);
    QByteArray bytes(size, '\0');
    for (char& b : bytes)
        b = char(rng() & 0xFF);
    return bytes;
}

QVector<Case> generate(const QString& folder) {
    QDir().mkpath(folder);
    const QDir dir(folder);
    QVector<Case> cases;
    auto add = [&](const QString& name, const QString& file, const QByteArray& bytes, const QString& kind) {
        writeFile(dir.filePath(file), bytes);
        cases.push_back({name, dir.filePath(file), kind, {}});
    };

    const QByteArray jpeg = readFile(testpaths::shared("samples/faces/fake/df00204.jpg"));
    const QByteArray png = readFile(testpaths::shared("samples/ffpp_crops/df/fake/") +
                                    QDir(testpaths::shared("samples/ffpp_crops/df/fake")).entryList({"*.png"}).first());
    const QByteArray video = readFile(testpaths::shared("samples/videos/ffpp_519_real.mp4"));

    cases.push_back({"missing image", dir.filePath("does_not_exist.jpg"), "image", {}});
    add("zero-byte jpg", "empty.jpg", {}, "image");
    add("text as jpg", "text.jpg", "this is not an image\n", "image");
    add("text as png", "text.png", QByteArray(4000, 'a'), "image");
    add("truncated jpg", "truncated.jpg", jpeg.left(jpeg.size() / 2), "image");
    add("truncated jpg header", "truncated_header.jpg", jpeg.left(40), "image");
    add("truncated png", "truncated.png", png.left(png.size() / 2), "image");
    add("bit-flipped jpg header", "flipped_header.jpg", flipBits(jpeg, 2, 400, 3), "image");
    add("bit-flipped png data", "flipped.png", flipBits(png, 100, png.size() - 20, 97), "image");
    add("huge png header", "huge.png", pngWithSize(100000, 100000), "image");
    add("huge jpg header", "huge.jpg", jpegWithSize(jpeg, 65000, 65000), "image");
    add("png header only", "header_only.png", pngWithSize(64, 64), "image");

    cases.push_back({"missing video", dir.filePath("does_not_exist.mp4"), "video", {}});
    add("zero-byte mp4", "empty.mp4", {}, "video");
    add("text as mp4", "text.mp4", QByteArray(10000, 'x'), "video");
    add("truncated mp4", "truncated.mp4", video.left(video.size() / 3), "video");
    add("mp4 header only", "header_only.mp4", video.left(2000), "video");
    add("corrupted mp4", "corrupted.mp4", flipBits(video, 0, video.size(), 7), "video");
    add("png as mp4, truncated", "image_truncated.mp4", png.left(png.size() - 100), "video");

    cases.push_back({"missing model", dir.filePath("does_not_exist.pt"), "model", {}});
    add("zero-byte model", "empty.pt", {}, "model");
    add("text as model", "text.pt", "not a model", "model");
    add("jpg as h5", "image.h5", jpeg, "model");
    add("fake zip as pt", "fake_zip.pt", QByteArray("PK\x03\x04", 4) + QByteArray(500, '\x01'), "model");
    const QByteArray h5 = readFile(testpaths::kerasWeights("Meso4_DF"));
    add("truncated h5", "truncated.h5", h5.left(h5.size() / 2), "model");

    const fakelens::KerasWeights weights = fakelens::KerasWeights::read(testpaths::kerasWeights("Meso4_DF").toStdString());
    {
        fakelens::KerasWeights missing = weights;
        missing.layerNames.erase(std::find(missing.layerNames.begin(), missing.layerNames.end(), "conv2d_7"));
        missing.layers.erase("conv2d_7");
        writeKerasFile(missing, dir.filePath("missing_layer.h5"));
        cases.push_back({"h5 missing layer", dir.filePath("missing_layer.h5"), "model", {}});
    }
    {
        fakelens::KerasWeights wrong = weights;
        auto& kernel = wrong.layers["conv2d_6"]["kernel"];
        kernel.shape = {5, 5, 8, 4};
        kernel.values.resize(5 * 5 * 8 * 4);
        writeKerasFile(wrong, dir.filePath("wrong_shape.h5"));
        cases.push_back({"h5 wrong shape", dir.filePath("wrong_shape.h5"), "model", {}});
    }
    {
        fakelens::KerasWeights noBias = weights;
        noBias.layers["dense_4"].erase("bias");
        writeKerasFile(noBias, dir.filePath("missing_bias.h5"));
        cases.push_back({"h5 missing bias", dir.filePath("missing_bias.h5"), "model", {}});
    }

    // TorchScript models with broken cards beside them.
    const QJsonObject goodCard = QJsonDocument::fromJson(readFile(testpaths::modelCard("Meso4_DF"))).object();
    auto addCard = [&](const QString& name, const QString& stem, const QByteArray& card) {
        QFile::remove(dir.filePath(stem + ".pt"));
        QFile::copy(testpaths::torchScriptModel("Meso4_DF"), dir.filePath(stem + ".pt"));
        if (!card.isNull())
            writeFile(dir.filePath(stem + ".json"), card);
        cases.push_back({name, dir.filePath(stem + ".pt"), "card", dir.filePath(stem + ".json")});
    };
    addCard("pt without card", "no_card", QByteArray());
    QJsonObject noName = goodCard;
    noName.remove("name");
    addCard("card missing name", "card_no_name", QJsonDocument(noName).toJson());
    QJsonObject badKind = goodCard;
    badKind["output"] = QJsonObject{{"kind", "probability"}};
    addCard("card wrong output kind", "card_bad_kind", QJsonDocument(badKind).toJson());
    QJsonObject badSize = goodCard;
    badSize["input_size"] = QJsonArray{128, 128};
    addCard("card wrong input size", "card_bad_size", QJsonDocument(badSize).toJson());
    QJsonObject softmax = goodCard;
    softmax["output"] = QJsonObject{{"kind", "softmax"}, {"classes", QJsonArray{"fake", "real"}}, {"real_index", 1}};
    addCard("card softmax for sigmoid model", "card_softmax", QJsonDocument(softmax).toJson());
    addCard("card not json", "card_not_json", "{ name: ");
    return cases;
}

} // namespace malformed
