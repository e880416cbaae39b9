// EnsembleDetector (engine/models): several detectors as one, P(fake) the largest member's score.
// Known answers from shared/README.md's reference outputs, and a case's model record that names
// and hashes every member file.
#include "support/TestPaths.h"

#include "core/Error.h"
#include "media/ImageLoader.h"
#include "models/DetectorFactory.h"
#include "models/EnsembleDetector.h"
#include "case/AnalysisSources.h"

#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace fakelens;

namespace {

const QStringList kFaces = {"faces/fake/df00204.jpg", "faces/fake/df01254.jpg", "faces/real/real00240.jpg",
                            "faces/real/real00772.jpg"};
// shared/README.md, rows "OpenCV INTER_AREA": P(real) per face of Meso4_DF and Meso4_F2F.
const std::vector<double> kDfReal = {0.0513, 0.0242, 0.9897, 0.9971};
const std::vector<double> kF2fReal = {0.8247, 0.7018, 0.8810, 0.9494};

std::vector<cv::Mat> faces() {
    std::vector<cv::Mat> crops;
    for (const QString& f : kFaces)
        crops.push_back(loadImage(testpaths::shared("samples/" + f).toStdString()).rgb);
    return crops;
}

DetectorOptions cpu() {
    DetectorOptions options;
    options.device = DeviceChoice::Cpu;
    return options;
}

std::string keras(const char* stem) { return testpaths::kerasWeights(stem).toStdString(); }

// A detector that differs from MesoNet only in its input size: an ensemble must refuse it.
class OtherInputDetector : public Detector {
public:
    OtherInputDetector() {
        card_.name = "other";
        card_.inputWidth = card_.inputHeight = 128;
    }
    const ModelCard& card() const override { return card_; }
    std::string deviceName() const override { return "cpu"; }
    std::string modelPath() const override { return "other.pt"; }
    std::vector<double> fakeProbabilities(const float*, int count) override { return std::vector<double>(size_t(count), 0.5); }
    using Detector::fakeProbabilities;

private:
    ModelCard card_;
};

} // namespace

class TestEnsembleDetector : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void scoresTheLargerPFakeOfItsMembers() {
        const std::unique_ptr<Detector> ensemble = loadEnsemble({keras("Meso4_DF"), keras("Meso4_F2F")}, cpu());
        const std::unique_ptr<Detector> df = loadDetector(keras("Meso4_DF"), cpu());
        const std::unique_ptr<Detector> f2f = loadDetector(keras("Meso4_F2F"), cpu());
        QCOMPARE(QString::fromStdString(ensemble->card().name), QStringLiteral("Meso4_DF + Meso4_F2F"));
        const std::vector<cv::Mat> crops = faces();
        const std::vector<double> both = ensemble->scoreCrops(crops);
        const std::vector<double> a = df->scoreCrops(crops);
        const std::vector<double> b = f2f->scoreCrops(crops);
        QCOMPARE(both.size(), crops.size());
        for (size_t i = 0; i < crops.size(); ++i) {
            QCOMPARE(both[i], std::max(a[i], b[i]));
            // The published reference: the larger of the two P(fake) = 1 - P(real).
            const double expected = std::max(1.0 - kDfReal[i], 1.0 - kF2fReal[i]);
            QVERIFY2(std::abs(both[i] - expected) < 1e-3,
                     qPrintable(QStringLiteral("%1: %2, reference %3").arg(kFaces[int(i)]).arg(both[i]).arg(expected)));
        }
    }

    void aSingleModelIsNotWrappedAndMembersMustAgree() {
        QCOMPARE(QString::fromStdString(loadEnsemble({keras("Meso4_DF")}, cpu())->card().name), QStringLiteral("Meso4_DF"));
        QVERIFY_THROWS_EXCEPTION(Error, loadEnsemble({}, cpu()));
        std::vector<std::unique_ptr<Detector>> one;
        one.push_back(loadDetector(keras("Meso4_DF"), cpu()));
        QVERIFY_THROWS_EXCEPTION(Error, EnsembleDetector(std::move(one)));
        std::vector<std::unique_ptr<Detector>> mixed;
        mixed.push_back(loadDetector(keras("Meso4_DF"), cpu()));
        mixed.push_back(std::make_unique<OtherInputDetector>());
        try {
            EnsembleDetector ensemble(std::move(mixed));
            QFAIL("an ensemble of models with other input sizes was accepted");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::InvalidArgument);
            QVERIFY2(QString::fromStdString(e.detail()).contains("input size"), e.what());
        }
    }

    // What a case stores about the model: every member's file and its hash, in order.
    void theModelRecordHashesEveryMember() {
        const std::unique_ptr<Detector> ensemble = loadEnsemble({keras("Meso4_DF"), keras("Meso4_F2F")}, cpu());
        QCOMPARE(ensemble->modelFiles(), (std::vector<std::string>{keras("Meso4_DF"), keras("Meso4_F2F")}));
        const ModelInfo info = describeModel(*ensemble);
        QCOMPARE(info.path, QString::fromStdString(keras("Meso4_DF") + " + " + keras("Meso4_F2F")));
        const QString expected = sha256OfFile(QString::fromStdString(keras("Meso4_DF"))) + " + " +
                                 sha256OfFile(QString::fromStdString(keras("Meso4_F2F")));
        QCOMPARE(info.sha256, expected);
        QCOMPARE(info.sha256.size(), 64 * 2 + 3);
        // A single model's record is its own file's hash.
        const std::unique_ptr<Detector> df = loadDetector(keras("Meso4_DF"), cpu());
        QCOMPARE(describeModel(*df).sha256, sha256OfFile(QString::fromStdString(keras("Meso4_DF"))));
    }
};

QTEST_GUILESS_MAIN(TestEnsembleDetector)
#include "test_ensemble_detector.moc"
