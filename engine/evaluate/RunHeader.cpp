#include "evaluate/RunHeader.h"

#include "core/Error.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace fakelens {

namespace {

QJsonObject nesToJson(const NesSettings& s) {
    QJsonObject o;
    o["sigma"] = s.sigma;
    o["samples"] = s.samples;
    o["alpha"] = s.alpha;
    o["epsilon"] = s.epsilon;
    o["max_iterations"] = s.maxIterations;
    o["paper_compatible"] = s.paperCompatible;
    o["noise"] = QString::fromLatin1(nesNoiseName(s));
    return o;
}

} // namespace

QJsonObject makeRunParameters(const std::vector<std::string>& methods, const EvaluationSettings& settings,
                              const Detector& detector, const std::string& modelSha256,
                              const std::string& faceInput) {
    QJsonObject p;
    QJsonArray list;
    for (const std::string& m : methods)
        list.append(QString::fromStdString(m));
    p["methods"] = list;
    p["random_baseline"] = settings.randomBaseline;
    p["top_k"] = settings.topK;
    // A 64-bit seed does not fit a JSON double exactly: kept as text.
    p["seed"] = QString::number(settings.seed);
    p["per_image_seed"] = "derive(seed, FNV-1a of the relative path)";
    p["attack"] = nesToJson(settings.attack);
    p["attack_seed"] = "methodSeed(image seed, 'top-k attack'), shared by every method and k";
    p["minimal_budget"] = settings.measureMinimalBudget && !settings.attack.paperCompatible;
    p["explanation_nes"] = nesToJson(settings.explanationNes);
    QJsonObject e;
    for (const auto& [method, values] : settings.explainer.values())
        for (const auto& [key, value] : values)
            e[QString::fromStdString(method).toLower() + "_" + QString::fromStdString(key)] = value;
    p["explainer"] = e;
    QJsonObject slic;
    slic["segments"] = settings.slic.segments;
    slic["ruler"] = double(settings.slic.ruler);
    slic["iterations"] = settings.slic.iterations;
    slic["min_element_percent"] = settings.slic.minElementPercent;
    p["slic"] = slic;
    QJsonObject model;
    model["name"] = QString::fromStdString(detector.card().name);
    model["threshold"] = detector.card().threshold;
    model["input"] = QStringLiteral("%1x%2").arg(detector.card().inputWidth).arg(detector.card().inputHeight);
    model["sha256"] = QString::fromStdString(modelSha256);
    p["model"] = model;
    p["face_input"] = QString::fromStdString(faceInput);
    return p;
}

std::vector<std::string> RunHeader::methods() const {
    std::vector<std::string> out;
    for (const QJsonValue& v : parameters.value("methods").toArray())
        out.push_back(v.toString().toStdString());
    return out;
}

bool RunHeader::randomBaseline() const { return parameters.value("random_baseline").toBool(); }
int RunHeader::topK() const { return parameters.value("top_k").toInt(); }
int RunHeader::maxBudget() const {
    const double epsilon = parameters.value("attack").toObject().value("epsilon").toDouble();
    return std::max(1, int(std::lround(epsilon * 255.0)));
}

QJsonObject RunHeader::toJson() const {
    QJsonObject o;
    o["record"] = "header";
    o["format"] = "fakelens-evaluation";
    o["format_version"] = 1;
    o["fakelens_version"] = QString::fromStdString(fakelensVersion);
    o["created"] = QString::fromStdString(created);
    o["root"] = QString::fromStdString(root);
    o["model_path"] = QString::fromStdString(modelPath);
    QJsonObject s;
    s["index"] = shard.index;
    s["count"] = shard.count;
    o["shard"] = s;
    o["image_count"] = imageCount;
    o["dataset_image_count"] = datasetImageCount;
    o["parameters"] = parameters;
    return o;
}

RunHeader RunHeader::fromJson(const QJsonObject& o, const std::string& source) {
    if (o.value("record").toString() != "header" || o.value("format").toString() != "fakelens-evaluation")
        throw Error(ErrorCode::CorruptData, source, "not a FakeLens evaluation results file (no header record)");
    if (o.value("format_version").toInt() != 1)
        throw Error(ErrorCode::UnsupportedFormat, source, "results format version is not 1");
    const QJsonValue p = o.value("parameters");
    if (!p.isObject() || !p.toObject().value("methods").isArray() || !p.toObject().value("top_k").isDouble())
        throw Error(ErrorCode::CorruptData, source, "header has no valid 'parameters'");
    RunHeader h;
    h.parameters = p.toObject();
    h.fakelensVersion = o.value("fakelens_version").toString().toStdString();
    h.created = o.value("created").toString().toStdString();
    h.root = o.value("root").toString().toStdString();
    h.modelPath = o.value("model_path").toString().toStdString();
    const QJsonObject s = o.value("shard").toObject();
    h.shard.index = s.value("index").toInt(0);
    h.shard.count = s.value("count").toInt(1);
    h.imageCount = o.value("image_count").toInt();
    h.datasetImageCount = o.value("dataset_image_count").toInt();
    return h;
}

std::string fileSha256(const std::string& path) {
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return hash.result().toHex().toStdString();
}

std::string firstDifference(const QJsonObject& a, const QJsonObject& b) {
    QSet<QString> keys;
    for (auto it = a.begin(); it != a.end(); ++it)
        keys.insert(it.key());
    for (auto it = b.begin(); it != b.end(); ++it)
        keys.insert(it.key());
    QStringList sorted = keys.values();
    sorted.sort();
    for (const QString& key : sorted) {
        const QJsonValue va = a.value(key), vb = b.value(key);
        if (va == vb)
            continue;
        // Descend into nested settings so a message can say "model.sha256" rather than "model":
        // the person merging needs to know it was the model file that changed.
        if (va.isObject() && vb.isObject()) {
            const std::string inner = firstDifference(va.toObject(), vb.toObject());
            if (!inner.empty())
                return key.toStdString() + "." + inner;
        }
        return key.toStdString();
    }
    return {};
}

std::string parameterText(const QJsonObject& parameters, const std::string& dottedKey) {
    QJsonValue value = parameters;
    for (const QString& part : QString::fromStdString(dottedKey).split('.'))
        value = value.toObject().value(part);
    if (value.isUndefined())
        return "(absent)";
    if (value.isString())
        return "\"" + value.toString().toStdString() + "\"";
    // Numbers, booleans and nested values as compact JSON, via a one-element array.
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return json.mid(1, json.size() - 2).toStdString();
}

} // namespace fakelens
