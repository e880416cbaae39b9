// Measured error rates (issue 18 part 1): the AUC / threshold / reliability arithmetic on
// hand-made scores with known answers, the calibration record's round trip and its refusal for
// another model file, `fakelens-cli calibrate` on the FF++ df crops checked against `detect
// --json` scores counted pair by pair, and the report's sentence with and without a record.
#include "evaluate/CalibrationMetrics.h"
#include "evaluate/CalibrationRecord.h"
#include "evaluate/CalibrationStatement.h"
#include "core/Error.h"
#include "models/DetectorFactory.h"
#include "case/AnalysisBuilder.h"
#include "report/ReportComposer.h"
#include "case/AnalysisSources.h"
#include "support/CliRunner.h"
#include "support/TestPaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>

using namespace fakelens;

namespace {

QString independentSha256(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
}

// A fresh folder holding a copy of a shared model (and its card), so the record lands there.
QString copyModel(const QString& folder, const QString& fileName) {
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    const QString target = QDir(folder).filePath(fileName);
    if (!QFile::copy(testpaths::shared("models/" + fileName), target))
        return {};
    return target;
}

CalibrationRecord handMadeRecord(const QString& modelFile, const QString& sha) {
    CalibrationRecord r;
    r.fakelensVersion = "9.9.9";
    r.created = "2026-01-02T03:04:05Z";
    r.datasetName = "handmade";
    r.datasetPath = "/data/handmade";
    r.datasetSha256 = QString(64, 'a');
    r.datasetImages = 11;
    r.modelName = "Meso4_DF";
    r.modelFile = modelFile;
    r.modelSha256 = sha;
    r.faceInput = "whole";
    r.fakeFaces = 6;
    r.realFaces = 4;
    r.unlabelled = 1;
    r.auc = 0.75;
    r.threshold = 0.5;
    r.counts = ThresholdCounts{4, 2, 1, 3};
    r.reliability = reliabilityTable({0.95, 0.9, 0.7, 0.55, 0.3, 0.2}, {0.6, 0.4, 0.1, 0.05});
    r.proposedInconclusiveBand = ScoreBand{0.5, 0.7};
    return r;
}

} // namespace

class TestCalibration : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Known answers by hand. fake {0.9, 0.7, 0.5, 0.5}, real {0.5, 0.3, 0.1}: of the 12 pairs
    // the fakes 0.9 and 0.7 win 3 each, each fake 0.5 wins 2 and ties 1 (half): 11/12.
    void aucCountsTiesHalf() {
        QCOMPARE(rocAuc({0.9, 0.7, 0.5, 0.5}, {0.5, 0.3, 0.1}), 11.0 / 12.0);
        QCOMPARE(rocAuc({0.5, 0.5}, {0.5}), 0.5);
        QCOMPARE(rocAuc({0.9, 0.8}, {0.1, 0.2}), 1.0);
        QCOMPARE(rocAuc({0.1, 0.2}, {0.9, 0.8}), 0.0);
        // fake {0.2, 0.6}, real {0.2, 0.4, 0.6}: 0.2 ties 1 (0.5); 0.6 beats 2, ties 1 (2.5): 3/6.
        QCOMPARE(rocAuc({0.2, 0.6}, {0.2, 0.4, 0.6}), 0.5);
        QVERIFY(std::isnan(rocAuc({}, {0.3})));
        QVERIFY(std::isnan(rocAuc({0.3}, {})));
    }

    void countsAtTheThresholdIncludeIt() {
        const ThresholdCounts c = countAtThreshold({0.9, 0.7, 0.5, 0.49}, {0.5, 0.3, 0.1}, 0.5);
        QCOMPARE(c.truePositives, 3);
        QCOMPARE(c.falseNegatives, 1);
        QCOMPARE(c.falsePositives, 1);
        QCOMPARE(c.trueNegatives, 2);
        QCOMPARE(c.tpr(), 0.75);
        QCOMPARE(c.fpr(), 1.0 / 3.0);
        QVERIFY(std::isnan(countAtThreshold({}, {0.2}, 0.5).tpr()));
    }

    void reliabilityBinsAndBand() {
        const std::vector<ReliabilityBin> t = reliabilityTable({0.9, 0.7, 0.5, 0.5, 1.0}, {0.5, 0.3, 0.0});
        QCOMPARE(t.size(), size_t(10));
        QCOMPARE(t[0].low, 0.0);
        QCOMPARE(t[9].high, 1.0);
        QCOMPARE(t[5].count, 3); // 0.5 opens bin [0.5, 0.6)
        QCOMPARE(t[5].fakes, 2);
        QCOMPARE(t[5].meanScore, 0.5);
        QCOMPARE(t[5].fractionFake, 2.0 / 3.0);
        QCOMPARE(t[9].count, 2); // 0.9 and 1.0 (the last bin includes 1)
        QCOMPARE(t[9].meanScore, 0.95);
        QCOMPARE(t[9].fractionFake, 1.0);
        QCOMPARE(t[0].count, 1);
        QCOMPARE(t[0].fractionFake, 0.0);
        QCOMPARE(t[1].count, 0);
        QVERIFY(std::isnan(t[1].meanScore));
        int total = 0;
        for (const ReliabilityBin& b : t)
            total += b.count;
        QCOMPARE(total, 8);
        // Only bin 5 (2 of 3 fake) reaches 80 % for neither class.
        const std::optional<ScoreBand> band = proposedInconclusiveBand(t);
        QVERIFY(band.has_value());
        QCOMPARE(band->low, 0.5);
        QCOMPARE(band->high, 0.6);
        // 4 of 5 is exactly 80 %: conclusive; two mixed bins: the band spans both.
        QVERIFY(!proposedInconclusiveBand(reliabilityTable({0.51, 0.52, 0.53, 0.54}, {0.55})).has_value());
        const std::optional<ScoreBand> wide =
            proposedInconclusiveBand(reliabilityTable({0.31, 0.75, 0.95}, {0.32, 0.76, 0.05}));
        QVERIFY(wide.has_value());
        QCOMPARE(wide->low, 0.3);
        QCOMPARE(wide->high, 0.8);
    }

    // Wilson's interval by hand (z = 1.96): 0 of 2 -> centre = half = 0.9604 / 2.9208, so
    // [0, 0.6576]; 2 of 6 -> centre (1/3 + 0.3201) / 1.6403 = 0.3983, half 0.3016.
    void wilsonIntervalKnownAnswers() {
        const ProportionInterval none = wilsonInterval(0, 2);
        QVERIFY(std::abs(none.low) < 1e-9);
        QVERIFY(std::abs(none.high - 0.6576) < 1e-4);
        const ProportionInterval third = wilsonInterval(2, 6);
        QVERIFY(std::abs(third.low - 0.0968) < 1e-4);
        QVERIFY(std::abs(third.high - 0.7000) < 1e-4);
        const ProportionInterval all = wilsonInterval(4, 4); // mirror of 0 of 4
        QVERIFY(std::abs(all.high - 1.0) < 1e-9);
        QVERIFY(std::abs(all.low - (1.0 - wilsonInterval(0, 4).high)) < 1e-12);
        QVERIFY(std::isnan(wilsonInterval(0, 0).low));
    }

    void statementSaysTheRatesOrNone() {
        const CalibrationRecord r = handMadeRecord("/m/Meso4_DF.h5", QString(64, 'b'));
        QCOMPARE(calibrationStatement(r),
                 QString("On handmade, 10 faces (6 fake, 4 real): AUC 0.75; at threshold 0.50 this model misses 33 % "
                         "(95 % interval 10 to 70 %) of fakes and flags 25 % (95 % interval 5 to 70 %) of reals."));
        QCOMPARE(calibrationStatement(std::nullopt), QString("This model has no calibration record."));
    }

    void recordRoundTripsAndRefusesAnotherModel() {
        const QString folder = testpaths::output("calibration/roundtrip");
        const QString model = copyModel(folder, "Meso4_DF.h5");
        QVERIFY(!model.isEmpty());
        const QString sha = independentSha256(model);
        const CalibrationRecord written = handMadeRecord(model, sha);
        const QString path = calibrationRecordPath(model);
        QCOMPARE(path, model + ".calibration.json");
        writeCalibrationRecord(written, path);
        const CalibrationRecord read = loadCalibrationRecord(path, sha);
        QCOMPARE(calibrationRecordToJson(read), calibrationRecordToJson(written));
        QCOMPARE(read.datasetName, written.datasetName);
        QCOMPARE(read.counts.falseNegatives, 2);
        QCOMPARE(read.reliability.size(), size_t(10));
        QCOMPARE(read.reliability[9].fakes, 2);
        QVERIFY(std::isnan(read.reliability[8].meanScore)); // null in JSON, NaN again
        QVERIFY(read.proposedInconclusiveBand.has_value());
        QCOMPARE(read.proposedInconclusiveBand->high, 0.7);

        // Recalibrating replaces the record.
        CalibrationRecord again = written;
        again.auc = 0.5;
        writeCalibrationRecord(again, path);
        QCOMPARE(loadCalibrationRecord(path, sha).auc, 0.5);

        // A record for another model file is refused, saying so.
        const QString other = QString(64, 'c');
        try {
            loadCalibrationRecord(path, other);
            QFAIL("a record for another model was accepted");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains("another model file"), e.what());
            QVERIFY2(QString(e.what()).contains(sha), e.what());
        }
        QString problem;
        QVERIFY(!findCalibrationRecord(model, other, &problem).has_value());
        QVERIFY(problem.contains("another model file"));
        QVERIFY(findCalibrationRecord(model, sha, &problem).has_value());
        QVERIFY(problem.isEmpty());
        QVERIFY(calibrationStatementForModel(model, other).startsWith("This model has no calibration record."));

        // Not a record: a clear error, not a record of zeros.
        QFile junk(QDir(folder).filePath("junk.json"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("{\"format\":\"something else\"}");
        junk.close();
        QVERIFY_THROWS_EXCEPTION(Error, loadCalibrationRecord(junk.fileName(), sha));
    }

    void calibrateAgreesWithDetectScores_data() {
        QTest::addColumn<QString>("modelFile");
        QTest::addColumn<bool>("withCard");
        QTest::newRow("keras h5") << QString("Meso4_DF.h5") << false;
        QTest::newRow("torchscript pt") << QString("Meso4_DF.pt") << true;
    }

    void calibrateAgreesWithDetectScores() {
        QFETCH(QString, modelFile);
        QFETCH(bool, withCard);
        const QString dataset = testpaths::shared("samples/ffpp_crops/df");
        const QString model = copyModel(testpaths::output("calibration/cli_" + QFileInfo(modelFile).suffix()), modelFile);
        QVERIFY(!model.isEmpty());
        QStringList modelArgs{"--model", model};
        if (withCard)
            modelArgs << "--card" << testpaths::modelCard("Meso4_DF");

        // The files, by a route of the test's own.
        QStringList fakes, reals;
        for (const QString& label : {QString("fake"), QString("real")}) {
            QDirIterator it(QDir(dataset).filePath(label), {"*.png", "*.jpg"}, QDir::Files);
            while (it.hasNext())
                (label == "fake" ? fakes : reals) << it.next();
        }
        if (fakes.size() + reals.size() != 30)
            QFAIL(qPrintable(QString("expected the 30 df crops under %1, found %2").arg(dataset).arg(fakes.size() + reals.size())));

        const CliResult detect = runCli(QStringList{"detect", "--no-detect", "--json"} + modelArgs + fakes + reals, 300000);
        QVERIFY2(detect.exitCode == 0, detect.err.constData());
        const QJsonObject detected = QJsonDocument::fromJson(detect.out).object();
        const double threshold = detected["model"].toObject()["threshold"].toDouble();
        std::vector<double> fakeScores, realScores;
        for (const QJsonValue& input : detected["inputs"].toArray()) {
            const QJsonObject o = input.toObject();
            const double p = o["faces"].toArray()[0].toObject()["fake_probability"].toDouble();
            (fakes.contains(o["path"].toString()) ? fakeScores : realScores).push_back(p);
        }
        QCOMPARE(int(fakeScores.size()), 15);
        QCOMPARE(int(realScores.size()), 15);
        // AUC by counting all pairs, a tie half.
        double wins = 0;
        for (double f : fakeScores)
            for (double r : realScores)
                wins += f > r ? 1.0 : f == r ? 0.5 : 0.0;
        const double expectedAuc = wins / double(fakeScores.size() * realScores.size());
        int tp = 0, fp = 0;
        for (double f : fakeScores)
            tp += f >= threshold ? 1 : 0;
        for (double r : realScores)
            fp += r >= threshold ? 1 : 0;

        const QString recordPath = model + ".calibration.json";
        const CliResult run = runCli(QStringList{"calibrate", dataset, "--json"} + modelArgs, 300000);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(QFileInfo(recordPath).isFile());
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json["faces"].toObject()["fake"].toInt(), 15);
        QCOMPARE(json["faces"].toObject()["real"].toInt(), 15);
        QVERIFY2(std::abs(json["auc"].toDouble() - expectedAuc) < 1e-9,
                 qPrintable(QString("calibrate %1, pairs %2").arg(json["auc"].toDouble(), 0, 'g', 17).arg(expectedAuc, 0, 'g', 17)));
        const QJsonObject at = json["at_threshold"].toObject();
        QCOMPARE(at["threshold"].toDouble(), threshold);
        QCOMPARE(at["true_positives"].toInt(), tp);
        QCOMPARE(at["false_negatives"].toInt(), 15 - tp);
        QCOMPARE(at["false_positives"].toInt(), fp);
        QCOMPARE(at["true_negatives"].toInt(), 15 - fp);
        QCOMPARE(at["tpr"].toDouble(), tp / 15.0);
        QCOMPARE(at["fpr"].toDouble(), fp / 15.0);
        QCOMPARE(json["model"].toObject()["sha256"].toString(), independentSha256(model));
        QCOMPARE(json["dataset"].toObject()["name"].toString(), QString("df"));
        QCOMPARE(json["dataset"].toObject()["sha256"].toString().size(), 64);
        int binned = 0;
        for (const QJsonValue& b : json["reliability"].toArray())
            binned += b.toObject()["count"].toInt();
        QCOMPARE(binned, 30);

        // The file holds what was printed, and reads back for this model.
        const CalibrationRecord record = loadCalibrationRecord(recordPath, independentSha256(model));
        QCOMPARE(calibrationRecordToJson(record), json);

        // Text output: the sentence and the table.
        const CliResult text = runCli(QStringList{"calibrate", dataset} + modelArgs, 300000);
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY2(text.out.contains(QString("On df, 30 faces (15 fake, 15 real): AUC %1; at threshold 0.50")
                                       .arg(expectedAuc, 0, 'f', 2)
                                       .toUtf8()),
                 text.out.constData());
        QVERIFY(text.out.contains("fraction fake"));
    }

    void calibrateNeverWritesIntoTheDataset() {
        const QString model = copyModel(testpaths::output("calibration/inside"), "Meso4_DF.h5");
        const QString dataset = testpaths::shared("samples/ffpp_crops/df");
        const CliResult r = runCli({"calibrate", dataset, "--model", model, "--output",
                                    QDir(dataset).filePath("fake/record.json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("inside the dataset"), r.err.constData());
        QVERIFY(!QFileInfo::exists(QDir(dataset).filePath("fake/record.json")));
        // A missing folder for --output: said before any scoring, and --output is named.
        const CliResult missing = runCli({"calibrate", dataset, "--model", model, "--output",
                                          QDir(testpaths::output("calibration")).filePath("no/such/folder/record.json")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("--output"), missing.err.constData());

        // A read-only model folder (mode 555, refused even for root): a clear error naming
        // --output, nothing written; with --output the record goes there.
        const QString folder = QFileInfo(model).absolutePath();
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                                  QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther));
        const CliResult readOnly = runCli({"calibrate", dataset, "--model", model}, 300000);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QCOMPARE(readOnly.exitCode, 1);
        QVERIFY2(readOnly.err.contains("not writable") && readOnly.err.contains("--output"), readOnly.err.constData());
        QVERIFY(!QFileInfo::exists(model + ".calibration.json"));
        const QString elsewhere = testpaths::output("calibration/elsewhere/record.json");
        QFile::remove(elsewhere);
        const CliResult redirected = runCli({"calibrate", dataset, "--model", model, "--output", elsewhere}, 300000);
        QVERIFY2(redirected.exitCode == 0, redirected.err.constData());
        QVERIFY(QFileInfo(elsewhere).isFile());
        QVERIFY(!QFileInfo::exists(model + ".calibration.json"));
        // The record is read only beside the model: the output says where to copy it.
        QVERIFY2(redirected.out.contains((model + ".calibration.json").toUtf8()), redirected.out.constData());
    }

    // Rates of one class only would be quoted as "misses n/a of fakes": refused, nothing written.
    void aDatasetOfOneClassIsRefused() {
        const QString model = copyModel(testpaths::output("calibration/oneclass_model"), "Meso4_DF.h5");
        const QString dataset = testpaths::output("calibration/oneclass/data");
        QDir(dataset).removeRecursively();
        QVERIFY(QDir().mkpath(dataset + "/fake"));
        QVERIFY(QFile::copy(testpaths::shared("samples/faces/fake/df00204.jpg"), dataset + "/fake/a.jpg"));
        const CliResult r = runCli({"calibrate", dataset, "--model", model}, 120000);
        QCOMPARE(r.exitCode, 1); // the dataset is the input at fault, as with no labelled image
        QVERIFY2(r.err.contains("both classes") && r.err.contains("found 1 fake and 0 real"), r.err.constData());
        QVERIFY(!QFileInfo::exists(model + ".calibration.json"));
    }

    void reportStatesTheModelsErrorRates() {
        const QString model = copyModel(testpaths::output("calibration/report"), "Meso4_DF.h5");
        QVERIFY(!model.isEmpty());
        const std::unique_ptr<Detector> detector = loadDetector(model.toStdString(), {DeviceChoice::Cpu});
        ReportJob job;
        job.evidencePath = testpaths::shared("samples/ffpp_crops/df/real/image_13_2.png");
        job.explain.methods = {"LIME"};
        job.explain.settings.set("LIME", "samples", 100);
        job.explain.seed = 3;
        const ReportInput input = buildReportInput(job, *detector, nullptr);
        QCOMPARE(input.model.sha256, independentSha256(model));
        const auto html = [&input] {
            QString all;
            const ReportDocument document = composeReport(input, 96.0);
            for (const ReportDocument::Block& b : document.blocks())
                all += b.html;
            return all;
        };
        QVERIFY2(html().contains("This model has no calibration record."), "no record: the report must say so");

        writeCalibrationRecord(handMadeRecord(model, input.model.sha256), calibrationRecordPath(model));
        const QString withRecord = html();
        QVERIFY(withRecord.contains("On handmade, 10 faces (6 fake, 4 real): AUC 0.75; at threshold 0.50 this model "
                                    "misses 33 % (95 % interval 10 to 70 %) of fakes and flags 25 % (95 % interval 5 to "
                                    "70 %) of reals."));
        QVERIFY(!withRecord.contains("no calibration record"));

        // A record for other weights is not stated as this model's.
        writeCalibrationRecord(handMadeRecord(model, QString(64, 'd')), calibrationRecordPath(model));
        const QString refused = html();
        QVERIFY(refused.contains("This model has no calibration record."));
        QVERIFY(!refused.contains("On handmade"));
    }
};

QTEST_MAIN(TestCalibration)
#include "test_calibration.moc"
