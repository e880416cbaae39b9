#include "evaluate/TableRenderer.h"

#include <QStringList>

#include <cmath>

namespace fakelens {

namespace {

QString fixed(double v, int decimals) {
    return std::isfinite(v) ? QString::number(v, 'f', decimals) : QStringLiteral("–");
}
QString csvNumber(double v) { return std::isfinite(v) ? QString::number(v, 'f', 6) : QString(); }
QString q(const std::string& s) { return QString::fromStdString(s); }

// A Markdown table built row by row.
class MarkdownTable {
public:
    explicit MarkdownTable(QStringList header) : header_(std::move(header)) {}
    void add(QStringList row) { rows_.push_back(std::move(row)); }
    QString text() const {
        QString out = line(header_);
        QStringList rule;
        for (int i = 0; i < header_.size(); ++i)
            rule << (i == 0 ? QStringLiteral("---") : QStringLiteral("---:"));
        out += line(rule);
        for (const QStringList& row : rows_)
            out += line(row);
        return out;
    }

private:
    static QString line(const QStringList& cells) { return "| " + cells.join(" | ") + " |\n"; }
    QStringList header_;
    std::vector<QStringList> rows_;
};

QString section(const QString& title, const QString& note, const MarkdownTable& table) {
    QString out = "\n## " + title + "\n\n";
    if (!note.isEmpty())
        out += note + "\n\n";
    return out + table.text();
}

QStringList typeByKHeader(const EvaluationSummary& s, const QString& first) {
    QStringList header{first};
    for (const std::string& type : s.types)
        for (int k = 1; k <= s.topK; ++k)
            header << QStringLiteral("%1 top-%2").arg(q(type)).arg(k);
    return header;
}

// One row per method: its values for each type and k = 1..K (as typeByKHeader lays them out),
// three decimals. `valuesOf(row, type)` gives one type's values.
template <typename ValuesOf>
void addTypeByKRows(MarkdownTable& table, const EvaluationSummary& s, ValuesOf valuesOf) {
    for (const MethodSummary& row : s.rows) {
        QStringList cells{q(row.method)};
        for (const std::string& type : s.types)
            for (double v : valuesOf(row, type))
                cells << fixed(v, 3);
        table.add(cells);
    }
}

QStringList kHeader(const EvaluationSummary& s, const QString& first, const QStringList& statistics) {
    QStringList header{first};
    for (int k = 1; k <= s.topK; ++k)
        for (const QString& statistic : statistics)
            header << QStringLiteral("top-%1 %2").arg(k).arg(statistic);
    return header;
}

QString skippedText(const EvaluationSummary& s) {
    QStringList parts;
    for (const auto& [reason, n] : s.skipped)
        parts << QStringLiteral("%1 %2").arg(q(reason)).arg(n);
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(", ");
}

// The value of `table` for a type and k as CSV lines.
void csvLine(QStringList& out, const QString& table, const std::string& method, const std::string& type,
             const QString& k, const QString& statistic, double value, int count) {
    out << QStringList{table, q(method), q(type), k, statistic, csvNumber(value), QString::number(count)}.join(',');
}

void csvStatistic(QStringList& out, const QString& table, const std::string& method, const QString& k,
                  const Statistic& st) {
    csvLine(out, table, method, kAllTypes, k, "mean", st.mean, st.count);
    csvLine(out, table, method, kAllTypes, k, "median", st.median, st.count);
}

} // namespace

QString renderMarkdown(const EvaluationSummary& s, const RenderOptions& options) {
    const QJsonObject model = s.header.parameters.value("model").toObject();
    QString out = "# FakeLens explanation evaluation\n\n";
    out += QStringLiteral("Model %1 (SHA-256 %2), seed %3, top-k %4, NES M %5, delta %6/255. ")
               .arg(model.value("name").toString(), model.value("sha256").toString().left(16),
                    s.header.parameters.value("seed").toString())
               .arg(s.topK)
               .arg(s.header.parameters.value("attack").toObject().value("max_iterations").toInt())
               .arg(s.maxBudget);
    out += QStringLiteral("Images: %1; attacked (called fake): %2; skipped: %3.\n")
               .arg(s.images).arg(s.attacked).arg(skippedText(s));

    // Table 1.
    MarkdownTable accuracy(typeByKHeader(s, "Accuracy"));
    QStringList originalRow{"Original"};
    for (const std::string& type : s.types)
        for (int k = 1; k <= s.topK; ++k)
            originalRow << (k == 1 ? QStringLiteral("%1 (n=%2)").arg(fixed(s.originalAccuracy.at(type), 3)).arg(s.fakeImages.at(type))
                                   : QString());
    accuracy.add(originalRow);
    addTypeByKRows(accuracy, s, [](const MethodSummary& row, const std::string& type) { return row.accuracy.at(type); });
    out += section("Table 1. Detector accuracy on the fakes", "Original images (first row), then after the NES "
                   "attack on the top-k segments of each method's ranking. Lower = the explanation found more "
                   "decisive regions.", accuracy);

    // Table 2.
    MarkdownTable sufficiency(typeByKHeader(s, "Sufficiency"));
    addTypeByKRows(sufficiency, s, [](const MethodSummary& row, const std::string& type) {
        std::vector<double> means;
        for (const Statistic& st : row.sufficiency.at(type))
            means.push_back(st.mean);
        return means;
    });
    out += section("Table 2. Sufficiency", "Mean P(fake | original) - P(fake | attacked) over attacked images "
                   "(the fakes the detector calls fake). Higher = better.", sufficiency);
    MarkdownTable sufficiencyAll(typeByKHeader(s, "Sufficiency"));
    addTypeByKRows(sufficiencyAll, s,
                   [](const MethodSummary& row, const std::string& type) { return row.sufficiencyAllFakes.at(type); });
    out += section("Table 2b. Sufficiency over all fakes", "The same sum divided by every fake image (Table 1's "
                   "denominator), a fake the detector already missed counting 0: the average of the paper's "
                   "reference code. Table 2 is the mean over attacked images only.", sufficiencyAll);

    // Table 3.
    QStringList costHeader{"Method"};
    if (options.includeTimings)
        costHeader << "seconds" << "NES sample seconds" << "total seconds";
    costHeader << "inferences" << "NES sample inferences" << "total inferences";
    MarkdownTable cost(costHeader);
    for (const MethodSummary& row : s.rows) {
        const bool sample = row.sampleInferences.count > 0;
        QStringList cells{q(row.method)};
        if (options.includeTimings)
            cells << fixed(row.seconds.mean, 2) << (sample ? fixed(row.sampleSeconds.mean, 2) : QString())
                  << fixed(row.seconds.mean + (sample ? row.sampleSeconds.mean : 0.0), 2);
        cells << fixed(row.inferences.mean, 1) << (sample ? fixed(row.sampleInferences.mean, 1) : QString())
              << fixed(row.inferences.mean + (sample ? row.sampleInferences.mean : 0.0), 1);
        cost.add(cells);
    }
    out += section("Table 3. Cost of an explanation", "Mean per attacked image. The _adv methods share one NES "
                   "sample per face; 'total' counts it for each as if run alone.", cost);

    // Effort.
    MarkdownTable effort(kHeader(s, "Effort", {"mean", "median", "inferences"}));
    for (const MethodSummary& row : s.rows) {
        QStringList cells{q(row.method)};
        for (int k = 0; k < s.topK; ++k)
            cells << fixed(row.effortIterations[size_t(k)].mean, 2) << fixed(row.effortIterations[size_t(k)].median, 1)
                  << fixed(row.effortInferences[size_t(k)].mean, 1);
        effort.add(cells);
    }
    out += section("Effort", "NES iterations until the verdict flips (M when it never does, the same as a flip at the "
                   "M-th: Table 1's accuracy tells them apart) and the attack's "
                   "inferences. Lower = more decisive regions.", effort);

    // Minimal budget.
    if (s.minimalBudgetMeasured) {
        MarkdownTable budget(kHeader(s, "Budget", {"mean", "median", "flipped"}));
        for (const MethodSummary& row : s.rows) {
            QStringList cells{q(row.method)};
            for (int k = 0; k < s.topK; ++k)
                cells << fixed(row.minimalBudget[size_t(k)].mean, 2) << fixed(row.minimalBudget[size_t(k)].median, 1)
                      << fixed(row.flippedWithinBudget[size_t(k)], 3);
            budget.add(cells);
        }
        out += section("Minimal budget", QStringLiteral("Smallest delta (x/255, bisection over 1..%1) at which the "
                       "top-k attack flips the verdict; %2 = never. 'flipped' = share flipped within %1/255. "
                       "Lower = better.").arg(s.maxBudget).arg(s.maxBudget + 1), budget);
    }

    // Classic minus adversarial, paired per face, with a bootstrap interval.
    if (!s.adversarialComparison.empty()) {
        const auto interval = [](const PairedDifference& d) {
            return d.count == 0 ? QStringLiteral("–")
                                : QStringLiteral("%1 [%2, %3]").arg(fixed(d.mean, 2), fixed(d.low, 2), fixed(d.high, 2));
        };
        QStringList header{"Classic − _adv", "what"};
        for (int k = 1; k <= s.topK; ++k)
            header << QStringLiteral("k=%1").arg(k);
        header << "faces";
        MarkdownTable comparison(header);
        for (const AdversarialComparison& c : s.adversarialComparison) {
            const auto add = [&](const QString& what, const std::vector<PairedDifference>& values) {
                QStringList cells{q(c.method), what};
                int faces = 0;
                for (const PairedDifference& d : values) {
                    cells << interval(d);
                    faces = std::max(faces, d.count);
                }
                cells << QString::number(faces);
                comparison.add(cells);
            };
            if (s.minimalBudgetMeasured)
                add("budget", c.budget);
            add("effort", c.iterations);
        }
        out += section("Classic minus adversarial", "Per method, the classic form's minimal budget (x/255) and effort "
                       "(NES iterations) minus its _adv form's on the same face: mean [95 % bootstrap interval, 2000 "
                       "resamples]. Above 0 = the _adv explanation needs a smaller attack (the paper's claim); an "
                       "interval containing 0 = no difference shown.", comparison);
    }

    // Localisation.
    if (s.imagesWithMask > 0) {
        MarkdownTable localisation(kHeader(s, "Localisation", {"mean"}));
        for (const MethodSummary& row : s.rows) {
            QStringList cells{q(row.method)};
            for (const Statistic& st : row.localisation)
                cells << fixed(st.mean, 3);
            localisation.add(cells);
        }
        out += section("Localisation", QStringLiteral("Fraction of the top-k segments' area inside the "
                       "ground-truth manipulation mask (%1 images with a mask). Higher = better.")
                       .arg(s.imagesWithMask), localisation);
    }

    // Intrinsic metrics.
    MarkdownTable intrinsic({"Intrinsic", "variance V", "intra-frame consistency rho", "centredness mu"});
    for (const MethodSummary& row : s.rows)
        if (row.variance.count > 0)
            intrinsic.add({q(row.method), fixed(row.variance.mean, 4), fixed(row.intraFrameConsistency.mean, 3),
                           fixed(row.centredness.mean, 3)});
    out += section("Intrinsic metrics (Pino et al. 2021)", "Means over attacked images of each explanation "
                   "map scaled to [0, 1] by its minimum and maximum (as the authors' heatmaps), so a constant "
                   "added to a map changes nothing.", intrinsic);

    // Agreement.
    QStringList agreementHeader{"Spearman"};
    for (const std::string& m : s.methods)
        agreementHeader << q(m);
    MarkdownTable agreement(agreementHeader);
    for (size_t i = 0; i < s.methods.size(); ++i) {
        QStringList cells{q(s.methods[i])};
        for (size_t j = 0; j < s.methods.size(); ++j)
            cells << fixed(s.agreement[i][j].mean, 3);
        agreement.add(cells);
    }
    out += section("Rank agreement", "Mean Spearman correlation between two methods' segment rankings on the "
                   "same face.", agreement);
    return out;
}

QString renderCsv(const EvaluationSummary& s, const RenderOptions& options) {
    QStringList out{"table,method,type,k,statistic,value,count"};
    for (const std::string& type : s.types)
        csvLine(out, "accuracy", "Original", type, "0", "value", s.originalAccuracy.at(type), s.fakeImages.at(type));
    for (const MethodSummary& row : s.rows)
        for (const std::string& type : s.types)
            for (int k = 1; k <= s.topK; ++k)
                csvLine(out, "accuracy", row.method, type, QString::number(k), "value",
                        row.accuracy.at(type)[size_t(k - 1)], s.fakeImages.at(type));
    for (const MethodSummary& row : s.rows)
        for (const std::string& type : s.types)
            for (int k = 1; k <= s.topK; ++k)
                csvLine(out, "sufficiency", row.method, type, QString::number(k), "mean",
                        row.sufficiency.at(type)[size_t(k - 1)].mean, row.sufficiency.at(type)[size_t(k - 1)].count);
    for (const AdversarialComparison& c : s.adversarialComparison)
        for (int k = 1; k <= s.topK; ++k)
            for (const auto& [table, values] : {std::make_pair(QStringLiteral("budget_classic_minus_adv"), &c.budget),
                                                std::make_pair(QStringLiteral("effort_classic_minus_adv"), &c.iterations)}) {
                if (table.startsWith("budget") && !s.minimalBudgetMeasured)
                    continue;
                const PairedDifference& d = (*values)[size_t(k - 1)];
                csvLine(out, table, c.method, "all", QString::number(k), "mean", d.mean, d.count);
                csvLine(out, table, c.method, "all", QString::number(k), "low95", d.low, d.count);
                csvLine(out, table, c.method, "all", QString::number(k), "high95", d.high, d.count);
            }
    for (const MethodSummary& row : s.rows)
        for (const std::string& type : s.types)
            for (int k = 1; k <= s.topK; ++k)
                csvLine(out, "sufficiency_all_fakes", row.method, type, QString::number(k), "mean",
                        row.sufficiencyAllFakes.at(type)[size_t(k - 1)], s.fakeImages.at(type));
    for (const MethodSummary& row : s.rows) {
        if (options.includeTimings) {
            csvStatistic(out, "seconds", row.method, {}, row.seconds);
            csvStatistic(out, "sample_seconds", row.method, {}, row.sampleSeconds);
        }
        csvStatistic(out, "inferences", row.method, {}, row.inferences);
        csvStatistic(out, "sample_inferences", row.method, {}, row.sampleInferences);
    }
    for (const MethodSummary& row : s.rows)
        for (int k = 1; k <= s.topK; ++k) {
            const size_t i = size_t(k - 1);
            const QString kText = QString::number(k);
            csvStatistic(out, "effort_iterations", row.method, kText, row.effortIterations[i]);
            csvStatistic(out, "effort_inferences", row.method, kText, row.effortInferences[i]);
            if (s.minimalBudgetMeasured) {
                csvStatistic(out, "minimal_budget", row.method, kText, row.minimalBudget[i]);
                csvLine(out, "minimal_budget", row.method, kAllTypes, kText, "flipped_fraction",
                        row.flippedWithinBudget[i], row.minimalBudget[i].count);
            }
            if (s.imagesWithMask > 0)
                csvStatistic(out, "localisation", row.method, kText, row.localisation[i]);
        }
    for (const MethodSummary& row : s.rows)
        if (row.variance.count > 0) {
            csvStatistic(out, "variance", row.method, {}, row.variance);
            csvStatistic(out, "intra_frame_consistency", row.method, {}, row.intraFrameConsistency);
            csvStatistic(out, "centredness", row.method, {}, row.centredness);
        }
    for (size_t i = 0; i < s.methods.size(); ++i)
        for (size_t j = 0; j < s.methods.size(); ++j)
            csvLine(out, "agreement", s.methods[i], s.methods[j], {}, "spearman_mean", s.agreement[i][j].mean,
                    s.agreement[i][j].count);
    return out.join('\n') + '\n';
}

} // namespace fakelens
