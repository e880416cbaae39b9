// The two detector implementations (native MesoNet from Keras .h5, TorchScript .pt + card) agree
// with each other and with the reference outputs published in shared/README.md.
#include "support/TestPaths.h"

#include "core/Error.h"
#include "media/ImageLoader.h"
#include "models/DetectorFactory.h"

#include <QDir>
#include <QtTest>

using namespace fakelens;

namespace {

const QStringList kFaces = {"faces/fake/df00204.jpg", "faces/fake/df01254.jpg", "faces/real/real00240.jpg",
                            "faces/real/real00772.jpg"};

// shared/README.md, rows "OpenCV INTER_AREA" (the resize FakeLens uses): P(real) per face.
const std::map<QString, std::vector<double>> kReferenceRealProbability = {
    {"Meso4_DF", {0.0513, 0.0242, 0.9897, 0.9971}},
    {"Meso4_F2F", {0.8247, 0.7018, 0.8810, 0.9494}},
    {"MesoInception_DF", {0.0216, 0.0007, 1.0000, 1.0000}},
    {"MesoInception_F2F", {0.9987, 1.0000, 1.0000, 0.9991}},
};

std::vector<double> scoreWhole(Detector& detector, const QStringList& files) {
    std::vector<cv::Mat> crops;
    for (const QString& f : files)
        crops.push_back(loadImage(testpaths::shared("samples/" + f).toStdString()).rgb);
    return detector.scoreCrops(crops);
}

std::unique_ptr<Detector> loadTorchScript(const QString& stem) {
    DetectorOptions options;
    options.device = DeviceChoice::Cpu;
    options.cardPath = testpaths::modelCard(stem).toStdString();
    return loadDetector(testpaths::torchScriptModel(stem).toStdString(), options);
}

std::unique_ptr<Detector> loadNative(const QString& stem) {
    DetectorOptions options;
    options.device = DeviceChoice::Cpu;
    return loadDetector(testpaths::kerasWeights(stem).toStdString(), options);
}

} // namespace

class TestDetectors : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void nativeAndTorchScriptMatchReference_data() {
        QTest::addColumn<QString>("model");
        for (const auto& entry : kReferenceRealProbability)
            QTest::newRow(entry.first.toUtf8().constData()) << entry.first;
    }

    void nativeAndTorchScriptMatchReference() {
        QFETCH(QString, model);
        auto native = loadNative(model);
        auto script = loadTorchScript(model);
        QCOMPARE(native->card().output, OutputKind::SigmoidReal);
        const std::vector<double> a = scoreWhole(*native, kFaces);
        const std::vector<double> b = scoreWhole(*script, kFaces);
        const std::vector<double>& reference = kReferenceRealProbability.at(model);
        for (int i = 0; i < kFaces.size(); ++i) {
            const double realNative = 1.0 - a[size_t(i)], realScript = 1.0 - b[size_t(i)];
            QVERIFY2(std::abs(a[size_t(i)] - b[size_t(i)]) <= 1e-4,
                     qPrintable(QString("%1: native %2 vs TorchScript %3").arg(kFaces[i]).arg(realNative).arg(realScript)));
            QVERIFY2(std::abs(realNative - reference[size_t(i)]) <= 1e-3,
                     qPrintable(QString("%1: P(real) %2, reference %3").arg(kFaces[i]).arg(realNative).arg(reference[size_t(i)])));
            QVERIFY2(std::abs(realScript - reference[size_t(i)]) <= 1e-3,
                     qPrintable(QString("%1: P(real) %2, reference %3").arg(kFaces[i]).arg(realScript).arg(reference[size_t(i)])));
        }
    }

    void meso4DfVerdictsAgreeOnDeepfakeCrops() {
        auto native = loadNative("Meso4_DF");
        auto script = loadTorchScript("Meso4_DF");
        QStringList files;
        for (const char* label : {"fake", "real"}) {
            QDir dir(testpaths::shared(QString("samples/ffpp_crops/df/") + label));
            for (const QString& name : dir.entryList({"*.png"}, QDir::Files, QDir::Name))
                files << QString("ffpp_crops/df/") + label + "/" + name;
        }
        QCOMPARE(files.size(), 30);
        const auto a = scoreWhole(*native, files);
        const auto b = scoreWhole(*script, files);
        int fakesFlagged = 0, realsPassed = 0;
        for (int i = 0; i < files.size(); ++i) {
            QCOMPARE(native->card().isFake(a[size_t(i)]), script->card().isFake(b[size_t(i)]));
            QVERIFY(std::abs(a[size_t(i)] - b[size_t(i)]) <= 1e-4);
            if (files[i].contains("/fake/") && native->card().isFake(a[size_t(i)]))
                ++fakesFlagged;
            if (files[i].contains("/real/") && !native->card().isFake(a[size_t(i)]))
                ++realsPassed;
        }
        // shared/README.md: Meso4_DF flags 67 % of the df fakes and passes all df reals.
        QCOMPARE(realsPassed, 15);
        QCOMPARE(fakesFlagged, 10);
    }

    void batchedScoresEqualSingleScores() {
        auto native = loadNative("Meso4_DF");
        const auto batch = scoreWhole(*native, kFaces);
        for (int i = 0; i < kFaces.size(); ++i) {
            const auto single = scoreWhole(*native, {kFaces[i]});
            QVERIFY(std::abs(single[0] - batch[size_t(i)]) <= 1e-6);
        }
    }

    // A CUDA request gets the GPU where there is one and a clear error where there is none (the
    // Debian build is CPU-only); either way it never falls back to the CPU silently.
    void cudaRequestGetsTheGpuOrAClearError() {
        DetectorOptions options;
        options.device = DeviceChoice::Cuda;
        if (cudaAvailable()) {
            const auto detector = loadDetector(testpaths::kerasWeights("Meso4_DF").toStdString(), options);
            QVERIFY2(QString::fromStdString(detector->deviceName()).contains("cuda", Qt::CaseInsensitive),
                     detector->deviceName().c_str());
            return;
        }
        try {
            loadDetector(testpaths::kerasWeights("Meso4_DF").toStdString(), options);
            QFAIL("expected an error");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::DeviceUnavailable);
        }
    }
};

QTEST_GUILESS_MAIN(TestDetectors)
#include "test_detectors.moc"
