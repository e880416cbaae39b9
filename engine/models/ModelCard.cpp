#include "models/ModelCard.h"

#include "core/Error.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace fakelens {

const char* outputKindName(OutputKind kind) {
    switch (kind) {
    case OutputKind::SigmoidReal: return "sigmoid_real";
    case OutputKind::SigmoidFake: return "sigmoid_fake";
    case OutputKind::Softmax: return "softmax";
    }
    return "?";
}

const char* faceCallName(FaceCall call) {
    switch (call) {
    case FaceCall::Real: return "real";
    case FaceCall::Fake: return "fake";
    case FaceCall::Inconclusive: return "inconclusive";
    }
    return "?";
}

FaceCall ModelCard::call(double fakeProbability) const {
    if (inconclusive(fakeProbability))
        return FaceCall::Inconclusive;
    return isFake(fakeProbability) ? FaceCall::Fake : FaceCall::Real;
}

double ModelCard::minFaceSide() const { return minFaceFraction * double(std::min(inputWidth, inputHeight)); }

const char* cropPolicyName(CropPolicy policy) {
    return policy == CropPolicy::MesoNet ? "mesonet" : "bbox";
}

namespace {

// Validates one card field at a time so that each message names the field that is wrong.
class CardReader {
public:
    CardReader(const QJsonObject& root, std::string source) : root_(root), source_(std::move(source)) {}

    [[noreturn]] void fail(const std::string& field, const std::string& problem) const {
        throw Error(ErrorCode::ModelCardInvalid, source_,
                    "model card field '" + field + "' " + problem);
    }

    QJsonValue required(const char* field) const {
        if (!root_.contains(field))
            fail(field, "is missing");
        return root_.value(field);
    }

    std::string string(const char* field, bool mandatory) const {
        if (!mandatory && !root_.contains(field))
            return {};
        const QJsonValue v = required(field);
        if (!v.isString() || v.toString().trimmed().isEmpty())
            fail(field, "must be a non-empty string");
        return v.toString().toStdString();
    }

    double number(const char* field, double fallback, double min, double max, bool mandatory) const {
        if (!mandatory && !root_.contains(field))
            return fallback;
        const QJsonValue v = required(field);
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            fail(field, "must be a number");
        const double d = v.toDouble();
        if (d < min || d > max)
            fail(field, "must be between " + trim(min) + " and " + trim(max) + ", not " + trim(d));
        return d;
    }

    std::array<double, 3> triple(const char* field, std::array<double, 3> fallback,
                                 bool positive) const {
        if (!root_.contains(field))
            return fallback;
        const QJsonValue v = root_.value(field);
        if (!v.isArray() || v.toArray().size() != 3)
            fail(field, "must be a list of 3 numbers (one per channel)");
        std::array<double, 3> out{};
        for (int c = 0; c < 3; ++c) {
            const QJsonValue e = v.toArray().at(c);
            if (!e.isDouble() || !std::isfinite(e.toDouble()))
                fail(field, "must be a list of 3 numbers (one per channel)");
            out[c] = e.toDouble();
            if (positive && out[c] <= 0)
                fail(field, "must hold positive numbers");
        }
        return out;
    }

    const QJsonObject& root() const { return root_; }

private:
    static std::string trim(double d) {
        QString s = QString::number(d, 'g', 10);
        return s.toStdString();
    }
    QJsonObject root_;
    std::string source_;
};

OutputKind parseOutputKind(const CardReader& r, const QString& text) {
    if (text == "sigmoid_real")
        return OutputKind::SigmoidReal;
    if (text == "sigmoid_fake")
        return OutputKind::SigmoidFake;
    if (text == "softmax")
        return OutputKind::Softmax;
    r.fail("output.kind", "must be one of sigmoid_real, sigmoid_fake, softmax, not '" +
                              text.toStdString() + "'");
}

} // namespace

ModelCard ModelCard::fromJson(const std::string& jsonText, const std::string& sourceName) {
    QJsonParseError parseError{};
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromStdString(jsonText), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        throw Error(ErrorCode::ModelCardInvalid, sourceName,
                    "model card is not valid JSON (" + parseError.errorString().toStdString() +
                        " at offset " + std::to_string(parseError.offset) + ")");
    if (!doc.isObject())
        throw Error(ErrorCode::ModelCardInvalid, sourceName, "model card must be a JSON object");

    const CardReader r(doc.object(), sourceName);
    // A JSON file beside a model that is not a FakeLens card (another tool's metadata): said so,
    // with where the cards are, rather than as one missing field.
    if (!doc.object().contains(QStringLiteral("fakelens_card")))
        throw Error(ErrorCode::ModelCardInvalid, sourceName,
                    "not a FakeLens model card (no \"fakelens_card\" field); give the model's card with "
                    "--card FILE (FakeLens's cards for the MesoNet models are in resources/models/ and are "
                    "installed beside the models, e.g. ~/.local/share/FakeLens/models/)");
    ModelCard card;
    card.cardVersion = int(r.number("fakelens_card", 1, 1, 1, true));
    card.name = r.string("name", true);
    card.description = r.string("description", false);

    const QJsonValue size = r.required("input_size");
    if (!size.isArray() || size.toArray().size() != 2 || !size.toArray().at(0).isDouble() ||
        !size.toArray().at(1).isDouble())
        r.fail("input_size", "must be [width, height] in pixels");
    const double w = size.toArray().at(0).toDouble(), h = size.toArray().at(1).toDouble();
    if (w != std::floor(w) || h != std::floor(h) || w < 16 || h < 16 || w > 4096 || h > 4096)
        r.fail("input_size", "must be two integers between 16 and 4096");
    card.inputWidth = int(w);
    card.inputHeight = int(h);

    const std::string order = r.string("channel_order", false);
    if (order.empty() || order == "RGB")
        card.channelOrder = ChannelOrder::RGB;
    else if (order == "BGR")
        card.channelOrder = ChannelOrder::BGR;
    else
        r.fail("channel_order", "must be \"RGB\" or \"BGR\", not '" + order + "'");

    card.scale = r.number("scale", 1.0 / 255.0, 1e-9, 1e6, true);
    card.mean = r.triple("mean", {0, 0, 0}, false);
    card.std = r.triple("std", {1, 1, 1}, true);

    const QJsonValue output = r.required("output");
    if (!output.isObject())
        r.fail("output", "must be an object {\"kind\": ..., \"classes\": [...], \"real_index\": N}");
    const QJsonObject out = output.toObject();
    if (!out.value("kind").isString())
        r.fail("output.kind", "is missing (sigmoid_real, sigmoid_fake or softmax)");
    card.output = parseOutputKind(r, out.value("kind").toString());
    if (out.contains("classes")) {
        if (!out.value("classes").isArray())
            r.fail("output.classes", "must be a list of class names");
        for (const QJsonValue& c : out.value("classes").toArray()) {
            if (!c.isString())
                r.fail("output.classes", "must be a list of class names");
            card.classes.push_back(c.toString().toStdString());
        }
    }
    if (card.output == OutputKind::Softmax) {
        if (card.classes.size() < 2)
            r.fail("output.classes", "must name at least two classes for a softmax output");
        if (!out.value("real_index").isDouble())
            r.fail("output.real_index", "is missing (index of the class \"real\")");
        const double idx = out.value("real_index").toDouble();
        if (idx != std::floor(idx) || idx < 0 || idx >= double(card.classes.size()))
            r.fail("output.real_index", "must be an index into output.classes");
        card.realIndex = int(idx);
    }

    card.threshold = r.number("threshold", 0.5, 0.0, 1.0, false);
    if (card.threshold <= 0.0 || card.threshold >= 1.0)
        r.fail("threshold", "must be strictly between 0 and 1");

    if (r.root().contains("inconclusive")) {
        const QJsonValue band = r.root().value("inconclusive");
        const QJsonArray a = band.toArray();
        if (!band.isArray() || a.size() != 2 || !a.at(0).isDouble() || !a.at(1).isDouble())
            r.fail("inconclusive", "must be [low, high], two numbers");
        const double low = a.at(0).toDouble(), high = a.at(1).toDouble();
        if (!(low >= 0 && low <= card.threshold && card.threshold <= high && high <= 1 && low < high))
            r.fail("inconclusive", "must be [low, high] with 0 <= low <= threshold (" +
                                       QString::number(card.threshold, 'g', 10).toStdString() +
                                       ") <= high <= 1 and low < high");
        card.hasInconclusiveBand = true;
        card.inconclusiveLow = low;
        card.inconclusiveHigh = high;
    }
    card.minFaceFraction = r.number("min_face_fraction", 0.25, 0.0, 1.0, false);
    if (r.root().contains("gradcam_layer")) {
        const QJsonValue layer = r.root().value("gradcam_layer");
        // Dotted identifiers only: the name is looked up in the model's graph, never evaluated.
        static const QRegularExpression dotted(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)*$"));
        if (!layer.isString() || !dotted.match(layer.toString()).hasMatch())
            r.fail("gradcam_layer", "must name a layer of the model: a submodule path such as \"l4\" or "
                                    "\"features.7\", or a method name");
        card.gradcamLayer = layer.toString().toStdString();
    }

    if (r.root().contains("crop")) {
        const QJsonValue crop = r.root().value("crop");
        if (!crop.isObject() || !crop.toObject().value("policy").isString())
            r.fail("crop", "must be an object {\"policy\": \"mesonet\" | \"bbox\", \"margin\": 0.3}");
        const QString policy = crop.toObject().value("policy").toString();
        if (policy == "mesonet")
            card.crop = CropPolicy::MesoNet;
        else if (policy == "bbox")
            card.crop = CropPolicy::BoundingBox;
        else
            r.fail("crop.policy", "must be \"mesonet\" or \"bbox\", not '" + policy.toStdString() + "'");
        const QJsonValue margin = crop.toObject().value("margin");
        if (!margin.isUndefined()) {
            if (!margin.isDouble() || margin.toDouble() < 0 || margin.toDouble() > 2)
                r.fail("crop.margin", "must be a number between 0 and 2");
            card.cropMargin = margin.toDouble();
        }
    }
    return card;
}

ModelCard ModelCard::fromFile(const std::string& path) {
    QFile file(QString::fromStdString(path));
    if (!file.exists())
        throw Error(ErrorCode::FileNotFound, path, "model card not found");
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::FileUnreadable, path, "cannot read model card");
    if (file.size() > 1 << 20)
        throw Error(ErrorCode::ModelCardInvalid, path, "model card is larger than 1 MiB");
    return fromJson(file.readAll().toStdString(), path);
}

std::string ModelCard::toJson() const {
    QJsonObject root;
    root["fakelens_card"] = cardVersion;
    root["name"] = QString::fromStdString(name);
    if (!description.empty())
        root["description"] = QString::fromStdString(description);
    root["input_size"] = QJsonArray{inputWidth, inputHeight};
    root["channel_order"] = channelOrder == ChannelOrder::RGB ? "RGB" : "BGR";
    root["scale"] = scale;
    root["mean"] = QJsonArray{mean[0], mean[1], mean[2]};
    root["std"] = QJsonArray{std[0], std[1], std[2]};
    QJsonObject out;
    out["kind"] = outputKindName(output);
    QJsonArray cls;
    for (const auto& c : classes)
        cls.append(QString::fromStdString(c));
    if (!classes.empty())
        out["classes"] = cls;
    if (output == OutputKind::Softmax)
        out["real_index"] = realIndex;
    root["output"] = out;
    root["threshold"] = threshold;
    QJsonObject crop;
    crop["policy"] = cropPolicyName(this->crop);
    if (this->crop == CropPolicy::BoundingBox)
        crop["margin"] = cropMargin;
    root["crop"] = crop;
    if (hasInconclusiveBand)
        root["inconclusive"] = QJsonArray{inconclusiveLow, inconclusiveHigh};
    if (!gradcamLayer.empty())
        root["gradcam_layer"] = QString::fromStdString(gradcamLayer);
    if (minFaceFraction != 0.25)
        root["min_face_fraction"] = minFaceFraction;
    return QJsonDocument(root).toJson(QJsonDocument::Indented).toStdString();
}

} // namespace fakelens
