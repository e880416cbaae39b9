#include "core/Error.h"
#include "evaluate/DatasetEvaluator.h"
#include "evaluate/DatasetScanner.h"
#include "evaluate/EvaluationSummary.h"
#include "evaluate/ResultsFile.h"
#include "evaluate/TableRenderer.h"
#include "support/SyntheticDetector.h"
#include "support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <set>

using namespace fakelens;

// Dataset runs on a small synthetic dataset with the synthetic detector: the run records every
// image (attacked or skipped, and why), and the tables do not depend on how the run was split
// into shards or whether it was killed and resumed.
class TestEvaluationRuns : public QObject {
    Q_OBJECT

private:
    QString root_;
    QString single_; // the straight, unsharded run every other run is compared with
    std::unique_ptr<SyntheticDetector> detector_;

    static void writeRgb(const QString& path, const cv::Mat& rgbFloat) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        cv::Mat bgr;
        rgbFloat.convertTo(bgr, CV_8UC3, 255.0);
        cv::cvtColor(bgr, bgr, cv::COLOR_RGB2BGR);
        QVERIFY(cv::imwrite(path.toStdString(), bgr));
    }

    // A synthetic fake with an extra blob at a per-image place, so the faces differ.
    static cv::Mat variant(int i) {
        cv::Mat image = makeSyntheticImage();
        cv::circle(image, cv::Point(40 + 30 * i, 220), 12, cv::Scalar(0.1 * i, 0.6, 0.3), -1);
        return image;
    }

    DatasetEvaluator makeEvaluator() {
        EvaluationSettings settings;
        settings.topK = 2;
        settings.seed = 17;
        settings.slic.segments = 30;
        settings.explainer.set("LIME", "samples", 100);
        // A short, coarse attack (fewer, larger steps) keeps the test fast; the protocol is the
        // same. The minimal-budget search is tested on its own (test_evaluation).
        settings.attack.samples = 40;
        settings.attack.alpha = 4.0 / 255;
        settings.attack.maxIterations = 12;
        settings.measureMinimalBudget = false;
        return DatasetEvaluator(*detector_, {"LIME"}, settings);
    }

    // Runs the evaluator over `shard` of the dataset into a fresh results file.
    QString runInto(const QString& name, ShardSpec shard) {
        const QString path = testpaths::output("evaluation/runs/" + name);
        QFile::remove(path);
        const std::vector<DatasetItem> all = scanDataset(root_.toStdString());
        const std::vector<DatasetItem> items = selectShard(all, shard);
        DatasetEvaluator evaluator = makeEvaluator();
        auto writer = ResultsFileWriter::create(
            path.toStdString(), evaluator.makeHeader(root_.toStdString(), shard, int(items.size()), int(all.size())));
        evaluator.run(items, {}, *writer);
        return path;
    }

    static QString tables(const EvaluationSummary& s) {
        RenderOptions options;
        options.includeTimings = false;
        return renderMarkdown(s, options) + renderCsv(s, options) +
               QString::fromUtf8(QJsonDocument(renderJson(s, options)).toJson());
    }

    static EvaluationSummary summaryOf(const std::vector<std::string>& files) {
        const MergedResults merged = mergeResultsFiles(files);
        return summarize(merged.header, merged.results);
    }

private Q_SLOTS:
    void initTestCase() {
        detector_ = std::make_unique<SyntheticDetector>();
        root_ = testpaths::output("evaluation/dataset");
        QDir(root_).removeRecursively();
        for (int i = 0; i < 2; ++i)
            writeRgb(root_ + QStringLiteral("/df/fake/face%1.png").arg(i), variant(i));
        writeRgb(root_ + "/df/real/face.png", variant(3));           // labelled real: skipped
        writeRgb(root_ + "/f2f/fake/plain.png", cv::Mat(256, 256, CV_32FC3, cv::Scalar(0.4, 0.5, 0.6)));
        writeRgb(root_ + "/f2f/fake/masked.png", variant(4));
        cv::Mat mask = cv::Mat::zeros(256, 256, CV_32FC3);
        mask(detector_->patch()).setTo(cv::Scalar(1, 1, 1));
        writeRgb(root_ + "/f2f/fake/masked_mask.png", mask);         // ground truth for masked.png
        QFile broken(root_ + "/f2f/fake/broken.png");
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("\x89PNG\r\n\x1a\n not really a png");
        broken.close();
        QDir().mkpath(testpaths::output("evaluation/runs"));
        single_ = runInto("single.jsonl", ShardSpec{});
    }

    void singleRunRecordsEveryImage() {
        const ResultsFileContent content = readResultsFile(single_.toStdString());
        QCOMPARE(int(content.results.size()), 6);
        QCOMPARE(content.header.parameters.value("top_k").toInt(), 2);
        QVERIFY(!content.header.fakelensVersion.empty());
        QVERIFY(content.header.parameters.value("model").toObject().contains("sha256"));

        const EvaluationSummary s = summarize(content.header, content.results);
        QCOMPARE(s.images, 6);
        QCOMPARE(s.attacked, 3);
        QCOMPARE(s.skipped.at(skip::kRealLabel), 1);
        QCOMPARE(s.skipped.at(skip::kDetectorReal), 1);
        QCOMPARE(s.skipped.at(skip::kUnreadable), 1);
        QCOMPARE(s.types, (std::vector<std::string>{"df", "f2f", "all"}));
        QCOMPARE(s.fakeImages.at("df"), 2);
        QCOMPARE(s.fakeImages.at("f2f"), 2); // plain + masked (broken is unreadable)
        QCOMPARE(s.originalAccuracy.at("f2f"), 0.5);
        QCOMPARE(s.imagesWithMask, 1);
        QCOMPARE(s.methods, (std::vector<std::string>{"LIME", "RANDOM"}));
        // The attack can only lower accuracy, and never below what the originals allow.
        for (const MethodSummary& row : s.rows)
            for (double a : row.accuracy.at("all"))
                QVERIFY(a <= s.originalAccuracy.at("all") + 1e-12);
        const QString markdown = renderMarkdown(s);
        qInfo().noquote() << markdown;
        QVERIFY(markdown.contains("Table 1.") && markdown.contains("Table 2.") && markdown.contains("Table 3."));
        QVERIFY(markdown.contains("Effort") && markdown.contains("Localisation"));
        // LIME finds the patch; the random ranking almost never does.
        const MethodSummary& lime = s.rows[0];
        const MethodSummary& random = s.rows[1];
        QVERIFY(lime.accuracy.at("all")[0] < random.accuracy.at("all")[0]);
        QVERIFY(lime.sufficiency.at("all")[0].mean > random.sufficiency.at("all")[0].mean);
        QVERIFY(lime.effortIterations[0].mean < random.effortIterations[0].mean);
        QVERIFY(markdown.contains("| RANDOM |"));
    }

    void shardsMergeToTheSingleRunsTables() {
        const QString single = single_;
        const QString shard0 = runInto("shard0.jsonl", ShardSpec{0, 2});
        const QString shard1 = runInto("shard1.jsonl", ShardSpec{1, 2});
        const QString expected = tables(summaryOf({single.toStdString()}));
        const MergedResults merged = mergeResultsFiles({shard1.toStdString(), shard0.toStdString()});
        QVERIFY(merged.warnings.empty());
        QCOMPARE(int(merged.results.size()), 6);
        QCOMPARE(tables(summarize(merged.header, merged.results)), expected);
        // One shard alone is reported as incomplete.
        QVERIFY(!mergeResultsFiles({shard0.toStdString()}).warnings.empty());

        // A run of the same images from another folder: merged, but said to count them twice.
        const QString moved = testpaths::output("evaluation/runs/moved.jsonl");
        QFile::remove(moved);
        QFile in(single);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        // The header's "root" member as JSON Lines write it (compact), moved elsewhere.
        const QByteArray compact = QJsonDocument(QJsonObject{{"root", root_}}).toJson(QJsonDocument::Compact);
        const QByteArray member = compact.mid(1, compact.size() - 2);
        QVERIFY2(bytes.contains(member), member.constData());
        bytes.replace(member, QByteArray("\"root\":\"/elsewhere/dataset\""));
        QFile out(moved);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        const MergedResults twice = mergeResultsFiles({single.toStdString(), moved.toStdString()});
        bool said = false;
        for (const std::string& w : twice.warnings)
            said = said || (w.find("a run of /elsewhere/dataset (6 images)") != std::string::npos &&
                            w.find("counted twice") != std::string::npos);
        QVERIFY2(said, twice.warnings.empty() ? "no warning" : twice.warnings.front().c_str());
    }

    void killedAndResumedRunGivesTheSameTables() {
        const QString straight = single_;
        const QString expected = tables(summaryOf({straight.toStdString()}));

        // A kill while the 4th record was being written: the file ends mid-record.
        const QString killed = testpaths::output("evaluation/runs/killed.jsonl");
        QFile::remove(killed);
        QVERIFY(QFile::copy(straight, killed));
        QFile file(killed);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QByteArray bytes = file.readAll();
        qsizetype cut = 0;
        for (int line = 0; line < 4; ++line)
            cut = bytes.indexOf('\n', cut) + 1; // header + 3 records
        const qsizetype nextEnd = bytes.indexOf('\n', cut);
        QVERIFY(file.resize(cut + (nextEnd - cut) / 2));
        file.close();
        QCOMPARE(int(readResultsFile(killed.toStdString()).results.size()), 3);

        // Resume: the finished images are skipped, the rest evaluated and appended.
        const std::vector<DatasetItem> items = scanDataset(root_.toStdString());
        DatasetEvaluator evaluator = makeEvaluator();
        ResultsFileContent existing;
        auto writer = ResultsFileWriter::resume(
            killed.toStdString(), evaluator.makeHeader(root_.toStdString(), {}, int(items.size()), int(items.size())),
            existing);
        std::set<std::string> finished;
        for (const ImageResult& r : existing.results)
            finished.insert(r.path);
        int evaluated = 0;
        evaluator.run(items, finished, *writer, {}, {}, [&](const ImageResult&, int, int) { ++evaluated; });
        writer.reset();
        QCOMPARE(evaluated, 3);
        const ResultsFileContent resumed = readResultsFile(killed.toStdString());
        QVERIFY(!resumed.cutTail);
        QCOMPARE(int(resumed.results.size()), 6);
        QCOMPARE(tables(summaryOf({killed.toStdString()})), expected);
    }

    void cancelledRunResumes() {
        const QString straight = single_;
        const QString path = testpaths::output("evaluation/runs/cancelled.jsonl");
        QFile::remove(path);
        const std::vector<DatasetItem> items = scanDataset(root_.toStdString());
        const RunHeader header = makeEvaluator().makeHeader(root_.toStdString(), {}, int(items.size()), int(items.size()));
        {
            DatasetEvaluator evaluator = makeEvaluator();
            auto writer = ResultsFileWriter::create(path.toStdString(), header);
            CancelToken cancel;
            QVERIFY_THROWS_EXCEPTION(CancelledError, evaluator.run(items, {}, *writer, {}, cancel,
                                                                   [&](const ImageResult&, int done, int) {
                                                                       if (done == 2)
                                                                           cancel.cancel();
                                                                   }));
        }
        QCOMPARE(int(readResultsFile(path.toStdString()).results.size()), 2);
        DatasetEvaluator evaluator = makeEvaluator();
        ResultsFileContent existing;
        auto writer = ResultsFileWriter::resume(path.toStdString(), header, existing);
        std::set<std::string> finished;
        for (const ImageResult& r : existing.results)
            finished.insert(r.path);
        evaluator.run(items, finished, *writer);
        writer.reset();
        QCOMPARE(tables(summaryOf({path.toStdString()})), tables(summaryOf({straight.toStdString()})));
    }
};

QTEST_GUILESS_MAIN(TestEvaluationRuns)
#include "test_evaluation_runs.moc"
