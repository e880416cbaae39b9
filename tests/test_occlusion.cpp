#include "core/Error.h"
#include "explain/ClassicFill.h"
#include "explain/ExplainerRegistry.h"
#include "explain/ExplanationRunner.h"
#include "explain/MaskedScorer.h"
#include "explain/OcclusionExplainer.h"
#include "explain/Segmentation.h"
#include "support/CliRunner.h"
#include "support/FunctionDetector.h"
#include "support/SyntheticDetector.h"
#include "support/TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <opencv2/core.hpp>

#include <cmath>
#include <cstring>
#include <set>

using namespace fakelens;

// Occlusion (Zeiler & Fergus 2014) and its adversarial form: the patch grid against its
// definition, the saliency of a detector that is linear in one region's mean against the closed
// form, and both fills against a detector whose evidence is one known patch.
class TestOcclusion : public QObject {
    Q_OBJECT

private:
    // The segment that holds most of the detector's patch: the right answer for "rank 1".
    static int patchSegment(const Segmentation& seg, const cv::Rect& patch, double* coverage) {
        std::vector<int> inside(size_t(seg.count), 0);
        for (int y = patch.y; y < patch.y + patch.height; ++y)
            for (int x = patch.x; x < patch.x + patch.width; ++x)
                ++inside[size_t(seg.labels.at<int>(y, x))];
        const int best = int(std::max_element(inside.begin(), inside.end()) - inside.begin());
        *coverage = double(inside[size_t(best)]) / patch.area();
        return best;
    }

    // 8 x 8 blocks of 32 px: segments whose means the test can take by hand.
    static Segmentation blockSegments() {
        Segmentation seg;
        seg.labels.create(256, 256, CV_32S);
        for (int y = 0; y < 256; ++y)
            for (int x = 0; x < 256; ++x)
                seg.labels.at<int>(y, x) = (y / 32) * 8 + x / 32;
        seg.count = 64;
        seg.areas.assign(64, 32 * 32);
        return seg;
    }

    // What an L-infinity attack of 16/255 does to the synthetic detector (whose score is linear
    // in the pixels): one signed step against the checkerboard inside the patch, which flattens
    // its texture past zero, plus a small fixed noise everywhere, as NES leaves it.
    static cv::Mat adversarialFill(const cv::Mat& image, const cv::Rect& patch) {
        cv::Mat fill = image.clone();
        cv::Mat noise(image.size(), CV_32FC3);
        cv::RNG rng(1234);
        rng.fill(noise, cv::RNG::UNIFORM, -4.0 / 255.0, 4.0 / 255.0);
        fill += noise;
        // The synthetic face is 0.5 + 0.06 * checker in the patch: the sign of its texture.
        for (int y = patch.y; y < patch.y + patch.height; ++y)
            for (int x = patch.x; x < patch.x + patch.width; ++x) {
                const float sign = image.at<cv::Vec3f>(y, x)[0] > 0.5f ? 1.0f : -1.0f;
                fill.at<cv::Vec3f>(y, x) = image.at<cv::Vec3f>(y, x) - cv::Vec3f::all(sign * 16.0f / 255.0f);
            }
        cv::min(cv::max(fill, 0.0), 1.0, fill);
        return fill;
    }

    static ExplainContext context(Detector& detector, const cv::Mat& image, const Segmentation& seg,
                                  const cv::Mat& fill) {
        ExplainContext ctx;
        ctx.detector = &detector;
        ctx.image = image;
        ctx.segments = &seg;
        ctx.fill = fill;
        ctx.seed = 7;
        return ctx;
    }

    static bool sameBits(const cv::Mat& a, const cv::Mat& b) {
        return a.size() == b.size() && a.type() == b.type() && a.isContinuous() &&
               b.isContinuous() && std::memcmp(a.data, b.data, a.total() * a.elemSize()) == 0;
    }

private Q_SLOTS:
    // The default grid at 256 px: 32-px patches every 16 px, 15 x 15 positions, the last flush.
    void defaultGridAt256() {
        const OcclusionExplainer occlusion(32, 16, 64);
        const std::vector<cv::Rect> patches = occlusion.patchesFor(cv::Size(256, 256));
        QCOMPARE(int(patches.size()), 225);
        QCOMPARE(occlusion.patchCount(cv::Size(256, 256)), 225);
        QCOMPARE(patches.front(), cv::Rect(0, 0, 32, 32));
        QCOMPARE(patches[1], cv::Rect(16, 0, 32, 32));
        QCOMPARE(patches[15], cv::Rect(0, 16, 32, 32));
        QCOMPARE(patches.back(), cv::Rect(224, 224, 32, 32));
        QCOMPARE(occlusion.name(), std::string("OCCLUSION"));
        QCOMPARE(occlusion.classicFill(), FillKind::Grey);
    }

    // Patch and stride scale with the input; every pixel is covered, the last patches are flush
    // with the edges, and the count matches the grid at any size and setting.
    void gridCoversEveryPixelAtAnySize() {
        const cv::Size sizes[] = {{256, 256}, {128, 128}, {100, 90}, {300, 256}, {224, 224}, {37, 41}};
        const int settings[][2] = {{32, 16}, {32, 32}, {4, 1}, {128, 128}, {33, 7}, {128, 50}};
        for (const cv::Size& size : sizes)
            for (const auto& s : settings) {
                const OcclusionExplainer occlusion(s[0], s[1], 64);
                const std::vector<cv::Rect> patches = occlusion.patchesFor(size);
                const QString what = QString("%1x%2 patch %3 stride %4")
                                         .arg(size.width).arg(size.height).arg(s[0]).arg(s[1]);
                QCOMPARE(occlusion.patchCount(size), int(patches.size()));
                const int side = std::min(size.width, size.height);
                const int expectedPatch = std::max(1, int(std::lround(s[0] * side / 256.0)));
                cv::Mat covered = cv::Mat::zeros(size, CV_32S);
                int maxRight = 0, maxBottom = 0;
                for (const cv::Rect& p : patches) {
                    QVERIFY2(p.width == expectedPatch && p.height == expectedPatch, qPrintable(what));
                    QVERIFY2((p & cv::Rect(cv::Point(), size)) == p, qPrintable(what));
                    covered(p) += 1;
                    maxRight = std::max(maxRight, p.x + p.width);
                    maxBottom = std::max(maxBottom, p.y + p.height);
                }
                QVERIFY2(cv::countNonZero(covered == 0) == 0, qPrintable(what));
                QCOMPARE(maxRight, size.width);
                QCOMPARE(maxBottom, size.height);
                std::set<std::pair<int, int>> corners;
                for (const cv::Rect& p : patches)
                    corners.insert({p.x, p.y});
                QVERIFY2(corners.size() == patches.size(), qPrintable(what + ": duplicate patches"));
            }
        QVERIFY_THROWS_EXCEPTION(Error, OcclusionExplainer(0, 1, 64));
        QVERIFY_THROWS_EXCEPTION(Error, OcclusionExplainer(32, 0, 64));
        QVERIFY_THROWS_EXCEPTION(Error, OcclusionExplainer(16, 32, 64)); // gaps between patches
    }

    // P(fake) = 0.2 + 0.5 * (mean over a region R of the channel mean): a grey patch P moves it
    // by 0.5 * sum over P and R of (pixel - 0.5) / |R|, and a pixel's saliency is the mean of
    // that over the patches covering it. The test lays out the 15 x 15 grid itself.
    void linearDetectorKnownAnswer() {
        const cv::Rect region(100, 61, 20, 23); // not aligned with the stride
        FunctionDetector detector(boxCopyCard("linear"), [&](const cv::Mat& input) {
            const cv::Scalar mean = cv::mean(input(region));
            return 0.2 + 0.5 * (mean[0] + mean[1] + mean[2]) / 3.0;
        });
        cv::Mat image(256, 256, CV_32FC3);
        cv::RNG rng(17);
        rng.fill(image, cv::RNG::UNIFORM, 0.0, 1.0);
        const Segmentation seg = blockSegments();
        const cv::Mat grey = makeFill(FillKind::Grey, image, seg);
        QCOMPARE(cv::norm(grey, cv::Mat(image.size(), CV_32FC3, cv::Scalar::all(0.5)), cv::NORM_INF), 0.0);

        std::vector<double> fractions;
        ExplainContext ctx = context(detector, image, seg, grey);
        ctx.progress = ProgressReporter([&](double f, const std::string&) { fractions.push_back(f); });
        const OcclusionExplainer occlusion(32, 16, 50);
        const Explanation e = occlusion.explain(ctx);

        cv::Mat sum = cv::Mat::zeros(256, 256, CV_64F), count = cv::Mat::zeros(256, 256, CV_64F);
        for (int y0 = 0; y0 <= 224; y0 += 16)
            for (int x0 = 0; x0 <= 224; x0 += 16) {
                double drop = 0.0;
                for (int y = y0; y < y0 + 32; ++y)
                    for (int x = x0; x < x0 + 32; ++x)
                        if (region.contains(cv::Point(x, y))) {
                            const cv::Vec3f p = image.at<cv::Vec3f>(y, x);
                            drop += 0.5 * ((p[0] + p[1] + p[2]) / 3.0 - 0.5) / region.area();
                        }
                sum(cv::Rect(x0, y0, 32, 32)) += drop;
                count(cv::Rect(x0, y0, 32, 32)) += 1.0;
            }
        const cv::Mat expected = sum / count;
        cv::Mat saliency;
        e.saliency.convertTo(saliency, CV_64F);
        double peak = 0;
        cv::minMaxLoc(cv::abs(expected), nullptr, &peak);
        QVERIFY2(peak > 1e-3, "the region must matter");
        const double error = cv::norm(saliency, expected, cv::NORM_INF);
        QVERIFY2(error < 1e-6, qPrintable(QString("saliency off by %1").arg(error)));

        // Segment scores: each block's mean saliency, ranked largest first.
        for (int s = 0; s < 64; ++s) {
            const cv::Rect block((s % 8) * 32, (s / 8) * 32, 32, 32);
            const double want = cv::mean(expected(block))[0];
            QVERIFY2(std::abs(e.segmentScores[size_t(s)] - want) < 1e-6, qPrintable(QString::number(s)));
        }
        for (size_t k = 1; k < e.ranking.size(); ++k)
            QVERIFY(e.segmentScores[size_t(e.ranking[k - 1])] >= e.segmentScores[size_t(e.ranking[k])]);

        // 225 patches + the face itself, in batches of 50, progress forward to 1.
        QCOMPARE(e.inferences, 226LL);
        QCOMPARE(detector.calls(), 5);
        QVERIFY(!fractions.empty());
        QCOMPARE(fractions.back(), 1.0);
        for (size_t i = 1; i < fractions.size(); ++i)
            QVERIFY(fractions[i] >= fractions[i - 1]);
    }

    // The synthetic detector's evidence is a 16-px checkerboard patch: occlusion with the grey
    // fill and with an adversarial fill both put the segment holding it first, and the hottest
    // pixel lies on it or within one stride of it.
    void bothFormsRankThePatchFirst() {
        SyntheticDetector detector;
        const cv::Mat image = makeSyntheticImage();
        const Segmentation seg = segmentSlic(image);
        double coverage = 0;
        const int target = patchSegment(seg, detector.patch(), &coverage);
        QVERIFY2(coverage > 0.5, "the synthetic patch should mostly be one segment");

        const cv::Mat adversarial = adversarialFill(image, detector.patch());
        QVERIFY(detector.fakeProbability(image) >= 0.5);
        QVERIFY2(detector.fakeProbability(adversarial) < 0.5, "the adversarial fill must remove the evidence");
        QVERIFY(cv::norm(adversarial, image, cv::NORM_INF) <= 16.0 / 255.0 + 1e-6);

        const OcclusionExplainer occlusion(32, 16, 64);
        const cv::Mat fills[] = {makeFill(occlusion.classicFill(), image, seg), adversarial};
        const char* names[] = {"OCCLUSION", "OCCLUSION_adv"};
        std::uint64_t digests[2] = {0, 0};
        for (int f = 0; f < 2; ++f) {
            const long long before = detector.forwardedImages();
            const Explanation e = occlusion.explain(context(detector, image, seg, fills[f]));
            qInfo("%s: top segments %d %d %d (patch segment %d, %.0f%% of the patch)", names[f],
                  e.ranking[0], e.ranking[1], e.ranking[2], target, 100 * coverage);
            QCOMPARE(e.inferences, 226LL);
            QCOMPARE(detector.forwardedImages() - before, 226LL);
            QCOMPARE(e.saliency.type(), CV_32F);
            QCOMPARE(e.saliency.size(), image.size());
            QCOMPARE(int(e.segmentScores.size()), seg.count);
            QCOMPARE(int(e.ranking.size()), seg.count);
            QCOMPARE(e.ranking[0], target);
            cv::Point hottest;
            cv::minMaxLoc(e.saliency, nullptr, nullptr, nullptr, &hottest);
            cv::Rect near = detector.patch();
            near.x -= 16, near.y -= 16, near.width += 32, near.height += 32;
            QVERIFY2(near.contains(hottest), qPrintable(QString("peak at %1,%2").arg(hottest.x).arg(hottest.y)));
            // Far from the patch nothing changes: no patch there touches it.
            QCOMPARE(double(e.saliency.at<float>(10, 10)), 0.0);
            double lo = 0, hi = 0;
            cv::minMaxLoc(e.saliencyDisplay, &lo, &hi);
            QVERIFY(std::abs(lo) <= 1e-6 && std::abs(hi - 1.0) <= 1e-6);
            digests[f] = e.designDigest;
        }
        // Both forms hide the same patches: only the fill differs.
        QCOMPARE(digests[0], digests[1]);
    }

    // No random numbers: the same input gives the same bits, whatever the seed and batch size.
    void deterministic() {
        SyntheticDetector detector;
        const cv::Mat image = makeSyntheticImage();
        const Segmentation seg = segmentSlic(image);
        const cv::Mat grey = makeFill(FillKind::Grey, image, seg);
        const Explanation a = OcclusionExplainer(32, 16, 64).explain(context(detector, image, seg, grey));
        ExplainContext other = context(detector, image, seg, grey);
        other.seed = 99;
        const Explanation b = OcclusionExplainer(32, 16, 7).explain(other);
        QVERIFY(sameBits(a.saliency, b.saliency));
        QCOMPARE(a.segmentScores, b.segmentScores);
        QCOMPARE(a.ranking, b.ranking);
    }

    // A cancel stops the forwards at the next batch.
    void cancelStopsBeforeTheNextBatch() {
        const cv::Mat image = makeSyntheticImage();
        const Segmentation seg = blockSegments();
        CancelToken cancel;
        int scored = 0;
        FunctionDetector detector(boxCopyCard("cancelling"), [&](const cv::Mat&) {
            if (++scored == 10)
                cancel.cancel();
            return 0.9;
        });
        ExplainContext ctx = context(detector, image, seg, makeFill(FillKind::Grey, image, seg));
        ctx.cancel = cancel;
        QVERIFY_THROWS_EXCEPTION(CancelledError, OcclusionExplainer(32, 16, 16).explain(ctx));
        QCOMPARE(detector.calls(), 1);
        QCOMPARE(scored, 16);
    }

    // The rest of FakeLens knows the method only through its descriptor and the keyed settings.
    void descriptorAndSettings() {
        const MethodDescriptor& m = methodDescriptor("occlusion");
        QCOMPARE(m.name, std::string("OCCLUSION"));
        QVERIFY(m.hasAdversarialForm);
        QVERIFY(!m.needsGradients);
        QVERIFY(m.classicFill == FillKind::Grey);
        ExplainerSettings s;
        QCOMPARE(s.integer("OCCLUSION", "patch"), 32);
        QCOMPARE(s.integer("OCCLUSION", "stride"), 16);
        QCOMPARE(m.expectedForwards(s), 226.0); // 15 x 15 patches + the face
        s.scaleToSamples(100);                  // --samples leaves the grid alone
        QCOMPARE(s.integer("OCCLUSION", "patch"), 32);
        s.set("OCCLUSION", "stride", 32);
        QCOMPARE(m.expectedForwards(s), 65.0); // 8 x 8 + 1
        QVERIFY_THROWS_EXCEPTION(Error, s.set("OCCLUSION", "patch", 3));
        QVERIFY_THROWS_EXCEPTION(Error, s.set("OCCLUSION", "stride", 129));
        QVERIFY_THROWS_EXCEPTION(Error, s.set("OCCLUSION", "patch", 31.5));
        s.set("OCCLUSION", "patch", 8); // stride 32 > patch 8: refused when the explainer is made
        QVERIFY_THROWS_EXCEPTION(Error, createExplainer("OCCLUSION", s));
    }

    // Through the runner: OCCLUSION with its grey fill and OCCLUSION_adv with the real NES
    // sample both find the synthetic patch.
    void runnerExplainsBothForms() {
        SyntheticDetector detector;
        const cv::Mat image = makeSyntheticImage();
        ExplainRequest request;
        request.methods = {"occlusion,occlusion_adv"};
        request.seed = 2025;
        const ExplainReport report = explainFace(detector, image, request);
        QVERIFY(report.adversarial.has_value() && report.adversarial->flipped);
        QCOMPARE(int(report.explanations.size()), 2);
        double coverage = 0;
        const int target = patchSegment(report.segments, detector.patch(), &coverage);
        const char* names[] = {"OCCLUSION", "OCCLUSION_adv"};
        for (int i = 0; i < 2; ++i) {
            const Explanation& e = report.explanations[size_t(i)];
            qInfo("%s: top segments %d %d (patch segment %d)", e.method.c_str(), e.ranking[0], e.ranking[1], target);
            QCOMPARE(e.method, std::string(names[i]));
            QCOMPARE(e.inferences, 226LL);
            QCOMPARE(e.ranking[0], target);
        }
        QCOMPARE(report.explanations[0].designDigest, report.explanations[1].designDigest);
    }

    // --param occlusion.KEY is checked by the descriptor: a clear error naming method and key.
    void cliRefusesABadParameter() {
        const QString face = testpaths::shared("samples/faces/fake/df00204.jpg");
        const QString model = testpaths::kerasWeights("Meso4_DF");
        CliResult r = runCli({"explain", face, "--no-detect", "--model", model, "--method", "occlusion",
                              "--param", "occlusion.patch=abc"});
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("occlusion.patch") && r.err.contains("not a number"), r.err.constData());
        r = runCli({"explain", face, "--no-detect", "--model", model, "--method", "occlusion", "--param",
                    "occlusion.stride=500"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("occlusion.stride") && r.err.contains("out of range"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        // In range alone, but longer than the patch: checked with the options, before any model
        // loads (the model given does not exist), as a usage error naming the key.
        r = runCli({"explain", face, "--no-detect", "--model", testpaths::output("no-such-model.h5"), "--method",
                    "occlusion", "--param", "occlusion.stride=64"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("occlusion.stride: the stride (64 px) must not exceed the patch (32 px)") &&
                     !r.err.contains("no-such-model"),
                 r.err.constData());
    }

    // Both forms on the bundled fake face with Meso4_DF, from the command line.
    void cliExplainsTheBundledFace() {
        const QString face = testpaths::shared("samples/faces/fake/df00204.jpg");
        const CliResult r = runCli({"explain", face, "--no-detect", "--model", testpaths::kerasWeights("Meso4_DF"),
                                    "--method", "occlusion,occlusion_adv", "--json"},
                                   300000);
        QVERIFY(r.finished);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        const QJsonArray faces = doc["faces"].toArray();
        QCOMPARE(faces.size(), 1);
        const QJsonArray explanations = faces[0].toObject()["explanations"].toArray();
        QCOMPARE(explanations.size(), 2);
        QCOMPARE(explanations[0].toObject()["method"].toString(), QString("OCCLUSION"));
        QCOMPARE(explanations[1].toObject()["method"].toString(), QString("OCCLUSION_adv"));
        const int segments = faces[0].toObject()["segments"].toInt();
        for (const QJsonValue& v : explanations) {
            const QJsonObject e = v.toObject();
            QCOMPARE(e["inferences"].toInt(), 226);
            QCOMPARE(e["ranking"].toArray().size(), segments);
            // Hiding part of a face the detector is sure about lowers P(fake) somewhere.
            double top = -1;
            for (const QJsonValue& score : e["segment_scores"].toArray())
                top = std::max(top, score.toDouble());
            QVERIFY2(top > 0, qPrintable(e["method"].toString()));
        }
    }
};

QTEST_GUILESS_MAIN(TestOcclusion)
#include "test_occlusion.moc"
