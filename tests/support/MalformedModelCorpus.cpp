// Broken detectors, model cards and evaluation results files for the malformed-input corpus
// (see MalformedCorpus.h).
#include "support/MalformedCorpus.h"

#include "support/KerasFileWriter.h"
#include "support/MalformedInputs.h"
#include "support/TestPaths.h"

#include "evaluate/ResultsFile.h"
#include "models/KerasWeights.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>


namespace corpus {

namespace {

const double kCutFractions[] = {0.02, 0.3, 0.6, 0.9, 0.99};

} // namespace

QVector<Case> generateModels(const QString& root) {
    CaseList list(root + "/models", Kind::Model);
    const auto cardBeside = [&](const QString& stem, const QByteArray& card) {
        malformed::writeFile(list.filePath(stem + ".json"), card);
    };
    const QByteArray pt = malformed::readFile(testpaths::torchScriptModel("Meso4_DF"));
    const QByteArray h5 = malformed::readFile(testpaths::kerasWeights("Meso4_DF"));
    const QByteArray jpeg = malformed::readFile(testpaths::shared("samples/faces/fake/df00204.jpg"));
    const QByteArray card = malformed::readFile(testpaths::modelCard("Meso4_DF"));

    // Not a model at all, under both model extensions. TorchScript files get a valid card
    // beside them so that the model itself is what fails.
    const QVector<QPair<QString, QByteArray>> notModels = {
        {"zero-byte", {}}, {"text", "weights: none\n"}, {"jpg", jpeg}, {"random", malformed::randomBytes(40000, 21)},
        {"zip header", QByteArray("PK\x03\x04", 4) + malformed::randomBytes(600, 22)},
        {"hdf5 signature only", QByteArray("\x89HDF\r\n\x1a\n", 8) + malformed::randomBytes(600, 23)}};
    for (const auto& [what, bytes] : notModels) {
        const QString stem = QString(what).replace(' ', '_');
        list.add(what + " as .pt", stem + ".pt", bytes, Expect::Error);
        cardBeside(stem, card);
        list.add(what + " as .h5", stem + ".h5", bytes, Expect::Error);
    }
    list.add("TorchScript named .h5", "torchscript.h5", pt, Expect::Error);
    list.add("Keras weights named .pt", "keras.pt", h5, Expect::Either); // content decides
    cardBeside("keras", card);

    for (double fraction : kCutFractions) {
        const int permille = int(fraction * 1000);
        list.add(QStringLiteral(".pt cut at %1%").arg(fraction * 100), QStringLiteral("cut_%1.pt").arg(permille),
            pt.left(int(pt.size() * fraction)), Expect::Error);
        cardBeside(QStringLiteral("cut_%1").arg(permille), card);
        list.add(QStringLiteral(".h5 cut at %1%").arg(fraction * 100), QStringLiteral("cut_%1.h5").arg(permille),
            h5.left(int(h5.size() * fraction)), Expect::Error);
    }

    // Keras files that are valid HDF5 but not the network: each layer missing in turn, each
    // weight array with a wrong shape, each bias missing.
    const fakelens::KerasWeights weights = fakelens::KerasWeights::read(testpaths::kerasWeights("Meso4_DF").toStdString());
    for (const std::string& layer : weights.layerNames) {
        if (weights.layers.at(layer).empty())
            continue; // pooling, flatten, dropout: no weights to lose
        const QString name = QString::fromStdString(layer);
        fakelens::KerasWeights missing = weights;
        missing.layerNames.erase(std::find(missing.layerNames.begin(), missing.layerNames.end(), layer));
        missing.layers.erase(layer);
        writeKerasFile(missing, list.filePath("missing_" + name + ".h5"));
        list.addWritten("h5 without layer " + name, "missing_" + name + ".h5", Expect::Error);

        for (const auto& [variable, array] : weights.layers.at(layer)) {
            const QString var = QString::fromStdString(variable);
            fakelens::KerasWeights wrong = weights;
            fakelens::KerasArray& target = wrong.layers[layer][variable];
            target.shape.back() += 1;
            std::int64_t count = 1;
            for (std::int64_t d : target.shape)
                count *= d;
            target.values.assign(size_t(count), 0.5f);
            const QString file = QStringLiteral("shape_%1_%2.h5").arg(name, var);
            writeKerasFile(wrong, list.filePath(file));
            list.addWritten("h5 " + name + "/" + var + " of a wrong shape", file, Expect::Error);

            fakelens::KerasWeights lost = weights;
            lost.layers[layer].erase(variable);
            const QString lostFile = QStringLiteral("lost_%1_%2.h5").arg(name, var);
            writeKerasFile(lost, list.filePath(lostFile));
            list.addWritten("h5 " + name + " without " + var, lostFile, Expect::Error);
        }
    }
    return list.cases();
}

QVector<Case> generateCards(const QString& root) {
    CaseList list(root + "/cards", Kind::Card);
    const QString model = testpaths::torchScriptModel("Meso4_DF");
    // The real TorchScript model with each broken card beside it.
    const auto add = [&](const QString& name, const QByteArray& card) {
        const QString stem = QStringLiteral("card_%1").arg(list.cases().size(), 3, 10, QChar('0'));
        QFile::remove(list.filePath(stem + ".pt"));
        QFile::copy(model, list.filePath(stem + ".pt"));
        malformed::writeFile(list.filePath(stem + ".json"), card);
        list.addWritten(name, stem + ".pt", Expect::Error, stem + ".json");
    };
    const QJsonObject good = QJsonDocument::fromJson(malformed::readFile(testpaths::modelCard("Meso4_DF"))).object();
    auto with = [&](const QString& key, const QJsonValue& value) {
        QJsonObject card = good;
        card[key] = value;
        return QJsonDocument(card).toJson();
    };

    for (const QString key : {"fakelens_card", "name", "input_size", "scale", "output"}) {
        QJsonObject card = good;
        card.remove(key);
        add("card without " + key, QJsonDocument(card).toJson());
        add("card with null " + key, with(key, QJsonValue::Null));
    }
    // Every field of the wrong type or out of range.
    add("card version 2", with("fakelens_card", 2));
    add("card version as text", with("fakelens_card", "1"));
    add("card name a number", with("name", 4));
    add("card input_size one number", with("input_size", 256));
    add("card input_size three numbers", with("input_size", QJsonArray{256, 256, 3}));
    add("card input_size negative", with("input_size", QJsonArray{-256, 256}));
    add("card input_size huge", with("input_size", QJsonArray{1e9, 1e9}));
    add("card input_size 128 for a 256 model", with("input_size", QJsonArray{128, 128}));
    add("card channel_order YUV", with("channel_order", "YUV"));
    add("card scale zero", with("scale", 0));
    add("card scale text", with("scale", "1/255"));
    add("card mean of two", with("mean", QJsonArray{0, 0}));
    add("card with null std", with("std", QJsonValue::Null));
    add("card std zero", with("std", QJsonArray{0, 0, 0}));
    add("card std text", with("std", QJsonArray{"1", "1", "1"}));
    add("card output a string", with("output", "sigmoid_real"));
    add("card output kind unknown", with("output", QJsonObject{{"kind", "probability"}}));
    add("card softmax for a sigmoid model",
        with("output", QJsonObject{{"kind", "softmax"}, {"classes", QJsonArray{"fake", "real"}}, {"real_index", 1}}));
    add("card softmax real_index out of range",
        with("output", QJsonObject{{"kind", "softmax"}, {"classes", QJsonArray{"fake", "real"}}, {"real_index", 5}}));
    add("card threshold 1.5", with("threshold", 1.5));
    add("card crop policy unknown", with("crop", QJsonObject{{"policy", "centre"}}));
    add("card crop not an object", with("crop", "mesonet"));
    // Not a card at all.
    add("card empty", {});
    add("card not JSON", "{ name: ");
    add("card a JSON array", "[1, 2, 3]");
    add("card cut in half", QJsonDocument(good).toJson().left(QJsonDocument(good).toJson().size() / 2));
    add("card binary", malformed::randomBytes(300, 31));
    return list.cases();
}

QVector<Case> generateResults(const QString& root) {
    CaseList list(root + "/results", Kind::Results);

    // A small valid run: a header and three image records.
    const QString validPath = list.filePath("valid.jsonl.tmp");
    QFile::remove(validPath);
    {
        fakelens::RunHeader header;
        header.parameters["methods"] = QJsonArray{"LIME"};
        header.parameters["top_k"] = 1;
        header.fakelensVersion = "corpus";
        auto writer = fakelens::ResultsFileWriter::create(validPath.toStdString(), header);
        for (int i = 0; i < 3; ++i) {
            fakelens::ImageResult r;
            r.path = "df/fake/" + std::to_string(i) + ".png";
            r.label = "fake";
            r.manipulation = "df";
            r.skipReason = fakelens::skip::kDetectorReal;
            r.fakeProbability = 0.2 + 0.1 * i;
            writer->append(r);
        }
    }
    const QByteArray valid = malformed::readFile(validPath);
    QFile::remove(validPath);
    const int headerEnd = valid.indexOf('\n') + 1;

    // Cut by a kill: inside the header the run is unusable; inside a record only that record is lost.
    for (double fraction : {0.1, 0.5, 0.9}) {
        list.add(QStringLiteral("results cut in the header at %1%").arg(fraction * 100),
            QStringLiteral("cut_header_%1.jsonl").arg(int(fraction * 100)), valid.left(int(headerEnd * fraction)),
            Expect::Error);
        const int recordCut = headerEnd + int((valid.size() - headerEnd) * fraction);
        list.add(QStringLiteral("results cut in a record at %1%").arg(fraction * 100),
            QStringLiteral("cut_record_%1.jsonl").arg(int(fraction * 100)), valid.left(recordCut), Expect::Either);
    }
    list.add("results empty", "empty.jsonl", {}, Expect::Error);
    list.add("results header only, no newline", "header_no_newline.jsonl", valid.left(headerEnd - 1), Expect::Error);
    QByteArray garbage = valid;
    garbage.insert(headerEnd, "this line is not JSON\n");
    list.add("results with a garbage line", "garbage_line.jsonl", garbage, Expect::Error);
    QByteArray array = valid;
    array.insert(headerEnd, "[1, 2, 3]\n");
    list.add("results with an array record", "array_record.jsonl", array, Expect::Error);
    QByteArray wrongFormat = valid;
    wrongFormat.replace("fakelens-evaluation", "something-else");
    list.add("results of another format", "other_format.jsonl", wrongFormat, Expect::Error);
    QByteArray future = valid;
    future.replace("\"format_version\":1", "\"format_version\":99");
    list.add("results format version 99", "future_version.jsonl", future, Expect::Error);
    QByteArray noPath = valid;
    noPath.replace("\"path\":", "\"where\":");
    list.add("results records without path", "no_path.jsonl", noPath, Expect::Error);
    list.add("results binary", "binary.jsonl", malformed::randomBytes(2000, 41), Expect::Error);
    list.add("results NUL bytes in a record", "nul.jsonl", valid.left(headerEnd) + QByteArray(100, '\0') + "\n", Expect::Error);
    return list.cases();
}

} // namespace corpus
