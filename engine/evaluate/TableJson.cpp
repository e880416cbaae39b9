#include "evaluate/TableRenderer.h"

#include "core/JsonNumber.h"

#include <QJsonArray>

// renderJson(): the tables of TableRenderer.cpp as one JSON object.

namespace fakelens {

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

QJsonArray jsonList(const std::vector<double>& values) {
    QJsonArray a;
    for (double v : values)
        a.append(jsonNumberOrNull(v));
    return a;
}

QJsonObject jsonStatistics(const std::vector<Statistic>& values) {
    QJsonArray mean, median;
    for (const Statistic& st : values) {
        mean.append(jsonNumberOrNull(st.mean));
        median.append(jsonNumberOrNull(st.median));
    }
    QJsonObject o;
    o["mean"] = mean;
    o["median"] = median;
    return o;
}

// The pooled column: "all" with several types, else the only one.
std::string pooledType(const EvaluationSummary& s) { return s.types.empty() ? std::string() : s.types.back(); }

} // namespace

QJsonObject renderJson(const EvaluationSummary& s, const RenderOptions& options) {
    QJsonObject o;
    o["fakelens_version"] = q(s.header.fakelensVersion);
    o["parameters"] = s.header.parameters;
    o["images"] = s.images;
    o["attacked"] = s.attacked;
    QJsonObject skipped;
    for (const auto& [reason, n] : s.skipped)
        skipped[q(reason)] = n;
    o["skipped"] = skipped;
    o["top_k"] = s.topK;
    QJsonArray ks, types;
    for (int k = 1; k <= s.topK; ++k)
        ks.append(k);
    for (const std::string& type : s.types)
        types.append(q(type));
    o["k"] = ks;
    o["types"] = types;
    QJsonObject original, fakes;
    for (const std::string& type : s.types) {
        original[q(type)] = jsonNumberOrNull(s.originalAccuracy.at(type));
        fakes[q(type)] = s.fakeImages.at(type);
    }
    o["original_accuracy"] = original;
    o["fake_images"] = fakes;

    const std::string pooled = pooledType(s);
    QJsonArray methods;
    for (const MethodSummary& row : s.rows) {
        QJsonObject m;
        m["method"] = q(row.method);
        m["k"] = ks;
        m["accuracy"] = pooled.empty() ? QJsonArray() : jsonList(row.accuracy.at(pooled));
        m["sufficiency"] = pooled.empty() ? QJsonArray() : jsonStatistics(row.sufficiency.at(pooled)).value("mean").toArray();
        m["sufficiency_all_fakes"] = pooled.empty() ? QJsonArray() : jsonList(row.sufficiencyAllFakes.at(pooled));
        QJsonObject byType;
        for (const std::string& type : s.types) {
            QJsonObject t;
            t["accuracy"] = jsonList(row.accuracy.at(type));
            t["sufficiency"] = jsonStatistics(row.sufficiency.at(type)).value("mean");
            t["sufficiency_all_fakes"] = jsonList(row.sufficiencyAllFakes.at(type));
            byType[q(type)] = t;
        }
        m["by_type"] = byType;
        QJsonObject effort = jsonStatistics(row.effortIterations);
        effort["inferences_mean"] = jsonStatistics(row.effortInferences).value("mean");
        m["effort"] = effort;
        if (s.minimalBudgetMeasured) {
            QJsonObject budget = jsonStatistics(row.minimalBudget);
            budget["flipped_fraction"] = jsonList(row.flippedWithinBudget);
            m["minimal_budget"] = budget;
        }
        QJsonObject cost;
        if (options.includeTimings) {
            cost["seconds"] = jsonNumberOrNull(row.seconds.mean);
            cost["sample_seconds"] = jsonNumberOrNull(row.sampleSeconds.mean);
            cost["attack_seconds"] = jsonNumberOrNull(row.attackSeconds.mean);
        }
        cost["inferences"] = jsonNumberOrNull(row.inferences.mean);
        cost["sample_inferences"] = jsonNumberOrNull(row.sampleInferences.mean);
        cost["attack_inferences"] = jsonNumberOrNull(row.attackInferences.mean);
        m["cost"] = cost;
        if (s.imagesWithMask > 0)
            m["localisation"] = jsonStatistics(row.localisation).value("mean");
        if (row.variance.count > 0) {
            QJsonObject intrinsic;
            intrinsic["variance"] = jsonNumberOrNull(row.variance.mean);
            intrinsic["intra_frame_consistency"] = jsonNumberOrNull(row.intraFrameConsistency.mean);
            intrinsic["centredness"] = jsonNumberOrNull(row.centredness.mean);
            m["intrinsic"] = intrinsic;
        }
        methods.append(m);
    }
    o["methods"] = methods;

    QJsonArray comparisons;
    for (const AdversarialComparison& c : s.adversarialComparison) {
        const auto differences = [](const std::vector<PairedDifference>& values) {
            QJsonArray a;
            for (const PairedDifference& d : values) {
                QJsonObject e;
                e["mean"] = jsonNumberOrNull(d.mean);
                e["low95"] = jsonNumberOrNull(d.low);
                e["high95"] = jsonNumberOrNull(d.high);
                e["faces"] = d.count;
                a.append(e);
            }
            return a;
        };
        QJsonObject e;
        e["method"] = q(c.method);
        if (s.minimalBudgetMeasured)
            e["budget_difference"] = differences(c.budget);
        e["effort_difference"] = differences(c.iterations);
        comparisons.append(e);
    }
    o["classic_minus_adversarial"] = comparisons;

    QJsonArray names, matrix;
    for (size_t i = 0; i < s.methods.size(); ++i) {
        names.append(q(s.methods[i]));
        QJsonArray row;
        for (size_t j = 0; j < s.methods.size(); ++j)
            row.append(jsonNumberOrNull(s.agreement[i][j].mean));
        matrix.append(row);
    }
    QJsonObject agreement;
    agreement["methods"] = names;
    agreement["spearman"] = matrix;
    o["agreement"] = agreement;
    return o;
}

} // namespace fakelens
