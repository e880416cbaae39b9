// Fidelity to the paper's Algorithm 1 and soundness in floating point (issue 15):
// - NES draws one noise value per pixel, shared by R, G and B; per-channel noise is an option;
// - a detector that is very sure (P(fake) = 1 - 1e-9) still gives NES and the explainers
//   differences to work with (double precision from the model's output on);
// - a method's classic and _adv forms evaluate the same masks (common random numbers);
// - an _adv explanation of a face called real is refused.
#include "core/Error.h"
#include "explain/ExplainerRegistry.h"
#include "explain/ExplanationRunner.h"
#include "explain/LimeExplainer.h"
#include "explain/RiseExplainer.h"
#include "explain/ShapExplainer.h"
#include "explain/SobolExplainer.h"
#include "models/DetectorFactory.h"
#include "support/SyntheticDetector.h"
#include "support/TestPaths.h"
#include "support/TinyTorchScript.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>

using namespace fakelens;

namespace {

// The synthetic patch detector made "very sure": P(real) = 1e-9 * exp(kSlope * (0.06 - s)) for
// the patch's texture score s. On the synthetic image (s = 0.06) P(fake) = 1 - 1e-9; destroying
// the texture (s -> 0) only moves it to 1 - 1.1e-8. Both round to 1.0 in float32, so every
// difference a float pipeline takes is 0; in double they are ~1e-8 apart.
class SaturatedDetector : public Detector {
public:
    static constexpr double kSlope = 40.0;

    SaturatedDetector() {
        card_ = texture_.card();
        card_.name = "saturated-synthetic";
        card_.output = OutputKind::SigmoidReal;
    }
    const ModelCard& card() const override { return card_; }
    std::string deviceName() const override { return "cpu"; }
    std::string modelPath() const override { return "synthetic://saturated"; }
    std::vector<double> fakeProbabilities(const float* nhwc, int count) override {
        std::vector<double> out;
        const size_t imageFloats = size_t(card_.inputHeight) * card_.inputWidth * 3;
        for (int i = 0; i < count; ++i) {
            const cv::Mat image(card_.inputHeight, card_.inputWidth, CV_32FC3,
                                const_cast<float*>(nhwc + size_t(i) * imageFloats));
            out.push_back(1.0 - realProbability(texture_.textureScore(image)));
        }
        return out;
    }
    using Detector::fakeProbabilities;

    static double realProbability(double s) { return 1e-9 * std::exp(kSlope * (SyntheticDetector::kAmplitude - s)); }
    cv::Rect patch() const { return texture_.patch(); }

private:
    SyntheticDetector texture_;
    ModelCard card_;
};

cv::Mat loadSampleFace(Detector& detector, const QString& relative) {
    const cv::Mat bgr = cv::imread(testpaths::shared(relative).toStdString(), cv::IMREAD_COLOR);
    if (bgr.empty())
        return {};
    cv::Mat rgb;
    cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
    return detector.prepareInput(rgb);
}

ExplainerSettings smallSettings() {
    ExplainerSettings s;
    s.set("LIME", "samples", 300);
    s.set("SHAP", "evaluations", 300);
    s.set("SOBOL", "designs", 16);
    s.set("RISE", "masks", 2000);
    return s;
}

} // namespace

class TestAlgorithmFidelity : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Algorithm 1 on a real face and detector: the change x_adv - x is the same in R, G and B at
    // every pixel (except where [0, 1] clips a channel), stays within delta, and flips Meso4_DF.
    // Per-channel noise is there on request, named, and does colour the change.
    void nesNoiseIsPerPixelOnTheSampleFace() {
        const QString weights = testpaths::kerasWeights("Meso4_DF");
        QVERIFY2(QFileInfo::exists(weights), qPrintable("missing " + weights));
        DetectorOptions options;
        options.device = DeviceChoice::Cpu;
        auto detector = loadDetector(weights.toStdString(), options);
        const cv::Mat face = loadSampleFace(*detector, "samples/faces/fake/df00204.jpg");
        QVERIFY(!face.empty());
        QVERIFY(detector->card().isFake(detector->fakeProbability(face)));

        NesSettings settings; // the paper's: per-pixel noise by default
        QVERIFY(!settings.perChannel);
        QCOMPARE(QString(nesNoiseName(settings)), QString("per-pixel"));
        const NesResult r = runNes(*detector, face, settings, 11);
        qInfo("per-pixel NES: %d iterations, P(real) %.4f, Linf %.1f/255", r.iterations, r.finalRealProbability,
              r.linf * 255);
        QVERIFY(r.flipped);
        QVERIFY(!detector->card().isFake(detector->fakeProbability(r.adversarial)));
        QVERIFY(r.linf <= settings.epsilon + 1e-6);

        int compared = 0, changed = 0;
        const float eps = float(settings.epsilon);
        for (int y = 0; y < face.rows; ++y)
            for (int x = 0; x < face.cols; ++x) {
                const cv::Vec3f a = face.at<cv::Vec3f>(y, x), b = r.adversarial.at<cv::Vec3f>(y, x);
                bool clipped = false;
                for (int c = 0; c < 3; ++c)
                    clipped |= a[c] < eps + 1e-6f || a[c] > 1.0f - eps - 1e-6f;
                if (clipped)
                    continue;
                ++compared;
                const float d0 = b[0] - a[0], d1 = b[1] - a[1], d2 = b[2] - a[2];
                changed += d0 != 0.0f;
                QVERIFY2(std::abs(d0 - d1) < 1e-6f && std::abs(d0 - d2) < 1e-6f,
                         qPrintable(QString("pixel (%1, %2) changed by %3, %4, %5").arg(x).arg(y).arg(d0).arg(d1).arg(d2)));
            }
        qInfo("%d unclipped pixels compared, %d changed", compared, changed);
        QVERIFY(compared > face.total() / 2);
        QVERIFY(changed > compared / 2);

        settings.perChannel = true;
        QCOMPARE(QString(nesNoiseName(settings)), QString("per-channel"));
        const NesResult coloured = runNes(*detector, face, settings, 11);
        QVERIFY(coloured.linf <= settings.epsilon + 1e-6);
        int differing = 0;
        for (int y = 0; y < face.rows; ++y)
            for (int x = 0; x < face.cols; ++x) {
                const cv::Vec3f d = coloured.adversarial.at<cv::Vec3f>(y, x) - face.at<cv::Vec3f>(y, x);
                differing += std::abs(d[0] - d[1]) > 1e-6f || std::abs(d[0] - d[2]) > 1e-6f;
            }
        qInfo("per-channel NES: %d iterations, %d pixels with a coloured change", coloured.iterations, differing);
        QVERIFY(differing > 1000);
    }

    // The TorchScript path keeps P(fake) = 1 - 1e-9 apart from 1: the complement is taken in
    // double after the model's float P(real) is widened (in float it would be exactly 1).
    void torchScriptOutputKeepsItsPrecision() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string model = QDir(dir.path()).filePath("very_sure.pt").toStdString();
        writeConstantRealProbabilityModel(model, std::log(1e-9));
        DetectorOptions options;
        options.device = DeviceChoice::Cpu;
        auto detector = loadDetector(model, options);
        const std::vector<float> pixels(size_t(3) * 256 * 256 * 3, 0.5f);
        const std::vector<double> p = detector->fakeProbabilities(pixels.data(), 3);
        QCOMPARE(int(p.size()), 3);
        const double expected = 1.0 - double(float(1e-9)); // the model's own float output
        qInfo("P(fake) = 1 - %.6g (float32 would give 1 - %.6g)", 1.0 - p[0], 1.0 - double(1.0f - float(1e-9)));
        QVERIFY(p[0] < 1.0);
        QVERIFY2(std::abs(p[0] - expected) < 1e-15, qPrintable(QString::number(1.0 - p[0], 'g', 10)));
        QCOMPARE(p[1], p[0]);
    }

    // A very sure detector: NES still finds a direction (the antithetic differences are ~1e-12,
    // not 0) and moves towards "real"; every classic explainer still ranks a segment covering
    // the decisive patch first instead of falling back to scan order.
    void verySureDetectorStillMovesAndRanks() {
        SaturatedDetector detector;
        const cv::Mat image = makeSyntheticImage();
        const double p = detector.fakeProbability(image);
        QVERIFY2(p < 1.0 && p > 1.0 - 2e-9, qPrintable(QString::number(1.0 - p, 'g', 6)));
        QCOMPARE(float(p), 1.0f); // what a float pipeline would see

        NesSettings nes;
        nes.maxIterations = 12;
        const NesResult r = runNes(detector, image, nes, 3);
        qInfo("NES on P(fake) = 1 - 1e-9: %d iterations, P(real) %.3g -> %.3g, Linf %.1f/255", r.iterations,
              r.realProbabilityCurve.front(), r.finalRealProbability, r.linf * 255);
        QCOMPARE(r.iterations, nes.maxIterations);
        QVERIFY(r.linf > 0.5 / 255);
        QVERIFY(r.finalRealProbability > 1.3 * r.realProbabilityCurve.front()); // float: no step at all

        ExplainRequest request;
        request.methods = {"LIME", "SHAP", "SOBOL", "RISE"};
        request.settings = smallSettings();
        request.seed = 9;
        const ExplainReport report = explainFace(detector, image, request);
        cv::Mat patchMask = cv::Mat::zeros(image.size(), CV_8U);
        patchMask(detector.patch()).setTo(255);
        for (const Explanation& e : report.explanations) {
            const int overlap = cv::countNonZero(report.segments.maskOf({e.ranking.front()}) & patchMask);
            double lo = 0, hi = 0;
            cv::minMaxLoc(cv::Mat(e.segmentScores), &lo, &hi);
            qInfo("%-5s top segment %d overlaps the patch by %d px; scores in [%.3g, %.3g]", e.method.c_str(),
                  e.ranking.front(), overlap, lo, hi);
            QVERIFY2(hi > lo, e.method.c_str()); // not constant
            QVERIFY2(overlap > 0, e.method.c_str());
        }
    }

    // Common random numbers: the classic and _adv forms of each method draw the same masks for
    // one seed (their design digests are equal), different methods and seeds draw others.
    void classicAndAdversarialShareTheirMasks() {
        SyntheticDetector detector;
        const cv::Mat image = makeSyntheticImage();
        ExplainRequest request;
        request.methods = {"all"};
        request.settings = smallSettings();
        request.settings.set("RISE", "masks", 300);
        request.nes.maxIterations = 5;
        request.seed = 41;
        const ExplainReport a = explainFace(detector, image, request);
        QCOMPARE(a.explanations.size(), allMethodNames(false).size()); // those the synthetic detector runs: each with an _adv form
        for (size_t i = 0; i < a.explanations.size(); i += 2) {
            const Explanation& classic = a.explanations[i];
            const Explanation& adversarial = a.explanations[i + 1];
            QCOMPARE(adversarial.method, classic.method + "_adv");
            qInfo("%-9s %016llx  %-9s %016llx", classic.method.c_str(), (unsigned long long)classic.designDigest,
                  adversarial.method.c_str(), (unsigned long long)adversarial.designDigest);
            QVERIFY(classic.designDigest != 0);
            QCOMPARE(adversarial.designDigest, classic.designDigest);
            QCOMPARE(explanationSeed(request.seed, adversarial.method), explanationSeed(request.seed, classic.method));
            if (i > 0)
                QVERIFY(classic.designDigest != a.explanations[i - 2].designDigest);
        }
        request.seed = 42;
        request.methods = {"lime_adv"};
        const ExplainReport b = explainFace(detector, image, request);
        QVERIFY(b.explanations[0].designDigest != a.explanations[1].designDigest);
    }

    // The digest is of the masks, not of the scores: a different fill (other scores) with the
    // same seed keeps it, a different mask gives another.
    void designDigestFollowsTheMasksOnly() {
        SyntheticDetector detector;
        const cv::Mat image = makeSyntheticImage();
        const Segmentation segments = segmentSlic(image, SlicOptions{});
        ExplainContext ctx;
        ctx.detector = &detector;
        ctx.image = image;
        ctx.segments = &segments;
        ctx.seed = 5;
        ctx.fill = cv::Mat::zeros(image.size(), CV_32FC3);
        const LimeExplainer lime(smallSettings());
        const Explanation zeros = lime.explain(ctx);
        ctx.fill = image * 0.5; // half the patch's texture: other scores than zeros
        const Explanation grey = lime.explain(ctx);
        QCOMPARE(grey.designDigest, zeros.designDigest);
        QVERIFY(grey.segmentScores != zeros.segmentScores);
        ctx.seed = 6;
        QVERIFY(lime.explain(ctx).designDigest != zeros.designDigest);
    }

    // An _adv explanation needs a face called fake; asked for a real one the engine refuses
    // before any work, naming P(fake) and the threshold.
    void adversarialOfARealFaceIsRefused() {
        SyntheticDetector detector;
        const cv::Mat real(256, 256, CV_32FC3, cv::Scalar(0.4, 0.5, 0.6));
        QVERIFY(!detector.card().isFake(detector.fakeProbability(real)));
        ExplainRequest request;
        request.methods = {"LIME_adv"};
        request.settings = smallSettings();
        const long long before = detector.forwardedImages();
        try {
            explainFace(detector, real, request);
            QFAIL("an _adv explanation of a real face must be refused");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::InvalidArgument);
            QVERIFY2(QString(e.what()).contains("calls this face real"), e.what());
        }
        QCOMPARE(detector.forwardedImages() - before, 1LL); // the one scoring, no NES
        request.methods = {"LIME"};
        QCOMPARE(int(explainFace(detector, real, request).explanations.size()), 1); // classic is fine
    }
};

QTEST_GUILESS_MAIN(TestAlgorithmFidelity)
#include "test_algorithm_fidelity.moc"
