#include "core/Error.h"
#include "evaluate/EvaluationSummary.h"
#include "evaluate/ResultsFile.h"
#include "evaluate/TableRenderer.h"
#include "support/TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace fakelens;

// Results records and tables: what the summary counts over which images (accuracy over every
// readable fake, budgets censored at 17/255, localisation only with a mask), the three output
// formats, and the results file's tolerance of a record cut by a kill.
class TestEvaluationResults : public QObject {
    Q_OBJECT

private:
    static AttackRecord attackRecord(int k, bool stillFake, double sufficiency, int iterations, int budget,
                                     double localisation) {
        AttackRecord a;
        a.k = k;
        a.stillFake = stillFake;
        a.sufficiency = sufficiency;
        a.fakeProbabilityAfter = 0.9 - sufficiency;
        a.iterations = iterations;
        a.inferences = 1 + 81LL * iterations;
        a.minimalBudget = budget;
        a.localisation = localisation;
        return a;
    }

    static ImageResult record(const std::string& path, const std::string& label, const std::string& type) {
        ImageResult r;
        r.path = path;
        r.label = label;
        r.manipulation = type;
        r.fakeProbability = 0.9;
        return r;
    }

    static MethodRecord methodRecord(const std::string& name, std::vector<int> ranking, std::vector<AttackRecord> attacks) {
        MethodRecord m;
        m.method = name;
        m.ranking = std::move(ranking);
        m.attacks = std::move(attacks);
        m.inferences = name == "LIME" ? 2000 : 0;
        return m;
    }

private Q_SLOTS:
    // Classic minus _adv, paired per face: known differences give their mean, an interval around
    // it, and Table 2b divides Table 2's sum by every fake (a missed fake counting 0).
    void classicMinusAdversarialIsPaired() {
        RunHeader header;
        header.parameters["methods"] = QJsonArray{"LIME", "LIME_adv"};
        header.parameters["random_baseline"] = false;
        header.parameters["top_k"] = 1;
        header.parameters["minimal_budget"] = true;
        QJsonObject attack;
        attack["epsilon"] = 16.0 / 255;
        attack["max_iterations"] = 50;
        header.parameters["attack"] = attack;
        // Budgets classic/_adv per face: 8/4, 6/3, 10/5, never(17)/9 -> differences 4, 3, 5, 8.
        const int classic[] = {8, 6, 10, kBudgetNeverFlipped}, adversarial[] = {4, 3, 5, 9};
        std::vector<ImageResult> records;
        for (int i = 0; i < 4; ++i) {
            ImageResult r = record("df/fake/" + std::to_string(i) + ".png", "fake", "df");
            r.attacked = true;
            r.methods = {methodRecord("LIME", {0, 1}, {attackRecord(1, false, 0.4, 10 + i, classic[i], 0)}),
                         methodRecord("LIME_adv", {1, 0}, {attackRecord(1, false, 0.5, 4, adversarial[i], 0)})};
            records.push_back(r);
        }
        ImageResult missed = record("df/fake/missed.png", "fake", "df");
        missed.skipReason = skip::kDetectorReal;
        missed.fakeProbability = 0.1;
        records.push_back(missed);
        const EvaluationSummary s = summarize(header, records);
        QCOMPARE(int(s.adversarialComparison.size()), 1);
        const AdversarialComparison& c = s.adversarialComparison[0];
        QCOMPARE(c.method, std::string("LIME"));
        QCOMPARE(c.budget[0].count, 4);
        QCOMPARE(c.budget[0].mean, 5.0);
        QVERIFY(c.budget[0].low >= 3.0 && c.budget[0].low <= 5.0);
        QVERIFY(c.budget[0].high >= 5.0 && c.budget[0].high <= 8.0);
        QVERIFY(c.budget[0].high > c.budget[0].low);
        QCOMPARE(c.iterations[0].mean, (6.0 + 7.0 + 8.0 + 9.0) / 4);
        // Seeded: the same interval every time.
        const EvaluationSummary again = summarize(header, records);
        QCOMPARE(again.adversarialComparison[0].budget[0].low, c.budget[0].low);
        // A constant difference has a zero-width interval.
        const PairedDifference constant = pairedBootstrap({2.0, 2.0, 2.0});
        QVERIFY(constant.mean == 2.0 && constant.low == 2.0 && constant.high == 2.0);
        QVERIFY(std::isnan(pairedBootstrap({}).mean));
        // Table 2 over the 4 attacked faces, Table 2b over all 5 fakes.
        QCOMPARE(s.rows[0].sufficiency.at("df")[0].mean, 0.4);
        QVERIFY(std::abs(s.rows[0].sufficiencyAllFakes.at("df")[0] - 0.4 * 4 / 5) < 1e-12);
        const QString markdown = renderMarkdown(s, {});
        QVERIFY2(markdown.contains("Classic minus adversarial") && markdown.contains("5.00 ["), qPrintable(markdown));
        QVERIFY(markdown.contains("Table 2b"));
        QVERIFY(renderCsv(s, {}).contains("budget_classic_minus_adv,LIME,all,1,mean,5"));
        QCOMPARE(renderJson(s, {})["classic_minus_adversarial"].toArray()[0].toObject()["method"].toString(), QString("LIME"));
    }

    void summaryOfHandMadeRecords() {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        RunHeader header;
        header.parameters["methods"] = QJsonArray{"LIME"};
        header.parameters["random_baseline"] = true;
        header.parameters["top_k"] = 2;
        header.parameters["minimal_budget"] = true;
        QJsonObject attack;
        attack["epsilon"] = 16.0 / 255;
        attack["max_iterations"] = 50;
        header.parameters["attack"] = attack;

        ImageResult a = record("df/fake/a.png", "fake", "df");
        a.attacked = true;
        a.hasMask = true;
        a.methods = {methodRecord("LIME", {0, 1, 2, 3}, {attackRecord(1, false, 0.3, 4, 5, 0.5), attackRecord(2, false, 0.4, 2, 3, 0.25)}),
                     methodRecord("RANDOM", {3, 2, 1, 0}, {attackRecord(1, true, 0.0, 50, kBudgetNeverFlipped, 0.0),
                                                           attackRecord(2, true, 0.1, 50, kBudgetNeverFlipped, 0.0)})};
        ImageResult b = record("df/fake/b.png", "fake", "df");
        b.attacked = true;
        b.methods = {methodRecord("LIME", {0, 1, 2, 3}, {attackRecord(1, true, 0.1, 50, kBudgetNeverFlipped, nan),
                                                        attackRecord(2, false, 0.2, 10, 9, nan)}),
                     methodRecord("RANDOM", {1, 0, 2, 3}, {attackRecord(1, true, 0.0, 50, kBudgetNeverFlipped, nan),
                                                           attackRecord(2, true, 0.05, 50, kBudgetNeverFlipped, nan)})};
        ImageResult c = record("df/fake/c.png", "fake", "df");
        c.skipReason = skip::kDetectorReal;
        c.fakeProbability = 0.2;
        ImageResult d = record("df/real/d.png", "real", "df");
        d.skipReason = skip::kRealLabel;
        ImageResult e = record("nt/fake/e.png", "fake", "nt");
        e.skipReason = skip::kUnreadable;
        e.fakeProbability = nan;

        // Through JSON and back, in a shuffled order, with a duplicate: same summary.
        std::vector<ImageResult> records;
        for (const ImageResult& r : {e, b, d, a, c, b})
            records.push_back(ImageResult::fromJson(r.toJson(), "test"));
        int duplicates = 0;
        const EvaluationSummary s = summarize(header, records, &duplicates);
        QCOMPARE(duplicates, 1);
        QCOMPARE(s.images, 5);
        QCOMPARE(s.attacked, 2);
        QCOMPARE(s.skipped.at(skip::kDetectorReal), 1);
        QCOMPARE(s.skipped.at(skip::kRealLabel), 1);
        QCOMPARE(s.skipped.at(skip::kUnreadable), 1);
        QCOMPARE(s.types, std::vector<std::string>{"df"}); // nt's only image was unreadable
        QCOMPARE(s.fakeImages.at("df"), 3);
        QVERIFY(std::abs(s.originalAccuracy.at("df") - 2.0 / 3) < 1e-12);
        const MethodSummary& lime = s.rows.at(0);
        const MethodSummary& random = s.rows.at(1);
        QCOMPARE(lime.method, std::string("LIME"));
        QCOMPARE(random.method, std::string("RANDOM"));
        // Accuracy over all 3 fakes (c, missed on the original, stays missed).
        QVERIFY(std::abs(lime.accuracy.at("df")[0] - 1.0 / 3) < 1e-12);
        QCOMPARE(lime.accuracy.at("df")[1], 0.0);
        QVERIFY(std::abs(random.accuracy.at("df")[1] - 2.0 / 3) < 1e-12);
        // Sufficiency over the attacked images.
        QVERIFY(std::abs(lime.sufficiency.at("df")[0].mean - 0.2) < 1e-12);
        QVERIFY(std::abs(lime.sufficiency.at("df")[1].mean - 0.3) < 1e-12);
        // Effort: mean and median of {4, 50} and {2, 10}.
        QCOMPARE(lime.effortIterations[0].mean, 27.0);
        QCOMPARE(lime.effortIterations[0].median, 27.0);
        QCOMPARE(lime.effortIterations[1].median, 6.0);
        // Budget: "never" counts as 17 (= 16 + 1).
        QCOMPARE(lime.minimalBudget[0].mean, 11.0);
        QCOMPARE(lime.flippedWithinBudget[0], 0.5);
        QCOMPARE(lime.minimalBudget[1].mean, 6.0);
        QCOMPARE(random.minimalBudget[0].median, 17.0);
        QCOMPARE(random.flippedWithinBudget[1], 0.0);
        // Localisation only over the image with a mask.
        QCOMPARE(lime.localisation[0].count, 1);
        QCOMPARE(lime.localisation[0].mean, 0.5);
        QCOMPARE(lime.localisation[1].mean, 0.25);
        // Agreement: rho = -1 on a, 0.8 on b.
        QVERIFY(std::abs(s.agreement[0][1].mean - (-0.1)) < 1e-12);
        QCOMPARE(s.agreement[0][0].mean, 1.0);
        QCOMPARE(lime.inferences.mean, 2000.0);

        const QJsonObject json = renderJson(s);
        const QJsonObject first = json.value("methods").toArray().at(0).toObject();
        QCOMPARE(first.value("method").toString(), QString("LIME"));
        QCOMPARE(first.value("accuracy").toArray().size(), 2);
        QCOMPARE(first.value("accuracy").toArray().at(1).toDouble(), 0.0);
        QVERIFY(std::abs(first.value("sufficiency").toArray().at(0).toDouble() - 0.2) < 1e-12);
        const QString csv = renderCsv(s);
        QVERIFY(csv.startsWith("table,method,type,k,statistic,value,count\n"));
        QVERIFY(csv.contains("accuracy,LIME,df,2,value,0.000000,3\n"));
        QVERIFY(csv.contains("minimal_budget,RANDOM,all,1,median,17.000000,2\n"));
        const QString markdown = renderMarkdown(s);
        QVERIFY(markdown.contains("| LIME | 0.333 | 0.000 |"));
        QVERIFY(markdown.contains("| Original | 0.667 (n=3) |  |"));
    }

    void resultsFileCutMidRecordIsRead() {
        const QString path = testpaths::output("evaluation/cut.jsonl");
        QFile::remove(path);
        RunHeader header;
        header.parameters["methods"] = QJsonArray{"LIME"};
        header.parameters["top_k"] = 1;
        header.fakelensVersion = "test";
        ImageResult a;
        a.path = "df/fake/a.png";
        a.label = "fake";
        a.manipulation = "df";
        a.attacked = false;
        a.skipReason = skip::kDetectorReal;
        a.fakeProbability = 0.25;
        ImageResult b = a;
        b.path = "df/fake/b.png";
        {
            auto writer = ResultsFileWriter::create(path.toStdString(), header);
            writer->append(a);
            writer->append(b);
        }
        // Refuses to overwrite.
        QVERIFY_THROWS_EXCEPTION(Error, ResultsFileWriter::create(path.toStdString(), header));
        // Cut the last record in the middle, as a kill during the write would.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 full = file.size();
        QVERIFY(file.resize(full - 20));
        file.close();

        const ResultsFileContent content = readResultsFile(path.toStdString());
        QVERIFY(content.cutTail);
        QCOMPARE(int(content.results.size()), 1);
        QCOMPARE(content.results[0].path, a.path);
        QCOMPARE(content.results[0].fakeProbability, 0.25);
        QCOMPARE(content.header.fakelensVersion, std::string("test"));

        // Resuming cuts the partial line off, and the next record starts on its own line.
        ResultsFileContent existing;
        {
            auto writer = ResultsFileWriter::resume(path.toStdString(), header, existing);
            writer->append(b);
        }
        const ResultsFileContent resumed = readResultsFile(path.toStdString());
        QVERIFY(!resumed.cutTail);
        QCOMPARE(int(resumed.results.size()), 2);
        QCOMPARE(resumed.results[1].path, b.path);

        // A broken line that is not the last one is corruption, not a kill: an error.
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"record\":\"image\", broken\n");
        file.write(QJsonDocument(a.toJson()).toJson(QJsonDocument::Compact) + "\n");
        file.close();
        QVERIFY_THROWS_EXCEPTION(Error, readResultsFile(path.toStdString()));

        // Resuming with other parameters is refused.
        RunHeader other = header;
        other.parameters["top_k"] = 2;
        QFile::remove(path);
        ResultsFileWriter::create(path.toStdString(), header);
        QVERIFY_THROWS_EXCEPTION(Error, ResultsFileWriter::resume(path.toStdString(), other, existing));
    }

};

QTEST_GUILESS_MAIN(TestEvaluationResults)
#include "test_evaluation_results.moc"
