// fakelens-cli detect: verdicts on the bundled faces, the documented JSON, and a clean one-line
// error (no crash, no hang, no output) for every kind of broken input.
#include "support/CliRunner.h"
#include "support/FolderSnapshot.h"
#include "support/MalformedInputs.h"
#include "support/TestPaths.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {

QString nativeModel() { return testpaths::kerasWeights("Meso4_DF"); }

} // namespace

class TestCliDetect : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        folder_ = testpaths::output("malformed");
        QDir(folder_).removeRecursively();
        cases_ = malformed::generate(folder_);
        QVERIFY(cases_.size() >= 30);
    }

    void verdictsOnBundledFaces() {
        const CliResult r = runCli({"detect", "--no-detect", "--json", "--model", nativeModel(),
                                    testpaths::shared("samples/faces/fake/df00204.jpg"),
                                    testpaths::shared("samples/faces/real/real00240.jpg")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        const QJsonArray inputs = root["inputs"].toArray();
        QCOMPARE(inputs.size(), 2);
        const QJsonObject fake = inputs[0].toObject()["faces"].toArray()[0].toObject();
        const QJsonObject real = inputs[1].toObject()["faces"].toArray()[0].toObject();
        QVERIFY(inputs[0].toObject()["path"].toString().endsWith("df00204.jpg"));
        QCOMPARE(fake["verdict"].toString(), QString("fake"));
        QCOMPARE(real["verdict"].toString(), QString("real"));
        // shared/README.md reference (INTER_AREA): P(real) 0.0513 and 0.9897.
        QVERIFY(std::abs(fake["fake_probability"].toDouble() - (1 - 0.0513)) < 1e-3);
        QVERIFY(std::abs(real["fake_probability"].toDouble() - (1 - 0.9897)) < 1e-3);
        QCOMPARE(root["model"].toObject()["device"].toString(), QString("cpu"));
    }

    // Issue 18, part 4: --robustness adds nine re-scores per face; the original is the face's
    // own P(fake) (the same number, not a second computation of it).
    void robustnessPerFace_data() {
        QTest::addColumn<bool>("wholeImage");
        QTest::newRow("detected face") << false;
        QTest::newRow("no-detect") << true;
    }
    void robustnessPerFace() {
        QFETCH(bool, wholeImage);
        QStringList args{"detect", "--robustness", "--json", "--model", nativeModel(),
                         testpaths::shared("samples/faces/fake/df00204.jpg")};
        if (wholeImage)
            args.insert(1, "--no-detect");
        const CliResult r = runCli(args, 120000);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray faces =
            QJsonDocument::fromJson(r.out).object()["inputs"].toArray()[0].toObject()["faces"].toArray();
        QVERIFY2(!faces.isEmpty(), r.out.constData());
        for (const QJsonValue& value : faces) {
            const QJsonObject face = value.toObject();
            const QJsonObject robustness = face["robustness"].toObject();
            QVERIFY2(!robustness.isEmpty(), r.out.constData());
            QCOMPARE(robustness["original_fake_probability"].toDouble(), face["fake_probability"].toDouble());
            const QJsonArray variants = robustness["variants"].toArray();
            QCOMPARE(variants.size(), 9);
            QStringList names;
            double low = face["fake_probability"].toDouble(), high = low, change = 0;
            bool flips = false;
            for (const QJsonValue& v : variants) {
                const double p = v.toObject()["fake_probability"].toDouble();
                QVERIFY(p >= 0 && p <= 1);
                names << v.toObject()["name"].toString();
                low = std::min(low, p);
                high = std::max(high, p);
                change = std::max(change, std::abs(p - face["fake_probability"].toDouble()));
                flips = flips || v.toObject()["verdict"].toString() != face["verdict"].toString();
            }
            QCOMPARE(names, (QStringList{"jpeg90", "jpeg75", "jpeg50", "scale0.75", "scale0.5", "shift-right",
                                         "shift-down", "shift-left", "shift-up"}));
            QCOMPARE(robustness["min_fake_probability"].toDouble(), low);
            QCOMPARE(robustness["max_fake_probability"].toDouble(), high);
            QCOMPARE(robustness["max_abs_change"].toDouble(), change);
            QCOMPARE(robustness["unstable"].toBool(), flips);
        }
        const CliResult text = runCli({"detect", "--robustness", "--model", nativeModel(),
                                       testpaths::shared("samples/faces/fake/df00204.jpg")},
                                      120000);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("robustness: P(fake)"), text.out.constData());
    }

    // A card with an inconclusive band around df00204's score (P(fake) 0.9487): that face and the
    // image read "inconclusive"; real00240 (0.0103) stays real. The shipped card has no band.
    void aBandMakesAFaceInconclusive() {
        QFile shipped(testpaths::modelCard("Meso4_DF"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QJsonObject card = QJsonDocument::fromJson(shipped.readAll()).object();
        card["inconclusive"] = QJsonArray{0.45, 0.96};
        const QString cardPath = testpaths::output("band/Meso4_DF_band.json");
        QDir().mkpath(QFileInfo(cardPath).path());
        QFile out(cardPath);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QJsonDocument(card).toJson());
        out.close();

        const QStringList images{testpaths::shared("samples/faces/fake/df00204.jpg"),
                                 testpaths::shared("samples/faces/real/real00240.jpg")};
        const CliResult r = runCli(QStringList{"detect", "--no-detect", "--json", "--model",
                                               testpaths::torchScriptModel("Meso4_DF"), "--card", cardPath} + images);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(root["model"].toObject()["inconclusive"].toArray(), (QJsonArray{0.45, 0.96}));
        const QJsonObject fake = root["inputs"].toArray()[0].toObject();
        const QJsonObject real = root["inputs"].toArray()[1].toObject();
        QVERIFY(std::abs(fake["faces"].toArray()[0].toObject()["fake_probability"].toDouble() - (1 - 0.0513)) < 1e-3);
        QCOMPARE(fake["faces"].toArray()[0].toObject()["verdict"].toString(), QString("inconclusive"));
        QCOMPARE(fake["verdict"].toString(), QString("inconclusive"));
        QCOMPARE(fake["inconclusive_units"].toInt(), 1);
        QVERIFY2(fake["verdict_rule"].toString().contains("inconclusive when the score is in [0.45, 0.96]"),
                 qPrintable(fake["verdict_rule"].toString()));
        QCOMPARE(real["faces"].toArray()[0].toObject()["verdict"].toString(), QString("real"));
        QCOMPARE(real["verdict"].toString(), QString("real"));

        // The text output says it too; with the shipped card the same face is fake.
        const CliResult text = runCli(QStringList{"detect", "--no-detect", "--model", testpaths::torchScriptModel("Meso4_DF"),
                                                  "--card", cardPath, images[0]});
        QVERIFY2(text.out.contains("image inconclusive  P(fake) 0.94"), text.out.constData());
        const CliResult plain = runCli({"detect", "--no-detect", "--json", "--model", testpaths::torchScriptModel("Meso4_DF"),
                                        "--card", testpaths::modelCard("Meso4_DF"), images[0]});
        QCOMPARE(QJsonDocument::fromJson(plain.out).object()["inputs"].toArray()[0].toObject()["verdict"].toString(),
                 QString("fake"));

        // A bad band is a card error naming the key.
        card["inconclusive"] = QJsonArray{0.6, 0.9}; // does not hold the threshold 0.5
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QJsonDocument(card).toJson());
        out.close();
        const CliResult bad = runCli({"detect", "--no-detect", "--model", testpaths::torchScriptModel("Meso4_DF"),
                                      "--card", cardPath, images[0]});
        QVERIFY(bad.exitCode != 0);
        QVERIFY2(bad.err.contains("'inconclusive'"), bad.err.constData());
    }

    void findsFacesInFramesAndReportsNone() {
        const CliResult r = runCli({"detect", "--json", "--model", nativeModel(),
                                    testpaths::shared("samples/misc/multiface.jpg"),
                                    testpaths::shared("samples/misc/rocket_noface.jpg")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray inputs = QJsonDocument::fromJson(r.out).object()["inputs"].toArray();
        QCOMPARE(inputs[0].toObject()["faces"].toArray().size(), 6);
        QCOMPARE(inputs[1].toObject()["faces"].toArray().size(), 0);
        const CliResult text = runCli({"detect", "--model", nativeModel(), testpaths::shared("samples/misc/rocket_noface.jpg")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("no face found"), text.out.constData());
    }

    void videoFramesWithRange() {
        const CliResult r = runCli({"detect", "--json", "--frames", "0:50:25", "--model", nativeModel(),
                                    testpaths::shared("samples/videos/ffpp_519_real.mp4")},
                                   120000);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject input = QJsonDocument::fromJson(r.out).object()["inputs"].toArray()[0].toObject();
        QCOMPARE(input["type"].toString(), QString("video"));
        QCOMPARE(input["frames_analysed"].toArray(), (QJsonArray{0, 25}));
        QCOMPARE(input["width"].toInt(), 640);
        const QJsonArray faces = input["faces"].toArray();
        QCOMPARE(faces.size(), 2);
        QCOMPARE(faces[1].toObject()["frame"].toInt(), 25);
        QVERIFY(std::abs(faces[1].toObject()["time"].toDouble() - 25 / input["fps"].toDouble()) < 1e-9);
    }

    void brokenInputsFailCleanly_data() {
        QTest::addColumn<int>("index");
        for (int i = 0; i < cases_.size(); ++i)
            QTest::newRow(cases_[i].name.toUtf8().constData()) << i;
    }

    void brokenInputsFailCleanly() {
        QFETCH(int, index);
        const malformed::Case& c = cases_[index];
        const QStringList before = folderSnapshot(folder_);
        QStringList args{"detect"};
        if (c.kind == "image" || c.kind == "video")
            args << "--model" << nativeModel() << c.path;
        else
            args << "--model" << c.path << "--no-detect" << testpaths::shared("samples/faces/fake/df00204.jpg");
        const CliResult r = runCli(args);
        QVERIFY2(r.finished, "hung: killed after 30 s");
        QVERIFY2(!r.crashed, r.err.constData());
        QVERIFY2(r.exitCode != 0, "exit code 0 for a broken input");
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        const QList<QByteArray> lines = r.err.trimmed().split('\n');
        QVERIFY2(lines.size() == 1, r.err.constData());
        // A broken card is named itself; everything else names the input or model file.
        const bool named = lines[0].contains(QFileInfo(c.path).fileName().toUtf8()) ||
                           (!c.cardPath.isEmpty() && lines[0].contains(QFileInfo(c.cardPath).fileName().toUtf8()));
        QVERIFY2(named, r.err.constData());
        QVERIFY2(lines[0].startsWith("fakelens-cli: "), r.err.constData());
        QCOMPARE(folderSnapshot(folder_), before); // nothing written beside the evidence
        qInfo("%s -> %s", qPrintable(c.name), lines[0].constData());
    }

    void imageUnderVideoExtensionIsAnImage() {
        const QString copy = testpaths::output("renamed/astronaut.mp4");
        QFile::remove(copy);
        QVERIFY(QFile::copy(testpaths::shared("samples/misc/astronaut.png"), copy));
        const CliResult r = runCli({"detect", "--json", "--model", nativeModel(), copy});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject input = QJsonDocument::fromJson(r.out).object()["inputs"].toArray()[0].toObject();
        QCOMPARE(input["type"].toString(), QString("image"));
        QCOMPARE(input["faces"].toArray().size(), 1);
    }

    // --model twice: the workbench's ensemble (engine/models/EnsembleDetector), P(fake) the larger.
    void twoModelsFormAnEnsemble() {
        const QString f2f = testpaths::kerasWeights("Meso4_F2F");
        const CliResult r = runCli({"detect", "--no-detect", "--json", "--model", nativeModel(), "--model", f2f,
                                    testpaths::shared("samples/faces/fake/df00204.jpg"),
                                    testpaths::shared("samples/faces/real/real00240.jpg")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(root["model"].toObject()["name"].toString(), QString("Meso4_DF + Meso4_F2F"));
        const QJsonArray inputs = root["inputs"].toArray();
        QCOMPARE(inputs.size(), 2);
        // shared/README.md reference: P(real) 0.0513 / 0.8247 (df00204) and 0.9897 / 0.8810 (real00240).
        const double fake = inputs[0].toObject()["faces"].toArray()[0].toObject()["fake_probability"].toDouble();
        const double real = inputs[1].toObject()["faces"].toArray()[0].toObject()["fake_probability"].toDouble();
        QVERIFY2(std::abs(fake - (1 - 0.0513)) < 1e-3, qPrintable(QString::number(fake)));
        QVERIFY2(std::abs(real - (1 - 0.8810)) < 1e-3, qPrintable(QString::number(real)));
        // A card names one model: with several it is refused, not applied to all.
        const CliResult card = runCli({"detect", "--no-detect", "--model", nativeModel(), "--model", f2f, "--card",
                                       testpaths::modelCard("Meso4_DF"),
                                       testpaths::shared("samples/faces/fake/df00204.jpg")});
        QCOMPARE(card.exitCode, 2);
        QVERIFY2(card.err.contains("--card"), card.err.constData());
        // A Keras .h5 has its card built in: a card given with it would be ignored, so it is refused.
        const CliResult h5Card = runCli({"detect", "--no-detect", "--model", nativeModel(), "--card",
                                         testpaths::modelCard("Meso4_DF"),
                                         testpaths::shared("samples/faces/fake/df00204.jpg")});
        QCOMPARE(h5Card.exitCode, 2);
        QVERIFY2(h5Card.err.contains("--card: applies to a TorchScript .pt model"), h5Card.err.constData());
    }

    void defaultModelIsTheInstalledMeso4Df() {
        const QString data = testpaths::output("datadir");
        QDir(data).removeRecursively();
        QVERIFY(QDir().mkpath(data + "/models"));
        QVERIFY(QFile::copy(nativeModel(), data + "/models/Meso4_DF.h5"));
        const QStringList env{"FAKELENS_DATA_DIR=" + data};
        const CliResult r = runCli({"detect", "--no-detect", "--json", testpaths::shared("samples/faces/fake/df00204.jpg")},
                                   30000, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject model = QJsonDocument::fromJson(r.out).object()["model"].toObject();
        QCOMPARE(model["path"].toString(), data + "/models/Meso4_DF.h5");
        QCOMPARE(model["name"].toString(), QString("Meso4_DF"));
    }

    void badUsageIsExplained() {
        const CliResult none = runCli({"detect"});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.contains("no input"));
        const CliResult frames = runCli({"detect", "--frames", "9:3", testpaths::shared("samples/misc/astronaut.png")});
        QCOMPARE(frames.exitCode, 2);
        QVERIFY(frames.err.contains("--frames"));
        const CliResult device = runCli({"detect", "--device", "tpu", testpaths::shared("samples/misc/astronaut.png")});
        QCOMPARE(device.exitCode, 2);
        QVERIFY(device.err.contains("--device"));
        // Every command reads --upsample through one function (faceDetectorFromOptions): a
        // value dlib cannot take is a usage error naming the option, not a silent 0.
        const QString image = testpaths::shared("samples/misc/astronaut.png");
        const QString unwritten = folder_ + "/never-written.fakelens";
        const QList<QStringList> commands{
            {"detect", image},
            {"analyse", "--case", unwritten, image},
            {"temporal", "--window", "0:16", testpaths::shared("samples/videos/ffpp_519_515_deepfakes.mp4")}};
        for (const QStringList& command : commands)
            for (const QString& value : {QStringLiteral("9"), QStringLiteral("two")}) {
                const CliResult upsample = runCli(command + QStringList{"--upsample", value, "--model", nativeModel()});
                QVERIFY2(upsample.exitCode == 2, qPrintable(command.join(' ') + " " + value + ": " + upsample.err));
                QVERIFY2(upsample.err.contains("--upsample") && upsample.err.contains("from 0 to 4"),
                         qPrintable(upsample.err));
                QVERIFY(!QFileInfo::exists(unwritten));
            }
        const CliResult unknown = runCli({"frobnicate"});
        QCOMPARE(unknown.exitCode, 2);
        const CliResult version = runCli({"--version"});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("fakelens-cli "));
    }

private:
    QString folder_;
    QVector<malformed::Case> cases_;
};

QTEST_GUILESS_MAIN(TestCliDetect)
#include "test_cli_detect.moc"
