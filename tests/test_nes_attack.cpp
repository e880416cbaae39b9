#include "core/Error.h"
#include "explain/NesAttack.h"
#include "models/DetectorFactory.h"
#include "support/SyntheticDetector.h"
#include "support/TestPaths.h"

#include <QtTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <atomic>
#include <chrono>
#include <cstring>
#include <thread>

using namespace fakelens;

// NES adversarial sample (Algorithm 1): flips the detector within M iterations, stays inside
// the delta-ball, counts its inferences, is seeded, honours the mask and the cancel token, and
// the paper-compatible option follows the paper's step rule instead of projecting.
class TestNesAttack : public QObject {
    Q_OBJECT

private:
    static bool sameImage(const cv::Mat& a, const cv::Mat& b) {
        return a.size() == b.size() && a.type() == b.type() &&
               std::memcmp(a.data, b.data, a.total() * a.elemSize()) == 0;
    }

    static cv::Mat loadFace(Detector& detector, const QString& relative) {
        const cv::Mat bgr = cv::imread(testpaths::shared(relative).toStdString(), cv::IMREAD_COLOR);
        if (bgr.empty())
            return {};
        cv::Mat rgb;
        cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
        return detector.prepareInput(rgb);
    }

    static std::unique_ptr<Detector> loadMeso4Df() {
        const QString weights = testpaths::kerasWeights("Meso4_DF");
        if (!QFileInfo::exists(weights))
            return nullptr;
        DetectorOptions options;
        options.device = DeviceChoice::Cpu;
        options.threads = 2;
        return loadDetector(weights.toStdString(), options);
    }

private Q_SLOTS:
    void flipsTheSyntheticDetector() {
        SyntheticDetector detector;
        const cv::Mat image = makeSyntheticImage();
        QVERIFY(detector.fakeProbability(image) >= 0.5f);
        const long long before = detector.forwardedImages();

        const NesSettings settings; // the paper's: sigma 0.001, n 40, alpha 1/255, delta 16/255, M 80
        const NesResult r = runNes(detector, image, settings, 7);
        qInfo("synthetic: %d iterations, %lld inferences, P(real) %.3f, Linf %.4f, L2 %.3f, %.2f s",
              r.iterations, r.inferences, r.finalRealProbability, r.linf, r.l2, r.seconds);
        QVERIFY(r.flipped);
        QVERIFY(r.iterations >= 1 && r.iterations <= settings.maxIterations);
        QVERIFY(r.finalRealProbability > 0.5);
        QVERIFY(r.linf <= settings.epsilon + 1e-6);
        QVERIFY(r.l2 > 0);
        // One check per iteration plus the final one, and 2n probes per iteration.
        QCOMPARE(r.inferences, (long long)(r.iterations + 1) + 2LL * settings.samples * r.iterations);
        QCOMPARE(r.inferences, detector.forwardedImages() - before);
        QCOMPARE(int(r.realProbabilityCurve.size()), r.iterations + 1);
        QCOMPARE(r.realProbabilityCurve.back(), r.finalRealProbability);
        // The adversarial image is valid and its verdict is what the result says.
        double lo = 0, hi = 0;
        cv::minMaxLoc(r.adversarial.reshape(1), &lo, &hi);
        QVERIFY(lo >= 0.0 && hi <= 1.0);
        QVERIFY(detector.fakeProbability(r.adversarial) < 0.5f);
        QVERIFY(detector.textureScore(r.adversarial) < SyntheticDetector::kOffset);
    }

    void stopsAtOnceWhenAlreadyReal() {
        SyntheticDetector detector;
        const cv::Mat plain(256, 256, CV_32FC3, cv::Scalar(0.4, 0.5, 0.6));
        const NesResult r = runNes(detector, plain, NesSettings{}, 1);
        QVERIFY(r.flipped);
        QCOMPARE(r.iterations, 0);
        QCOMPARE(r.inferences, 1LL);
        QCOMPARE(r.linf, 0.0);
        QVERIFY(sameImage(r.adversarial, plain));
    }

    void isSeeded() {
        SyntheticDetector detector;
        const cv::Mat image = makeSyntheticImage();
        NesSettings settings;
        settings.maxIterations = 6;
        const NesResult a = runNes(detector, image, settings, 11);
        const NesResult b = runNes(detector, image, settings, 11);
        const NesResult d = runNes(detector, image, settings, 12);
        QVERIFY(sameImage(a.adversarial, b.adversarial));
        QCOMPARE(a.realProbabilityCurve, b.realProbabilityCurve);
        QVERIFY(!sameImage(a.adversarial, d.adversarial));
    }

    void maskRestrictsTheChange() {
        SyntheticDetector detector;
        const cv::Mat image = makeSyntheticImage();
        NesSettings settings;
        settings.mask = cv::Mat::zeros(256, 256, CV_8U);
        const cv::Rect region = detector.patch() + cv::Size(8, 8) - cv::Point(4, 4);
        settings.mask(region).setTo(255);
        const NesResult r = runNes(detector, image, settings, 3);
        QVERIFY(r.flipped);
        cv::Mat outside = cv::Mat::ones(256, 256, CV_8U);
        outside(region).setTo(0);
        cv::Mat diff;
        cv::absdiff(r.adversarial, image, diff);
        cv::Mat diffGray;
        cv::transform(diff, diffGray, cv::Matx13f(1, 1, 1));
        double maxOutside = 0;
        cv::minMaxLoc(diffGray, nullptr, &maxOutside, nullptr, nullptr, outside);
        QCOMPARE(maxOutside, 0.0);
        QVERIFY(r.linf > 0 && r.linf <= settings.epsilon + 1e-6);
    }

    // Algorithm 1 projects x_adv onto the delta-ball around x; the paper's code only clips each
    // step alpha*sign(g) to delta. With delta < alpha every paper step is exactly delta, so after
    // k steps the change reaches k*delta where the sign stayed the same; the projecting version
    // never leaves the ball.
    void paperCompatibleClipsStepsInsteadOfProjecting() {
        SyntheticDetector detector;
        const cv::Mat image = makeSyntheticImage();
        NesSettings settings;
        settings.epsilon = 0.25 / 255;
        settings.maxIterations = 4; // too few tiny steps to flip: all four are taken
        const NesResult projected = runNes(detector, image, settings, 5);
        settings.paperCompatible = true;
        const NesResult paper = runNes(detector, image, settings, 5);
        QVERIFY(!projected.flipped && !paper.flipped);
        QCOMPARE(paper.iterations, 4);
        QVERIFY(projected.linf <= settings.epsilon + 1e-6);
        // Some of the 196608 values kept their sign four times (p = 1/8 each).
        QVERIFY2(std::abs(paper.linf - 4 * settings.epsilon) < 1e-6, qPrintable(QString::number(paper.linf)));
        // Every change is a whole number of delta steps (no value here is near 0 or 1).
        cv::Mat change = paper.adversarial - image;
        change = change.reshape(1) / settings.epsilon;
        for (int i = 0; i < int(change.total()); ++i) {
            const float k = change.ptr<float>()[i];
            QVERIFY(std::abs(k - std::round(k)) < 1e-3);
        }
        // With the default delta the paper's rule also lets the change grow past delta.
        settings = NesSettings{};
        settings.alpha = 8.0 / 255;
        settings.maxIterations = 3;
        settings.paperCompatible = true;
        const cv::Mat neverFlips(256, 256, CV_32FC3, cv::Scalar(0.5, 0.5, 0.5));
        SyntheticDetector alwaysFake(cv::Rect(0, 0, 256, 256));
        cv::Mat checker = neverFlips.clone();
        for (int y = 0; y < 256; ++y)
            for (int x = 0; x < 256; ++x) {
                const float t = ((x + y) & 1) ? -0.09f : 0.09f; // P(fake) 0.95, not saturated
                checker.at<cv::Vec3f>(y, x) += cv::Vec3f(t, t, t);
            }
        QVERIFY(alwaysFake.fakeProbability(checker) > 0.9f);
        const NesResult grown = runNes(alwaysFake, checker, settings, 9);
        QVERIFY(!grown.flipped);
        QVERIFY2(grown.linf > settings.epsilon + 1e-3, qPrintable(QString::number(grown.linf)));
    }

    void cancelStopsPromptly() {
        SyntheticDetector detector;
        const cv::Mat image = makeSyntheticImage();
        CancelToken cancel;
        int reports = 0;
        ProgressReporter progress([&](double, const std::string& stage) {
            QCOMPARE(stage, std::string("nes"));
            if (++reports == 3)
                cancel.cancel();
        });
        NesSettings settings;
        settings.batchSize = 20;
        QVERIFY_THROWS_EXCEPTION(CancelledError, runNes(detector, image, settings, 1, progress, cancel));
    }

    void rejectsBadInput() {
        SyntheticDetector detector;
        QVERIFY_THROWS_EXCEPTION(Error, runNes(detector, cv::Mat(100, 100, CV_32FC3), NesSettings{}, 0));
        NesSettings bad;
        bad.samples = 0;
        QVERIFY_THROWS_EXCEPTION(Error, runNes(detector, makeSyntheticImage(), bad, 0));
        bad = NesSettings{};
        bad.mask = cv::Mat::ones(10, 10, CV_8U);
        QVERIFY_THROWS_EXCEPTION(Error, runNes(detector, makeSyntheticImage(), bad, 0));
    }

    void flipsMeso4DfOnSampleFakes_data() {
        QTest::addColumn<QString>("face");
        QTest::newRow("df00204") << "samples/faces/fake/df00204.jpg";
        QTest::newRow("df01254") << "samples/faces/fake/df01254.jpg";
    }
    void flipsMeso4DfOnSampleFakes() {
        QFETCH(QString, face);
        const std::unique_ptr<Detector> detector = loadMeso4Df();
        if (!detector)
            QFAIL("cannot run this check: Meso4_DF weights not available");
        const cv::Mat image = loadFace(*detector, face);
        if (image.empty())
            QFAIL("cannot run this check: sample face not available");
        QVERIFY(detector->card().isFake(detector->fakeProbability(image)));

        const NesSettings settings; // M = 80, the explanation setting
        const NesResult r = runNes(*detector, image, settings, 0);
        qInfo("%s: %d iterations, %lld inferences, P(real) %.3f, Linf %.4f (delta %.4f), L2 %.3f, %.2f s",
              qPrintable(face), r.iterations, r.inferences, r.finalRealProbability, r.linf,
              settings.epsilon, r.l2, r.seconds);
        QVERIFY(r.flipped);
        QVERIFY(r.iterations <= settings.maxIterations);
        QVERIFY(r.linf <= settings.epsilon + 1e-6);
        QVERIFY(!detector->card().isFake(detector->fakeProbability(r.adversarial)));
        QCOMPARE(r.inferences, (long long)(r.iterations + 1) + 2LL * settings.samples * r.iterations);
    }

    // A cancel from another thread ends a real attack within one detector batch: the token is
    // checked before every detector call, so once it is set no new forward begins (one that
    // passed its check just before may still start). Counted, not timed: how long the stop
    // takes is `fakelens-cli bench --cancel-latency`'s to report (issue 16).
    void cancelOnRealDetectorWithinOneBatch() {
        const std::unique_ptr<Detector> detector = loadMeso4Df();
        if (!detector)
            QFAIL("cannot run this check: Meso4_DF weights not available");
        const cv::Mat image = loadFace(*detector, "samples/faces/fake/df00204.jpg");
        if (image.empty())
            QFAIL("cannot run this check: sample face not available");

        CancelToken cancel;
        CallsAfterCancel counting(*detector, cancel);
        std::atomic<bool> started{false};
        ProgressReporter progress([&](double fraction, const std::string&) {
            if (fraction > 0)
                started = true;
        });
        bool threw = false;
        std::thread worker([&] {
            try {
                runNes(counting, image, NesSettings{}, 0, progress, cancel);
            } catch (const CancelledError&) {
                threw = true;
            }
        });
        while (!started)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
        const auto cancelledAt = std::chrono::steady_clock::now();
        cancel.cancel();
        worker.join();
        qInfo("stopped %.0f ms after the cancel; %d forward call(s) before it, %d begun after it",
              std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - cancelledAt).count(),
              counting.callsBefore.load(), counting.callsAfter.load());
        QVERIFY(threw);
        QVERIFY(counting.callsBefore > 0); // the attack was running when it was cancelled
        QVERIFY2(counting.callsAfter <= 1, qPrintable(QString::number(counting.callsAfter.load())));
    }

private:
    // Passes every call to the real detector and counts the forwards begun before and after
    // `cancel` was set.
    class CallsAfterCancel : public Detector {
    public:
        CallsAfterCancel(Detector& real, const CancelToken& cancel) : real_(real), cancel_(cancel) {}
        using Detector::fakeProbabilities;
        const ModelCard& card() const override { return real_.card(); }
        std::string deviceName() const override { return real_.deviceName(); }
        std::string modelPath() const override { return real_.modelPath(); }
        int batchSize() const override { return real_.batchSize(); }
        void setBatchSize(int images) override { real_.setBatchSize(images); }
        std::vector<double> fakeProbabilities(const float* nhwc, int count) override {
            ++(cancel_.isCancelled() ? callsAfter : callsBefore);
            return real_.fakeProbabilities(nhwc, count);
        }
        std::atomic<int> callsBefore{0};
        std::atomic<int> callsAfter{0};

    private:
        Detector& real_;
        const CancelToken& cancel_;
    };
};

QTEST_GUILESS_MAIN(TestNesAttack)
#include "test_nes_attack.moc"
