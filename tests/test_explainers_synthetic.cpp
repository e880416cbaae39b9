#include "core/Error.h"
#include "explain/AdversarialSampleCache.h"
#include "explain/ExplainerRegistry.h"
#include "explain/ExplanationRunner.h"
#include "explain/HeatmapRenderer.h"
#include "support/SyntheticDetector.h"

#include <QtTest>

#include <opencv2/imgproc.hpp>

#include <cstring>

using namespace fakelens;

// Every registered method through the runner on a detector whose evidence is one known patch: each
// must rank a segment covering the patch first. Also the runner's contract: names, seeds that do
// not depend on the other methods, the shared NES sample, progress and cancel.
class TestExplainersSynthetic : public QObject {
    Q_OBJECT

private:
    // Small sample counts keep the test fast; the patch is strong enough for all of them.
    static ExplainRequest smallRequest(std::vector<std::string> methods) {
        ExplainRequest request;
        request.methods = std::move(methods);
        request.settings.set("LIME", "samples", 300);
        request.settings.set("SHAP", "evaluations", 300);
        request.settings.set("SOBOL", "designs", 16);
        // RISE's 7x7 masks are coarse, so neighbours of the patch's segment score almost as
        // high; with the adversarial fill (which only just flips P(fake) below 0.5) the contrast
        // is small, and the paper's 4000 masks are needed to separate them reliably.
        request.settings.set("RISE", "masks", 4000);
        request.seed = 2025;
        return request;
    }

    static bool sameMat(const cv::Mat& a, const cv::Mat& b) {
        return a.size() == b.size() && a.type() == b.type() &&
               std::memcmp(a.data, b.data, a.total() * a.elemSize()) == 0;
    }

private Q_SLOTS:
    void registryNamesAndParsing() {
        QCOMPARE(explainerNames(), (std::vector<std::string>{"LIME", "SHAP", "SOBOL", "RISE", "OCCLUSION", "GRADCAM"}));
        QCOMPARE(allMethodNames().size(), size_t(11)); // GRADCAM has no _adv form
        QCOMPARE(allMethodNames(false).size(), size_t(10)); // nor runs without gradients
        QCOMPARE(parseMethodName("lime_adv").display(), std::string("LIME_adv"));
        QCOMPARE(parseMethodName(" Rise ").display(), std::string("RISE"));
        QVERIFY(parseMethodName("SHAP_ADV").adversarial);
        QCOMPARE(expandMethodNames({"all"}), allMethodNames());
        QCOMPARE(expandMethodNames({"lime,shap_adv", "LIME"}),
                 (std::vector<std::string>{"LIME", "SHAP_adv"}));
        QVERIFY_THROWS_EXCEPTION(Error, parseMethodName("gradcam_adv")); // no _adv form
        QVERIFY_THROWS_EXCEPTION(Error, parseMethodName("_adv"));
        for (const std::string& name : explainerNames()) {
            const auto explainer = createExplainer(name, ExplainerSettings{});
            QCOMPARE(explainer->name(), name);
        }
    }

    void allEightMethodsFindThePatch() {
        SyntheticDetector detector;
        const cv::Mat image = makeSyntheticImage();
        const ExplainRequest request = smallRequest({"all"});
        std::vector<double> fractions;
        const ProgressReporter progress([&](double f, const std::string&) { fractions.push_back(f); });
        const ExplainReport report = explainFace(detector, image, request, progress);

        QVERIFY(report.fakeProbability >= 0.5);
        QVERIFY(report.adversarial.has_value());
        QVERIFY2(report.adversarial->flipped, "the NES sample must flip the synthetic detector");
        QVERIFY(report.adversarial->linf <= request.nes.epsilon + 1e-6);
        QCOMPARE(report.explanations.size(), allMethodNames(false).size());

        cv::Mat patchMask = cv::Mat::zeros(image.size(), CV_8U);
        patchMask(detector.patch()).setTo(255);
        const std::vector<std::string> names = allMethodNames(false); // the synthetic detector has no gradients
        for (size_t i = 0; i < report.explanations.size(); ++i) {
            const Explanation& e = report.explanations[i];
            QCOMPARE(e.method, names[i]);
            QCOMPARE(int(e.segmentScores.size()), report.segments.count);
            QCOMPARE(int(e.ranking.size()), report.segments.count);
            QVERIFY(e.inferences > 0);
            QVERIFY(e.seconds > 0);
            QCOMPARE(e.saliency.type(), CV_32F);
            double lo = 0, hi = 0;
            cv::minMaxLoc(e.saliencyDisplay, &lo, &hi);
            QVERIFY2(lo >= 0.0 && lo < 1e-5 && hi <= 1.0 && hi > 1.0 - 1e-5, e.method.c_str());
            const cv::Mat top = report.segments.maskOf({e.ranking.front()});
            const int overlap = cv::countNonZero(top & patchMask);
            qInfo("%-9s top segment %2d overlaps the patch by %3d px, %lld inferences, %.2f s",
                  e.method.c_str(), e.ranking.front(), overlap, e.inferences, e.seconds);
            QVERIFY2(overlap > 0, e.method.c_str());
        }
        // Progress runs forward from 0 to 1.
        QVERIFY(!fractions.empty());
        QCOMPARE(fractions.back(), 1.0);
        for (size_t i = 1; i < fractions.size(); ++i)
            QVERIFY(fractions[i] >= fractions[i - 1] - 1e-12);

        const cv::Mat overlay = renderHeatmapOverlay(report.explanations.front().saliencyDisplay, image);
        QCOMPARE(overlay.type(), CV_8UC3);
        QCOMPARE(overlay.size(), image.size());
        const cv::Mat outlined = renderTopSegments(image, report.segments, report.explanations.front().ranking, 3);
        QCOMPARE(outlined.type(), CV_8UC3);
    }

    // A method's seed comes from the request seed and its own name only.
    void resultDoesNotDependOnTheOtherMethods() {
        SyntheticDetector detector;
        const cv::Mat image = makeSyntheticImage();
        const ExplainReport alone = explainFace(detector, image, smallRequest({"LIME_adv"}));
        const ExplainReport together = explainFace(detector, image, smallRequest({"SHAP", "LIME_adv", "LIME"}));
        QCOMPARE(together.explanations[1].method, std::string("LIME_adv"));
        QVERIFY(sameMat(alone.explanations[0].saliency, together.explanations[1].saliency));
        QVERIFY(!sameMat(together.explanations[1].saliency, together.explanations[2].saliency));
        ExplainRequest other = smallRequest({"LIME_adv"});
        other.seed = 7;
        const ExplainReport reseeded = explainFace(detector, image, other);
        QVERIFY(!sameMat(alone.explanations[0].saliency, reseeded.explanations[0].saliency));
    }

    void nesSampleIsCachedAndShared() {
        SyntheticDetector detector;
        const cv::Mat image = makeSyntheticImage();
        AdversarialSampleCache cache(4);
        const ExplainRequest request = smallRequest({"LIME_adv"});
        const long long f0 = detector.forwardedImages();
        const ExplainReport first = explainFace(detector, image, request, {}, {}, &cache);
        const long long firstForwards = detector.forwardedImages() - f0;
        QCOMPARE(cache.size(), size_t(1));
        const long long f1 = detector.forwardedImages();
        const ExplainReport second = explainFace(detector, image, request, {}, {}, &cache);
        const long long secondForwards = detector.forwardedImages() - f1;
        QCOMPARE(cache.size(), size_t(1));
        // The second run skips the attack: only the face's score and LIME's samples remain.
        QCOMPARE(secondForwards, 1 + request.settings.integer("LIME", "samples"));
        QCOMPARE(firstForwards, secondForwards + first.adversarial->inferences);
        QVERIFY(sameMat(first.adversarial->adversarial, second.adversarial->adversarial));
        QVERIFY(sameMat(first.explanations[0].saliency, second.explanations[0].saliency));

        // Another seed or other settings are another sample; the LRU keeps `capacity` of them.
        for (std::uint64_t seed = 1; seed <= 5; ++seed) {
            NesSettings nes;
            nes.maxIterations = 1;
            cache.getOrCompute(detector, first.image, nes, seed, {}, {});
        }
        QCOMPARE(cache.size(), size_t(4));
    }

    void cancelStopsTheRunner() {
        SyntheticDetector detector;
        const cv::Mat image = makeSyntheticImage();
        CancelToken cancel;
        ExplainRequest request = smallRequest({"LIME", "SHAP_adv"});
        request.settings.batchSize = 16;
        int reports = 0;
        const ProgressReporter progress([&](double, const std::string&) {
            if (++reports == 5)
                cancel.cancel();
        });
        QVERIFY_THROWS_EXCEPTION(CancelledError, explainFace(detector, image, request, progress, cancel));
    }

    void rejectsBadRequests() {
        SyntheticDetector detector;
        const cv::Mat image = makeSyntheticImage();
        QVERIFY_THROWS_EXCEPTION(Error, explainFace(detector, image, smallRequest({})));
        QVERIFY_THROWS_EXCEPTION(Error, explainFace(detector, image, smallRequest({"LIME", "no_such_method"})));
        QVERIFY_THROWS_EXCEPTION(Error, explainFace(detector, cv::Mat(), smallRequest({"LIME"})));
    }

    void acceptsEightBitFacesOfAnySize() {
        SyntheticDetector detector;
        cv::Mat image8;
        makeSyntheticImage().convertTo(image8, CV_8UC3, 255.0);
        const ExplainReport report = explainFace(detector, image8, smallRequest({"LIME"}));
        QCOMPARE(report.image.type(), CV_32FC3);
        QCOMPARE(report.image.size(), cv::Size(256, 256));
        cv::Mat larger;
        cv::resize(image8, larger, cv::Size(300, 300));
        QCOMPARE(explainFace(detector, larger, smallRequest({"LIME"})).image.size(), cv::Size(256, 256));
    }
};

QTEST_GUILESS_MAIN(TestExplainersSynthetic)
#include "test_explainers_synthetic.moc"
