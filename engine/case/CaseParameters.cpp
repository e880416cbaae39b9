#include "case/CaseParameters.h"

#include "case/CaseSql.h"
#include "case/CaseValues.h"
#include "case/MatBlob.h"
#include "explain/ExplainerRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlField>

#include <map>

namespace fakelens {

namespace {

// One list of fields serves both directions: the writer reads each field, the reader assigns
// it, so the two cannot drift apart.
template <class V> void visitNes(V& v, const QString& p, NesSettings& s) {
    v.real(p + "sigma", s.sigma);
    v.integer(p + "samples", s.samples);
    v.real(p + "alpha", s.alpha);
    v.real(p + "epsilon", s.epsilon);
    v.integer(p + "maxIterations", s.maxIterations);
    v.flag(p + "paperCompatible", s.paperCompatible);
    v.flag(p + "perChannel", s.perChannel);
    v.mat(p + "mask", s.mask);
    v.integer(p + "batchSize", s.batchSize);
}

template <class V> void visitSlic(V& v, const QString& p, SlicOptions& s) {
    v.integer(p + "segments", s.segments);
    v.real32(p + "ruler", s.ruler);
    v.integer(p + "iterations", s.iterations);
    v.integer(p + "minElementPercent", s.minElementPercent);
}

template <class V> void visitExplainer(V& v, const QString& p, ExplainerSettings& s) {
    // Every registered method's parameters, under the names they had before descriptors
    // ("limeSamples"). A case written before a method existed lacks its keys: the method's
    // defaults stand, since that case never ran it.
    for (const MethodDescriptor* method : methodDescriptors())
        for (const ParameterSpec& spec : method->parameters) {
            const QString name = p + QString::fromStdString(camelParameterName(method->name, spec.key));
            double value = s.value(method->name, spec.key);
            if (v.methodParameter(name, value, spec.integer))
                s.set(method->name, spec.key, value);
        }
    v.integer(p + "batchSize", s.batchSize);
}

template <class V> void visitEvaluation(V& v, const QString& p, EvaluationSettings& s) {
    v.integer(p + "topK", s.topK);
    visitNes(v, p + "attack.", s.attack);
    v.flag(p + "measureMinimalBudget", s.measureMinimalBudget);
    v.flag(p + "randomBaseline", s.randomBaseline);
    v.flag(p + "keepAttackedImages", s.keepAttackedImages);
    visitExplainer(v, p + "explainer.", s.explainer);
    visitSlic(v, p + "slic.", s.slic);
    visitNes(v, p + "explanationNes.", s.explanationNes);
    v.u64(p + "seed", s.seed);
}

template <class V> void visitParameters(V& v, ReportParameters& r) {
    v.strings("explain.methods", r.explain.methods);
    visitExplainer(v, "explain.settings.", r.explain.settings);
    visitSlic(v, "explain.slic.", r.explain.slic);
    visitNes(v, "explain.nes.", r.explain.nes);
    v.u64("explain.seed", r.explain.seed);
    bool evaluated = r.evaluation.has_value();
    v.flag("evaluation", evaluated);
    if (evaluated) {
        if (!r.evaluation)
            r.evaluation.emplace();
        visitEvaluation(v, "evaluation.", *r.evaluation);
    }
    v.flag("faceDetection", r.faceDetection);
    v.integer("detectorUpsample", r.detectorUpsample);
    v.text("frameSelection", r.frameSelection);
    v.text("faceSelection", r.faceSelection);
    v.integer("topSegmentsShown", r.topSegmentsShown);
    v.text("commandLine", r.commandLine);
    v.drawnBoxes("drawnFaces", r.drawnFaces);
}

// A drawn box as JSON: {"frame": F, "box": [x, y, w, h]} (floats, exact in a double).
QJsonObject drawnBoxToJson(const DrawnBox& d) {
    return QJsonObject{{"frame", d.frame},
                       {"box", QJsonArray{double(d.box.x), double(d.box.y), double(d.box.width), double(d.box.height)}}};
}

struct Writer {
    QSqlDatabase& db;
    void put(const QString& name, const QVariant& value) {
        caseSql::insert(db, "parameters", {{"name", name}, {"value", value}});
    }
    void real(const QString& n, double& x) { put(n, realValue(x)); }
    void real32(const QString& n, float& x) { put(n, realValue(x)); }
    void integer(const QString& n, int& x) { put(n, x); }
    bool methodParameter(const QString& n, double& x, bool isInteger) {
        put(n, isInteger ? QVariant(int(x)) : realValue(x));
        return false;
    }
    // SQLite integers are signed 64-bit: a seed is stored with the same bits.
    void u64(const QString& n, std::uint64_t& x) { put(n, static_cast<qint64>(x)); }
    void flag(const QString& n, bool& x) { put(n, x ? 1 : 0); }
    void text(const QString& n, QString& x) { put(n, x); }
    void mat(const QString& n, cv::Mat& x) { put(n, matToBlob(x)); }
    void drawnBoxes(const QString& n, std::vector<DrawnBox>& x) {
        QJsonArray array;
        for (const DrawnBox& d : x)
            array.append(drawnBoxToJson(d));
        put(n, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    }
    void strings(const QString& n, std::vector<std::string>& x) {
        QJsonArray array;
        for (const auto& s : x)
            array.append(QString::fromStdString(s));
        put(n, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    }
};

struct Reader {
    std::map<QString, QVariant> values;
    SqlRow get(const QString& n) const {
        const auto it = values.find(n);
        if (it == values.end())
            throw Error(ErrorCode::CorruptData, "case file",
                        "parameter " + n.toStdString() + " is missing");
        QSqlRecord record;
        QSqlField field(QStringLiteral("value"));
        field.setValue(it->second);
        record.append(field);
        return SqlRow(record, "parameters[" + n + "]");
    }
    void real(const QString& n, double& x) { x = get(n).real("value"); }
    void real32(const QString& n, float& x) { x = static_cast<float>(get(n).real("value")); }
    void integer(const QString& n, int& x) { x = get(n).int32("value"); }
    bool methodParameter(const QString& n, double& x, bool isInteger) {
        if (values.find(n) == values.end())
            return false;
        x = isInteger ? double(get(n).int32("value")) : get(n).real("value");
        return true;
    }
    void u64(const QString& n, std::uint64_t& x) {
        x = static_cast<std::uint64_t>(get(n).integer("value"));
    }
    void flag(const QString& n, bool& x) { x = get(n).boolean("value"); }
    void text(const QString& n, QString& x) { x = get(n).text("value"); }
    void mat(const QString& n, cv::Mat& x) {
        x = matFromBlob(get(n).blob("value"), "parameters." + n);
    }
    // A case saved before drawn boxes were kept (schema 4 and older) has none: its drawn faces
    // are still marked on the faces themselves (faces.origin).
    void drawnBoxes(const QString& n, std::vector<DrawnBox>& x) {
        x.clear();
        if (values.find(n) == values.end())
            return;
        const QJsonDocument doc = QJsonDocument::fromJson(get(n).text("value").toUtf8());
        if (!doc.isArray())
            throw Error(ErrorCode::CorruptData, "case file", "parameter " + n.toStdString() + " is not a JSON list");
        for (const QJsonValue& item : doc.array()) {
            const QJsonObject o = item.toObject();
            const QJsonArray b = o.value("box").toArray();
            if (!o.value("frame").isDouble() || b.size() != 4)
                throw Error(ErrorCode::CorruptData, "case file",
                            "parameter " + n.toStdString() + " holds a box that is not {frame, box: [x, y, w, h]}");
            DrawnBox d;
            d.frame = o.value("frame").toInt();
            d.box = cv::Rect2f(float(b[0].toDouble()), float(b[1].toDouble()), float(b[2].toDouble()),
                               float(b[3].toDouble()));
            x.push_back(d);
        }
    }
    void strings(const QString& n, std::vector<std::string>& x) {
        const QJsonDocument doc = QJsonDocument::fromJson(get(n).text("value").toUtf8());
        if (!doc.isArray())
            throw Error(ErrorCode::CorruptData, "case file",
                        "parameter " + n.toStdString() + " is not a JSON list");
        x.clear();
        for (const QJsonValue& s : doc.array())
            x.push_back(s.toString().toStdString());
    }
};

} // namespace

void writeParameters(QSqlDatabase& db, const ReportParameters& parameters) {
    ReportParameters copy = parameters; // the visitor takes references
    Writer writer{db};
    visitParameters(writer, copy);
}

ReportParameters readParameters(QSqlDatabase& db) {
    Reader reader;
    QSqlQuery q =
        caseSql::query(db, "SELECT name, value FROM parameters", {}, ErrorCode::CorruptData);
    while (q.next())
        reader.values[q.value(0).toString()] = q.value(1);
    ReportParameters parameters;
    visitParameters(reader, parameters);
    return parameters;
}

} // namespace fakelens
