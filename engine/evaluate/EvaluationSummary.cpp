#include "evaluate/EvaluationSummary.h"

#include "evaluate/Rankings.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

namespace fakelens {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Values of one quantity in record (= path) order; NaN values are left out.
class Values {
public:
    void add(double v) {
        if (std::isfinite(v))
            values_.push_back(v);
    }
    Statistic statistic() const {
        Statistic s;
        s.count = int(values_.size());
        if (values_.empty())
            return s;
        double sum = 0.0;
        for (double v : values_)
            sum += v;
        s.mean = sum / double(values_.size());
        std::vector<double> sorted = values_;
        std::sort(sorted.begin(), sorted.end());
        const size_t n = sorted.size();
        s.median = n % 2 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
        return s;
    }
    double mean() const { return statistic().mean; }

private:
    std::vector<double> values_;
};

// Counts "still fake" over a fixed denominator.
struct Ratio {
    int numerator = 0;
    int denominator = 0;
    double value() const { return denominator > 0 ? double(numerator) / denominator : kNaN; }
};

struct MethodValues {
    std::map<std::string, std::vector<Ratio>> accuracy;
    std::map<std::string, std::vector<Values>> sufficiency;
    std::vector<Values> effortIterations, effortInferences, budget, localisation;
    std::vector<Ratio> flipped;
    Values seconds, inferences, sampleSeconds, sampleInferences, attackSeconds, attackInferences;
    Values variance, intra, centredness;
};

// Images the detector could not score (unreadable, no face found) are not in the accuracy.
bool countsAsFake(const ImageResult& r) {
    return r.label != "real" && r.skipReason != skip::kUnreadable && r.skipReason != skip::kNoFace;
}

bool isAdversarial(const std::string& method) {
    return method.size() > 4 && method.compare(method.size() - 4, 4, "_adv") == 0;
}

} // namespace

Statistic::Statistic() : mean(kNaN), median(kNaN) {}

EvaluationSummary summarize(const RunHeader& header, std::vector<ImageResult> results, int* duplicates) {
    std::stable_sort(results.begin(), results.end(),
                     [](const ImageResult& a, const ImageResult& b) { return a.path < b.path; });
    const size_t before = results.size();
    results.erase(std::unique(results.begin(), results.end(),
                              [](const ImageResult& a, const ImageResult& b) { return a.path == b.path; }),
                  results.end());
    if (duplicates)
        *duplicates = int(before - results.size());

    EvaluationSummary s;
    s.header = header;
    s.methods = header.methods();
    if (header.randomBaseline())
        s.methods.push_back(kRandomMethod);
    s.topK = header.topK();
    s.maxBudget = header.maxBudget();
    s.minimalBudgetMeasured = header.parameters.value("minimal_budget").toBool();
    s.images = int(results.size());

    // The columns: every manipulation type of an image that counts as a fake.
    std::set<std::string> typeSet;
    for (const ImageResult& r : results)
        if (countsAsFake(r))
            typeSet.insert(r.manipulation);
    s.types.assign(typeSet.begin(), typeSet.end());
    if (s.types.size() > 1)
        s.types.push_back(kAllTypes);

    const size_t k = size_t(std::max(0, s.topK));
    const size_t methodCount = s.methods.size();
    std::vector<MethodValues> values(methodCount);
    for (MethodValues& v : values) {
        for (const std::string& type : s.types) {
            v.accuracy[type].assign(k, Ratio{});
            v.sufficiency[type].assign(k, Values{});
        }
        v.effortIterations.assign(k, Values{});
        v.effortInferences.assign(k, Values{});
        v.budget.assign(k, Values{});
        v.localisation.assign(k, Values{});
        v.flipped.assign(k, Ratio{});
    }
    // Classic/_adv pairs among the methods, and their per-face differences per k.
    std::vector<std::pair<size_t, size_t>> pairs;
    for (size_t m = 0; m < methodCount; ++m)
        for (size_t a = 0; a < methodCount; ++a)
            if (s.methods[a] == s.methods[m] + "_adv")
                pairs.emplace_back(m, a);
    std::vector<std::vector<std::vector<double>>> budgetDifferences(
        pairs.size(), std::vector<std::vector<double>>(k)),
        iterationDifferences(pairs.size(), std::vector<std::vector<double>>(k));
    std::map<std::string, Ratio> original;
    std::vector<std::vector<Values>> agreement(methodCount, std::vector<Values>(methodCount));

    for (const ImageResult& r : results) {
        if (!r.attacked)
            ++s.skipped[r.skipReason];
        if (!countsAsFake(r))
            continue;
        const std::vector<std::string> columns =
            s.types.size() > 1 ? std::vector<std::string>{r.manipulation, kAllTypes}
                               : std::vector<std::string>{r.manipulation};
        for (const std::string& column : columns) {
            ++original[column].denominator;
            if (r.attacked)
                ++original[column].numerator;
            for (MethodValues& v : values)
                for (Ratio& ratio : v.accuracy[column])
                    ++ratio.denominator;
        }
        if (!r.attacked)
            continue;
        ++s.attacked;
        if (r.hasMask)
            ++s.imagesWithMask;

        // Rows of this record by method name (records keep the run's order, but look up anyway).
        std::vector<const MethodRecord*> rows(methodCount, nullptr);
        for (size_t m = 0; m < methodCount; ++m)
            for (const MethodRecord& record : r.methods)
                if (record.method == s.methods[m])
                    rows[m] = &record;

        for (size_t m = 0; m < methodCount; ++m) {
            const MethodRecord* record = rows[m];
            if (!record)
                continue;
            MethodValues& v = values[m];
            v.seconds.add(record->seconds);
            v.inferences.add(double(record->inferences));
            if (isAdversarial(record->method)) {
                v.sampleSeconds.add(r.adversarialSeconds);
                v.sampleInferences.add(double(r.adversarialInferences));
            }
            if (record->hasIntrinsic) {
                v.variance.add(record->intrinsic.variance);
                v.intra.add(record->intrinsic.intraFrameConsistency);
                v.centredness.add(record->intrinsic.centredness);
            }
            double attackSeconds = 0.0, attackInferences = 0.0;
            for (const AttackRecord& a : record->attacks) {
                if (a.k < 1 || size_t(a.k) > k)
                    continue;
                const size_t i = size_t(a.k - 1);
                for (const std::string& column : columns) {
                    if (a.stillFake)
                        ++v.accuracy[column][i].numerator;
                    v.sufficiency[column][i].add(a.sufficiency);
                }
                v.effortIterations[i].add(a.iterations);
                v.effortInferences[i].add(double(a.inferences));
                if (a.minimalBudget != kBudgetNotMeasured) {
                    v.budget[i].add(a.minimalBudget == kBudgetNeverFlipped ? s.maxBudget + 1 : a.minimalBudget);
                    ++v.flipped[i].denominator;
                    if (a.minimalBudget != kBudgetNeverFlipped)
                        ++v.flipped[i].numerator;
                }
                if (r.hasMask)
                    v.localisation[i].add(a.localisation);
                attackSeconds += a.seconds;
                attackInferences += double(a.inferences + a.budgetInferences);
            }
            v.attackSeconds.add(attackSeconds);
            v.attackInferences.add(attackInferences);
        }
        const auto outcome = [](const MethodRecord* record, int attackK) -> const AttackRecord* {
            if (record)
                for (const AttackRecord& a : record->attacks)
                    if (a.k == attackK)
                        return &a;
            return nullptr;
        };
        const auto budgetOf = [&](const AttackRecord& a) {
            return double(a.minimalBudget == kBudgetNeverFlipped ? s.maxBudget + 1 : a.minimalBudget);
        };
        for (size_t p = 0; p < pairs.size(); ++p)
            for (size_t i = 0; i < k; ++i) {
                const AttackRecord* classic = outcome(rows[pairs[p].first], int(i + 1));
                const AttackRecord* adversarial = outcome(rows[pairs[p].second], int(i + 1));
                if (!classic || !adversarial)
                    continue;
                iterationDifferences[p][i].push_back(double(classic->iterations) - double(adversarial->iterations));
                if (classic->minimalBudget != kBudgetNotMeasured && adversarial->minimalBudget != kBudgetNotMeasured)
                    budgetDifferences[p][i].push_back(budgetOf(*classic) - budgetOf(*adversarial));
            }
        for (size_t i = 0; i < methodCount; ++i)
            for (size_t j = 0; j < methodCount; ++j)
                if (rows[i] && rows[j] && rows[i]->ranking.size() == rows[j]->ranking.size())
                    agreement[i][j].add(i == j ? 1.0 : spearmanRankCorrelation(rows[i]->ranking, rows[j]->ranking));
    }

    for (const std::string& type : s.types) {
        s.fakeImages[type] = original[type].denominator;
        s.originalAccuracy[type] = original[type].value();
    }
    for (size_t m = 0; m < methodCount; ++m) {
        const MethodValues& v = values[m];
        MethodSummary row;
        row.method = s.methods[m];
        for (const std::string& type : s.types) {
            for (size_t i = 0; i < k; ++i) {
                row.accuracy[type].push_back(v.accuracy.at(type)[i].value());
                const Statistic attacked = v.sufficiency.at(type)[i].statistic();
                row.sufficiency[type].push_back(attacked);
                const int fakes = v.accuracy.at(type)[i].denominator;
                row.sufficiencyAllFakes[type].push_back(
                    fakes > 0 ? (attacked.count > 0 ? attacked.mean * attacked.count : 0.0) / fakes : kNaN);
            }
        }
        for (size_t i = 0; i < k; ++i) {
            row.effortIterations.push_back(v.effortIterations[i].statistic());
            row.effortInferences.push_back(v.effortInferences[i].statistic());
            row.minimalBudget.push_back(v.budget[i].statistic());
            row.flippedWithinBudget.push_back(v.flipped[i].value());
            row.localisation.push_back(v.localisation[i].statistic());
        }
        row.seconds = v.seconds.statistic();
        row.inferences = v.inferences.statistic();
        row.sampleSeconds = v.sampleSeconds.statistic();
        row.sampleInferences = v.sampleInferences.statistic();
        row.attackSeconds = v.attackSeconds.statistic();
        row.attackInferences = v.attackInferences.statistic();
        row.variance = v.variance.statistic();
        row.intraFrameConsistency = v.intra.statistic();
        row.centredness = v.centredness.statistic();
        s.rows.push_back(std::move(row));
    }
    for (size_t p = 0; p < pairs.size(); ++p) {
        AdversarialComparison comparison;
        comparison.method = s.methods[pairs[p].first];
        for (size_t i = 0; i < k; ++i) {
            comparison.budget.push_back(pairedBootstrap(budgetDifferences[p][i]));
            comparison.iterations.push_back(pairedBootstrap(iterationDifferences[p][i]));
        }
        s.adversarialComparison.push_back(std::move(comparison));
    }
    s.agreement.assign(methodCount, std::vector<Statistic>(methodCount));
    for (size_t i = 0; i < methodCount; ++i)
        for (size_t j = 0; j < methodCount; ++j)
            s.agreement[i][j] = agreement[i][j].statistic();
    return s;
}

} // namespace fakelens
