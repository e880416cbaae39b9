#include "evaluate/ImageResult.h"

#include "core/Error.h"
#include "core/JsonNumber.h"

#include <QJsonArray>

#include <limits>

namespace fakelens {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Counts stay far below 2^53, so a JSON double carries them exactly.
QJsonValue count(long long v) { return QJsonValue(double(v)); }

// Field readers that name the record and the field when the file is not what we wrote.
class Reader {
public:
    Reader(const QJsonObject& object, const std::string& source) : o_(object), source_(source) {}

    QJsonValue require(const char* key) const {
        const QJsonValue v = o_.value(QLatin1String(key));
        if (v.isUndefined())
            fail(key, "is missing");
        return v;
    }
    double real(const char* key) const {
        const QJsonValue v = require(key);
        if (v.isNull())
            return kNaN;
        if (!v.isDouble())
            fail(key, "must be a number or null");
        return v.toDouble();
    }
    long long integer(const char* key) const {
        const QJsonValue v = require(key);
        if (!v.isDouble())
            fail(key, "must be a number");
        return (long long)std::llround(v.toDouble());
    }
    bool boolean(const char* key) const {
        const QJsonValue v = require(key);
        if (!v.isBool())
            fail(key, "must be true or false");
        return v.toBool();
    }
    std::string text(const char* key) const {
        const QJsonValue v = require(key);
        if (!v.isString())
            fail(key, "must be a string");
        return v.toString().toStdString();
    }
    std::string optionalText(const char* key) const {
        return o_.value(QLatin1String(key)).toString().toStdString();
    }
    QJsonArray array(const char* key) const {
        const QJsonValue v = require(key);
        if (!v.isArray())
            fail(key, "must be a list");
        return v.toArray();
    }
    [[noreturn]] void fail(const char* key, const char* what) const {
        throw Error(ErrorCode::CorruptData, source_, std::string("field '") + key + "' " + what);
    }

private:
    const QJsonObject& o_;
    const std::string& source_;
};

QJsonObject attackToJson(const AttackRecord& a) {
    QJsonObject o;
    o["k"] = a.k;
    o["p_fake_after"] = jsonNumberOrNull(a.fakeProbabilityAfter);
    o["still_fake"] = a.stillFake;
    o["sufficiency"] = jsonNumberOrNull(a.sufficiency);
    o["iterations"] = a.iterations;
    o["inferences"] = count(a.inferences);
    o["seconds"] = jsonNumberOrNull(a.seconds);
    o["linf"] = jsonNumberOrNull(a.linf);
    if (a.minimalBudget != kBudgetNotMeasured) {
        // delta in 1/255 units; null = never flipped up to the largest delta.
        o["minimal_budget"] = a.minimalBudget == kBudgetNeverFlipped ? QJsonValue(QJsonValue::Null)
                                                                     : QJsonValue(a.minimalBudget);
        o["budget_inferences"] = count(a.budgetInferences);
    }
    if (a.reused)
        o["reused"] = true; // absent = run for this ranking (and in files written before reuse)
    o["localisation"] = jsonNumberOrNull(a.localisation);
    return o;
}

AttackRecord attackFromJson(const QJsonObject& o, const std::string& source) {
    const Reader r(o, source);
    AttackRecord a;
    a.k = int(r.integer("k"));
    a.fakeProbabilityAfter = r.real("p_fake_after");
    a.stillFake = r.boolean("still_fake");
    a.sufficiency = r.real("sufficiency");
    a.iterations = int(r.integer("iterations"));
    a.inferences = r.integer("inferences");
    a.seconds = r.real("seconds");
    a.linf = r.real("linf");
    if (o.contains("minimal_budget")) {
        const QJsonValue b = o.value("minimal_budget");
        a.minimalBudget = b.isNull() ? kBudgetNeverFlipped : int(r.integer("minimal_budget"));
        a.budgetInferences = r.integer("budget_inferences");
    }
    a.reused = o.contains("reused") && r.boolean("reused");
    a.localisation = r.real("localisation");
    return a;
}

} // namespace

QJsonObject ImageResult::toJson() const {
    QJsonObject o;
    o["record"] = "image";
    o["path"] = QString::fromStdString(path);
    o["label"] = QString::fromStdString(label);
    o["manipulation"] = QString::fromStdString(manipulation);
    o["status"] = attacked ? "attacked" : "skipped";
    if (!attacked)
        o["reason"] = QString::fromStdString(skipReason);
    if (!error.empty())
        o["error"] = QString::fromStdString(error);
    o["p_fake"] = jsonNumberOrNull(fakeProbability);
    o["segments"] = segments;
    o["mask"] = hasMask;
    o["seconds"] = jsonNumberOrNull(seconds);
    QJsonObject sample;
    sample["seconds"] = jsonNumberOrNull(adversarialSeconds);
    sample["inferences"] = count(adversarialInferences);
    o["adversarial_sample"] = sample;
    QJsonArray list;
    for (const MethodRecord& m : methods) {
        QJsonObject mo;
        mo["method"] = QString::fromStdString(m.method);
        mo["seconds"] = jsonNumberOrNull(m.seconds);
        mo["inferences"] = count(m.inferences);
        QJsonArray ranking;
        for (int id : m.ranking)
            ranking.append(id);
        mo["ranking"] = ranking;
        if (m.hasIntrinsic) {
            QJsonObject intrinsic;
            intrinsic["variance"] = jsonNumberOrNull(m.intrinsic.variance);
            intrinsic["intra_frame_consistency"] = jsonNumberOrNull(m.intrinsic.intraFrameConsistency);
            intrinsic["centredness"] = jsonNumberOrNull(m.intrinsic.centredness);
            mo["intrinsic"] = intrinsic;
        }
        QJsonArray attacks;
        for (const AttackRecord& a : m.attacks)
            attacks.append(attackToJson(a));
        mo["attacks"] = attacks;
        list.append(mo);
    }
    o["methods"] = list;
    return o;
}

ImageResult ImageResult::fromJson(const QJsonObject& o, const std::string& source) {
    const Reader r(o, source);
    ImageResult result;
    result.path = r.text("path");
    result.label = r.text("label");
    result.manipulation = r.text("manipulation");
    const std::string status = r.text("status");
    if (status != "attacked" && status != "skipped")
        r.fail("status", "must be 'attacked' or 'skipped'");
    result.attacked = status == "attacked";
    result.skipReason = r.optionalText("reason");
    result.error = r.optionalText("error");
    result.fakeProbability = r.real("p_fake");
    result.segments = int(r.integer("segments"));
    result.hasMask = r.boolean("mask");
    result.seconds = r.real("seconds");
    const QJsonObject sample = o.value("adversarial_sample").toObject();
    result.adversarialSeconds = sample.value("seconds").toDouble();
    result.adversarialInferences = (long long)std::llround(sample.value("inferences").toDouble());
    for (const QJsonValue& value : r.array("methods")) {
        const QJsonObject mo = value.toObject();
        const Reader mr(mo, source);
        MethodRecord m;
        m.method = mr.text("method");
        m.seconds = mr.real("seconds");
        m.inferences = mr.integer("inferences");
        for (const QJsonValue& id : mr.array("ranking"))
            m.ranking.push_back(id.toInt());
        if (mo.contains("intrinsic")) {
            const QJsonObject io = mo.value("intrinsic").toObject();
            const Reader ir(io, source);
            m.hasIntrinsic = true;
            m.intrinsic.variance = ir.real("variance");
            m.intrinsic.intraFrameConsistency = ir.real("intra_frame_consistency");
            m.intrinsic.centredness = ir.real("centredness");
        }
        for (const QJsonValue& a : mr.array("attacks"))
            m.attacks.push_back(attackFromJson(a.toObject(), source));
        result.methods.push_back(std::move(m));
    }
    return result;
}

ImageResult makeImageResult(const DatasetItem& item, const FaceEvaluation& evaluation) {
    ImageResult r;
    r.path = item.relativePath;
    r.label = datasetLabelName(item.label);
    r.manipulation = item.manipulation;
    r.fakeProbability = evaluation.fakeProbability;
    r.seconds = evaluation.seconds;
    r.hasMask = evaluation.hasManipulationMask;
    if (!evaluation.calledFake) {
        r.attacked = false;
        r.skipReason = skip::kDetectorReal;
        return r;
    }
    r.attacked = true;
    r.segments = evaluation.segments.count;
    if (evaluation.adversarialSample) {
        r.adversarialSeconds = evaluation.adversarialSample->seconds;
        r.adversarialInferences = evaluation.adversarialSample->inferences;
    }
    for (const MethodEvaluation& m : evaluation.methods) {
        MethodRecord mr;
        mr.method = m.method;
        mr.seconds = m.seconds;
        mr.inferences = m.inferences;
        mr.ranking = m.ranking;
        mr.hasIntrinsic = m.intrinsic.has_value();
        if (m.intrinsic)
            mr.intrinsic = *m.intrinsic;
        for (size_t i = 0; i < m.attacks.size(); ++i) {
            const AttackOutcome& a = m.attacks[i];
            AttackRecord ar;
            ar.k = a.k;
            ar.fakeProbabilityAfter = a.fakeProbabilityAfter;
            ar.stillFake = a.stillFake;
            ar.sufficiency = a.sufficiency;
            ar.iterations = a.iterations;
            ar.inferences = a.inferences;
            ar.seconds = a.seconds;
            ar.linf = a.linf;
            ar.minimalBudget = a.minimalBudget;
            ar.budgetInferences = a.budgetInferences;
            ar.reused = a.reused;
            ar.localisation = i < m.localisation.size() ? m.localisation[i] : kNaN;
            mr.attacks.push_back(ar);
        }
        r.methods.push_back(std::move(mr));
    }
    return r;
}

ImageResult makeSkippedResult(const DatasetItem& item, const std::string& reason, double fakeProbability,
                              const std::string& error) {
    ImageResult r;
    r.path = item.relativePath;
    r.label = datasetLabelName(item.label);
    r.manipulation = item.manipulation;
    r.attacked = false;
    r.skipReason = reason;
    r.error = error;
    r.fakeProbability = fakeProbability;
    return r;
}

} // namespace fakelens
