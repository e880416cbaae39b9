// Model card parsing: a valid card round-trips, and each wrong field gets a message naming it.
#include "support/TestPaths.h"

#include "core/Error.h"
#include "models/ModelCard.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace fakelens;

namespace {

QJsonObject validCard() {
    return QJsonDocument::fromJson(R"({
        "fakelens_card": 1, "name": "Test", "input_size": [224, 160], "channel_order": "BGR",
        "scale": 1.0, "mean": [0.5, 0.5, 0.5], "std": [0.25, 0.25, 0.25],
        "output": {"kind": "softmax", "classes": ["fake", "real"], "real_index": 1},
        "threshold": 0.7, "crop": {"policy": "bbox", "margin": 0.2}})")
        .object();
}

std::string text(const QJsonObject& o) { return QJsonDocument(o).toJson().toStdString(); }

} // namespace

class TestModelCard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesEveryField() {
        const ModelCard c = ModelCard::fromJson(text(validCard()), "t.json");
        QCOMPARE(c.name, std::string("Test"));
        QCOMPARE(c.inputWidth, 224);
        QCOMPARE(c.inputHeight, 160);
        QCOMPARE(c.channelOrder, ChannelOrder::BGR);
        QCOMPARE(c.scale, 1.0);
        QCOMPARE(c.mean[2], 0.5);
        QCOMPARE(c.std[0], 0.25);
        QCOMPARE(c.output, OutputKind::Softmax);
        QCOMPARE(c.realIndex, 1);
        QCOMPARE(c.threshold, 0.7);
        QCOMPARE(c.crop, CropPolicy::BoundingBox);
        QCOMPARE(c.cropMargin, 0.2);
        QVERIFY(c.isFake(0.7));
        QVERIFY(!c.isFake(0.69));
    }

    // The one face-verdict rule: without a band fake/real by the threshold; with one, the closed
    // band [low, high] is inconclusive whichever side of the threshold it is.
    void faceCallFollowsThresholdAndBand() {
        ModelCard c = ModelCard::fromJson(text(validCard()), "t.json");
        QVERIFY(!c.hasInconclusiveBand);
        QCOMPARE(c.call(0.7), FaceCall::Fake);
        QCOMPARE(c.call(0.6999), FaceCall::Real);
        QCOMPARE(c.call(0.0), FaceCall::Real);
        QCOMPARE(c.call(1.0), FaceCall::Fake);

        QJsonObject banded = validCard();
        banded["inconclusive"] = QJsonArray{0.6, 0.8};
        c = ModelCard::fromJson(text(banded), "t.json");
        QVERIFY(c.hasInconclusiveBand);
        QCOMPARE(c.inconclusiveLow, 0.6);
        QCOMPARE(c.inconclusiveHigh, 0.8);
        QCOMPARE(c.call(0.5999), FaceCall::Real);
        QCOMPARE(c.call(0.6), FaceCall::Inconclusive);
        QCOMPARE(c.call(0.65), FaceCall::Inconclusive); // below the threshold, still inside
        QCOMPARE(c.call(0.7), FaceCall::Inconclusive);
        QCOMPARE(c.call(0.8), FaceCall::Inconclusive);
        QCOMPARE(c.call(0.8001), FaceCall::Fake);
        QVERIFY(c.isFake(0.75)); // the threshold alone, for decisions that are not a verdict word
        QCOMPARE(std::string(faceCallName(FaceCall::Inconclusive)), std::string("inconclusive"));
        QCOMPARE(std::string(faceCallName(FaceCall::Fake)), std::string("fake"));
        QCOMPARE(std::string(faceCallName(FaceCall::Real)), std::string("real"));

        // A band touching the ends and the threshold is valid.
        banded["inconclusive"] = QJsonArray{0.0, 0.7};
        QCOMPARE(ModelCard::fromJson(text(banded), "t.json").call(0.0), FaceCall::Inconclusive);
        banded["inconclusive"] = QJsonArray{0.7, 1.0};
        QCOMPARE(ModelCard::fromJson(text(banded), "t.json").call(1.0), FaceCall::Inconclusive);
    }

    // Too small to judge: the box's shorter side under min_face_fraction of the input's shorter
    // side (160 here; 64 px for MesoNet's 256 by default).
    void smallFaceLimitComesFromTheCard() {
        ModelCard c = ModelCard::fromJson(text(validCard()), "t.json");
        QCOMPARE(c.minFaceFraction, 0.25);
        QCOMPARE(c.minFaceSide(), 40.0);
        QVERIFY(c.tooSmallToJudge(39.9));
        QVERIFY(!c.tooSmallToJudge(40.0));
        const ModelCard meso = ModelCard::fromFile(testpaths::modelCard("Meso4_DF").toStdString());
        QCOMPARE(meso.minFaceSide(), 64.0);
        QVERIFY(!meso.hasInconclusiveBand); // no band in our cards: nothing changes by default
        QJsonObject custom = validCard();
        custom["min_face_fraction"] = 0.5;
        c = ModelCard::fromJson(text(custom), "t.json");
        QCOMPARE(c.minFaceSide(), 80.0);
        custom["min_face_fraction"] = 0;
        QVERIFY(!ModelCard::fromJson(text(custom), "t.json").tooSmallToJudge(1.0)); // 0: every face is judged
    }

    void bandAndSizeLimitRoundTrip() {
        QJsonObject card = validCard();
        card["inconclusive"] = QJsonArray{0.55, 0.85};
        card["min_face_fraction"] = 0.3;
        const ModelCard a = ModelCard::fromJson(text(card), "t.json");
        const ModelCard b = ModelCard::fromJson(a.toJson(), "again.json");
        QVERIFY(b.hasInconclusiveBand);
        QCOMPARE(b.inconclusiveLow, 0.55);
        QCOMPARE(b.inconclusiveHigh, 0.85);
        QCOMPARE(b.minFaceFraction, 0.3);
        QCOMPARE(b.toJson(), a.toJson());
    }

    void roundTripsThroughJson() {
        const ModelCard a = ModelCard::fromJson(text(validCard()), "t.json");
        const ModelCard b = ModelCard::fromJson(a.toJson(), "again.json");
        QCOMPARE(b.toJson(), a.toJson());
        QCOMPARE(b.realIndex, a.realIndex);
        QCOMPARE(b.classes, a.classes);
    }

    void shippedCardsAreValid_data() {
        QTest::addColumn<QString>("stem");
        for (const char* s : {"Meso4_DF", "Meso4_F2F", "MesoInception_DF", "MesoInception_F2F"})
            QTest::newRow(s) << QString(s);
    }
    void shippedCardsAreValid() {
        QFETCH(QString, stem);
        const ModelCard c = ModelCard::fromFile(testpaths::modelCard(stem).toStdString());
        QCOMPARE(c.output, OutputKind::SigmoidReal);
        QCOMPARE(c.crop, CropPolicy::MesoNet);
        QCOMPARE(c.inputWidth, 256);
    }

    void wrongFieldsAreNamed_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value"); // undefined = remove the field
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing name") << "name" << QJsonValue(QJsonValue::Undefined) << "'name' is missing";
        QTest::newRow("empty name") << "name" << QJsonValue("") << "'name' must be a non-empty string";
        QTest::newRow("missing version") << "fakelens_card" << QJsonValue(QJsonValue::Undefined) << "not a FakeLens model card (no \"fakelens_card\" field); give the model's card with --card FILE";
        QTest::newRow("future version") << "fakelens_card" << QJsonValue(2) << "'fakelens_card' must be between 1 and 1";
        QTest::newRow("size not list") << "input_size" << QJsonValue(256) << "'input_size' must be [width, height]";
        QTest::newRow("size too small") << "input_size" << QJsonValue(QJsonArray{8, 8}) << "'input_size' must be two integers";
        QTest::newRow("size fractional") << "input_size" << QJsonValue(QJsonArray{256.5, 256}) << "'input_size' must be two integers";
        QTest::newRow("channel order") << "channel_order" << QJsonValue("RGBA") << "'channel_order' must be \"RGB\" or \"BGR\"";
        QTest::newRow("scale missing") << "scale" << QJsonValue(QJsonValue::Undefined) << "'scale' is missing";
        QTest::newRow("scale text") << "scale" << QJsonValue("1/255") << "'scale' must be a number";
        QTest::newRow("mean length") << "mean" << QJsonValue(QJsonArray{0, 0}) << "'mean' must be a list of 3 numbers";
        QTest::newRow("std zero") << "std" << QJsonValue(QJsonArray{1, 0, 1}) << "'std' must hold positive numbers";
        QTest::newRow("output missing") << "output" << QJsonValue(QJsonValue::Undefined) << "'output' is missing";
        QTest::newRow("output string") << "output" << QJsonValue("probability") << "'output' must be an object";
        QTest::newRow("output kind") << "output" << QJsonValue(QJsonObject{{"kind", "relu"}}) << "'output.kind' must be one of";
        QTest::newRow("softmax classes") << "output" << QJsonValue(QJsonObject{{"kind", "softmax"}, {"classes", QJsonArray{"real"}}})
                                         << "'output.classes' must name at least two classes";
        QTest::newRow("softmax index") << "output"
                                       << QJsonValue(QJsonObject{{"kind", "softmax"}, {"classes", QJsonArray{"a", "b"}}, {"real_index", 2}})
                                       << "'output.real_index' must be an index";
        QTest::newRow("threshold") << "threshold" << QJsonValue(1.0) << "'threshold' must be strictly between 0 and 1";
        QTest::newRow("crop policy") << "crop" << QJsonValue(QJsonObject{{"policy", "square"}}) << "'crop.policy' must be";
        QTest::newRow("crop margin") << "crop" << QJsonValue(QJsonObject{{"policy", "bbox"}, {"margin", -1}}) << "'crop.margin' must be";
        // The card's threshold is 0.7: a band must hold it, low < high, inside [0, 1].
        const QString band = "'inconclusive' must be [low, high] with 0 <= low <= threshold (0.7) <= high <= 1";
        QTest::newRow("band not list") << "inconclusive" << QJsonValue(0.5) << "'inconclusive' must be [low, high], two numbers";
        QTest::newRow("band one number") << "inconclusive" << QJsonValue(QJsonArray{0.6}) << "'inconclusive' must be [low, high], two numbers";
        QTest::newRow("band text") << "inconclusive" << QJsonValue(QJsonArray{"0.6", 0.8}) << "'inconclusive' must be [low, high], two numbers";
        QTest::newRow("band below threshold") << "inconclusive" << QJsonValue(QJsonArray{0.4, 0.6}) << band;
        QTest::newRow("band above threshold") << "inconclusive" << QJsonValue(QJsonArray{0.75, 0.9}) << band;
        QTest::newRow("band reversed") << "inconclusive" << QJsonValue(QJsonArray{0.8, 0.6}) << band;
        QTest::newRow("band empty") << "inconclusive" << QJsonValue(QJsonArray{0.7, 0.7}) << band;
        QTest::newRow("band negative") << "inconclusive" << QJsonValue(QJsonArray{-0.1, 0.8}) << band;
        QTest::newRow("band over one") << "inconclusive" << QJsonValue(QJsonArray{0.6, 1.5}) << band;
        QTest::newRow("min face fraction") << "min_face_fraction" << QJsonValue(1.5) << "'min_face_fraction' must be between 0 and 1";
        QTest::newRow("min face text") << "min_face_fraction" << QJsonValue("a quarter") << "'min_face_fraction' must be a number";
    }

    void wrongFieldsAreNamed() {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonObject card = validCard();
        if (value.isUndefined())
            card.remove(field);
        else
            card[field] = value;
        try {
            ModelCard::fromJson(text(card), "bad.json");
            QFAIL("the card was accepted");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::ModelCardInvalid);
            QVERIFY2(QString(e.what()).startsWith("bad.json: "), e.what());
            QVERIFY2(QString(e.what()).contains(expected), e.what());
        }
    }

    void notJsonIsRefused() {
        for (const char* bad : {"", "{", "[1,2]", "null", "\x89PNG"}) {
            try {
                ModelCard::fromJson(bad, "x.json");
                QFAIL("accepted");
            } catch (const Error& e) {
                QCOMPARE(e.code(), ErrorCode::ModelCardInvalid);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestModelCard)
#include "test_model_card.moc"
