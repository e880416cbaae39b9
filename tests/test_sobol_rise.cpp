#include "core/Error.h"
#include "explain/ClassicFill.h"
#include "explain/RiseExplainer.h"
#include "explain/Segmentation.h"
#include "explain/SobolExplainer.h"
#include "explain/SobolIndices.h"
#include "support/SyntheticDetector.h"

#include <QElapsedTimer>
#include <QtTest>

#include <opencv2/imgproc.hpp>

#include <cmath>
#include <cstring>
#include <set>

using namespace fakelens;

// SOBOL and RISE: the scrambled design and the Jansen estimator against known answers, RISE's
// masks against their definition, and both explainers against a detector whose evidence is one
// known patch.
class TestSobolRise : public QObject {
    Q_OBJECT

private:
    static constexpr double kPi = 3.14159265358979323846;

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

    // A stand-in for an adversarial sample: the face with the patch's texture flattened and a
    // small fixed noise everywhere, the kind of image NES returns within 16/255.
    static cv::Mat alternativeFill(const cv::Mat& image, const cv::Rect& patch) {
        cv::Mat fill = image.clone();
        fill(patch).setTo(cv::Scalar(0.5, 0.5, 0.5));
        cv::Mat noise(image.size(), CV_32FC3);
        cv::RNG rng(1234);
        rng.fill(noise, cv::RNG::UNIFORM, -4.0 / 255.0, 4.0 / 255.0);
        fill += noise;
        cv::min(cv::max(fill, 0.0), 1.0, fill);
        return fill;
    }

    static bool sameBits(const cv::Mat& a, const cv::Mat& b) {
        return a.size() == b.size() && a.type() == b.type() && a.isContinuous() &&
               b.isContinuous() && std::memcmp(a.data, b.data, a.total() * a.elemSize()) == 0;
    }

    struct Scene {
        SyntheticDetector detector;
        cv::Mat image = makeSyntheticImage();
        Segmentation segments = segmentSlic(image);
        ExplainContext context(const cv::Mat& fill, std::uint64_t seed) {
            ExplainContext ctx;
            ctx.detector = &detector;
            ctx.image = image;
            ctx.segments = &segments;
            ctx.fill = fill;
            ctx.seed = seed;
            return ctx;
        }
    };

    static ExplainerSettings reducedSettings() {
        ExplainerSettings s; // SOBOL at the paper's 8 x 8 and 32 designs (2112 forwards)
        s.set("RISE", "masks", 1000);  // RISE reduced from 4000 to keep the test short
        return s;
    }

    // Runs one explainer with its classic fill and with the alternative fill and checks that the
    // segment holding the patch comes first in both.
    static void checkRanksPatchFirst(const Explainer& explainer, long long expectedForwards) {
        Scene scene;
        double coverage = 0;
        const int target = patchSegment(scene.segments, scene.detector.patch(), &coverage);
        QVERIFY2(coverage > 0.5, "the synthetic patch should mostly be one segment");

        const cv::Mat fills[] = {makeFill(explainer.classicFill(), scene.image, scene.segments),
                                 alternativeFill(scene.image, scene.detector.patch())};
        const char* fillNames[] = {"classic", "alternative"};
        for (int f = 0; f < 2; ++f) {
            const long long before = scene.detector.forwardedImages();
            QElapsedTimer timer;
            timer.start();
            const Explanation e = explainer.explain(scene.context(fills[f], 7));
            const double seconds = timer.elapsed() / 1000.0;
            qInfo("%s %s fill: top segments %d %d %d (patch segment %d, %.0f%% of the patch), "
                  "%lld forwards in %.2f s",
                  explainer.name().c_str(), fillNames[f], e.ranking[0], e.ranking[1], e.ranking[2],
                  target, 100 * coverage, e.inferences, seconds);
            QCOMPARE(e.inferences, expectedForwards);
            QCOMPARE(scene.detector.forwardedImages() - before, expectedForwards);
            QCOMPARE(e.saliency.type(), CV_32F);
            QCOMPARE(e.saliency.size(), scene.image.size());
            QCOMPARE(int(e.segmentScores.size()), scene.segments.count);
            QCOMPARE(int(e.ranking.size()), scene.segments.count);
            QCOMPARE(std::set<int>(e.ranking.begin(), e.ranking.end()).size(),
                     size_t(scene.segments.count));
            for (size_t k = 1; k < e.ranking.size(); ++k)
                QVERIFY(e.segmentScores[size_t(e.ranking[k - 1])] >=
                        e.segmentScores[size_t(e.ranking[k])]);
            double lo = 0, hi = 0;
            cv::minMaxLoc(e.saliencyDisplay, &lo, &hi);
            QVERIFY2(lo >= -1e-6 && lo <= 1e-6 && hi >= 1.0 - 1e-6 && hi <= 1.0 + 1e-6,
                     qPrintable(QString("display range [%1, %2]").arg(lo).arg(hi)));
            QCOMPARE(e.ranking[0], target);
            // The hottest pixel lies on or right next to the patch (SOBOL's cells are 32 px).
            cv::Point peak;
            cv::minMaxLoc(e.saliency, nullptr, nullptr, nullptr, &peak);
            cv::Rect near = scene.detector.patch();
            near.x -= 16, near.y -= 16, near.width += 32, near.height += 32;
            QVERIFY2(near.contains(peak), qPrintable(QString("peak at %1,%2").arg(peak.x).arg(peak.y)));
        }
    }

    static void checkSeeds(const Explainer& explainer) {
        Scene scene;
        const cv::Mat fill = makeFill(explainer.classicFill(), scene.image, scene.segments);
        const Explanation a = explainer.explain(scene.context(fill, 42));
        const Explanation b = explainer.explain(scene.context(fill, 42));
        const Explanation c = explainer.explain(scene.context(fill, 43));
        QVERIFY(sameBits(a.saliency, b.saliency));
        QCOMPARE(a.segmentScores, b.segmentScores);
        QCOMPARE(a.ranking, b.ranking);
        QVERIFY(!sameBits(a.saliency, c.saliency));
        QVERIFY(cv::norm(a.saliency, c.saliency, cv::NORM_INF) > 1e-4);
    }

private Q_SLOTS:
    // Scrambling must keep the net: the first 2^m points stratify every axis into 2^m cells, and
    // the first two axes (a (0,m,2)-net) every dyadic box of area 2^-m.
    void scrambledSobolKeepsStratification() {
        const int n = 32, dims = 128;
        const std::vector<double> p = scrambledSobolPoints(n, dims, 99);
        for (int d = 0; d < dims; ++d) {
            std::vector<int> hits(n, 0);
            for (int i = 0; i < n; ++i) {
                const double v = p[size_t(i) * dims + d];
                QVERIFY(v >= 0.0 && v < 1.0);
                ++hits[size_t(std::floor(v * n))];
            }
            QVERIFY2(std::count(hits.begin(), hits.end(), 1) == n, qPrintable(QString::number(d)));
        }
        for (int k = 0; k <= 5; ++k) {
            const int cols = 1 << k, rows = n / cols;
            std::vector<int> hits(size_t(n), 0);
            for (int i = 0; i < n; ++i) {
                const int cx = int(p[size_t(i) * dims] * cols);
                const int cy = int(p[size_t(i) * dims + 1] * rows);
                ++hits[size_t(cy * cols + cx)];
            }
            QVERIFY(std::count(hits.begin(), hits.end(), 1) == n);
        }
        // The seed moves the points; the same seed repeats them.
        QVERIFY(scrambledSobolPoints(n, dims, 99) == p);
        QVERIFY(scrambledSobolPoints(n, dims, 100) != p);
        QVERIFY_THROWS_EXCEPTION(Error, scrambledSobolPoints(4, 5000, 1));
    }

    // Fel's replicated design: A, B, then C_i = A with column i from B.
    void designLayout() {
        const SobolDesign s = makeSobolDesign(5, 8, 3);
        QCOMPARE(s.rows(), 8 * 7);
        QCOMPARE(s.values.size(), size_t(8 * 7 * 5));
        for (int i = 0; i < 5; ++i)
            for (int j = 0; j < 8; ++j)
                for (int c = 0; c < 5; ++c) {
                    const float expected = c == i ? s.row(8 + j)[c] : s.row(j)[c];
                    QCOMPARE(s.row(16 + 8 * i + j)[c], expected);
                }
    }

    // f depends on one input only: its total index is ~1 and the others exactly 0.
    void jansenFindsTheOnlyRelevantInput() {
        const int d = 64, n = 32; // the explainer's 8 x 8 grid and 32 designs
        const SobolDesign s = makeSobolDesign(d, n, 11);
        std::vector<double> f(size_t(s.rows()));
        for (int r = 0; r < s.rows(); ++r)
            f[size_t(r)] = 0.2f + 0.5f * s.row(r)[19] * s.row(r)[19];
        const std::vector<double> st = jansenTotalIndices(f, n, d);
        for (int i = 0; i < d; ++i) {
            if (i == 19)
                QVERIFY2(std::abs(st[size_t(i)] - 1.0) < 0.2, qPrintable(QString::number(st[19])));
            else
                QCOMPARE(st[size_t(i)], 0.0);
        }
        // A constant output has nothing to explain: zeros, not NaN.
        const std::vector<double> flat = jansenTotalIndices(std::vector<double>(f.size(), 0.5), n, d);
        QVERIFY(std::all_of(flat.begin(), flat.end(), [](double v) { return v == 0.0; }));
        QVERIFY_THROWS_EXCEPTION(Error, jansenTotalIndices(std::vector<double>(10), n, d));
    }

    // The Ishigami function (a = 7, b = 0.1) has analytic total indices 0.5576, 0.4424, 0.2437.
    void jansenMatchesIshigami() {
        const int d = 3, n = 4096;
        const SobolDesign s = makeSobolDesign(d, n, 5);
        std::vector<double> f(size_t(s.rows()));
        for (int r = 0; r < s.rows(); ++r) {
            const double x1 = -kPi + 2 * kPi * s.row(r)[0];
            const double x2 = -kPi + 2 * kPi * s.row(r)[1];
            const double x3 = -kPi + 2 * kPi * s.row(r)[2];
            f[size_t(r)] = float(std::sin(x1) + 7.0 * std::sin(x2) * std::sin(x2) +
                                 0.1 * std::pow(x3, 4) * std::sin(x1));
        }
        const std::vector<double> st = jansenTotalIndices(f, n, d);
        qInfo("Ishigami total indices: %.4f %.4f %.4f (exact 0.5576 0.4424 0.2437)", st[0], st[1], st[2]);
        QVERIFY(std::abs(st[0] - 0.5576) < 0.03);
        QVERIFY(std::abs(st[1] - 0.4424) < 0.03);
        QVERIFY(std::abs(st[2] - 0.2437) < 0.03);
    }

    // Each RISE mask is the reference's: a binary grid, bilinear (half-pixel centres, as OpenCV's
    // INTER_LINEAR and PyTorch's align_corners=False) to (grid + 1) * cell, cropped at the offset.
    void riseMaskMatchesDefinition() {
        RiseExplainer::MaskSet masks(20, 7, 0.5, 256, 256, 17);
        const int cell = 37; // ceil(256 / 7)
        cv::Mat mask;
        for (int i = 0; i < masks.count(); ++i) {
            cv::Mat grid(7, 7, CV_32F);
            for (int k = 0; k < 49; ++k)
                grid.at<float>(k / 7, k % 7) = masks.cells(i)[k];
            cv::Mat up;
            cv::resize(grid, up, cv::Size(8 * cell, 8 * cell), 0, 0, cv::INTER_LINEAR);
            QVERIFY(masks.offsetY(i) >= 0 && masks.offsetY(i) < cell);
            QVERIFY(masks.offsetX(i) >= 0 && masks.offsetX(i) < cell);
            const cv::Mat expected = up(cv::Rect(masks.offsetX(i), masks.offsetY(i), 256, 256));
            masks.write(i, mask);
            QVERIFY(cv::norm(mask, expected, cv::NORM_INF) < 1e-5);
        }
    }

    // Masks keep about p of the image on average, everywhere; the weighted sum is sum_i w_i m_i.
    void riseMaskStatistics() {
        for (double p : {0.5, 0.2}) {
            RiseExplainer::MaskSet masks(1000, 7, p, 256, 256, 8);
            cv::Mat mask, total = cv::Mat::zeros(256, 256, CV_64F);
            double cellsKept = 0;
            for (int i = 0; i < masks.count(); ++i) {
                masks.write(i, mask);
                double lo = 0, hi = 0;
                cv::minMaxLoc(mask, &lo, &hi);
                QVERIFY(lo >= 0.0 && hi <= 1.0);
                cv::accumulate(mask, total);
                for (int k = 0; k < 49; ++k)
                    cellsKept += masks.cells(i)[k];
            }
            total /= masks.count();
            const double mean = cv::mean(total)[0];
            double lo = 0, hi = 0;
            cv::minMaxLoc(total, &lo, &hi);
            qInfo("p = %.1f: kept cells %.4f, mean mask %.4f, per-pixel mean in [%.3f, %.3f]", p,
                  cellsKept / (49.0 * masks.count()), mean, lo, hi);
            QVERIFY(std::abs(cellsKept / (49.0 * masks.count()) - p) < 0.01);
            QVERIFY(std::abs(mean - p) < 0.02);
            QVERIFY(lo > p - 0.08 && hi < p + 0.08);
        }
        RiseExplainer::MaskSet masks(50, 7, 0.5, 64, 80, 9); // not square, not a multiple of 7
        std::vector<double> weights(50);
        for (int i = 0; i < 50; ++i)
            weights[size_t(i)] = float(i % 7) / 7.0f;
        cv::Mat mask, expected = cv::Mat::zeros(64, 80, CV_64F);
        for (int i = 0; i < 50; ++i) {
            masks.write(i, mask);
            cv::scaleAdd(cv::Mat_<double>(mask), weights[size_t(i)], expected, expected);
        }
        const cv::Mat sum = masks.weightedSum(weights, CancelToken());
        QVERIFY(cv::norm(cv::Mat_<double>(sum), expected, cv::NORM_INF) < 1e-5);
    }

    void sobolRanksThePatchFirst() {
        const ExplainerSettings s = reducedSettings();
        checkRanksPatchFirst(SobolExplainer(s), 32LL * (64 + 2));
    }

    void riseRanksThePatchFirst() {
        const ExplainerSettings s = reducedSettings();
        checkRanksPatchFirst(RiseExplainer(s), 1000);
    }

    void sameSeedSameBits() {
        ExplainerSettings s = reducedSettings();
        s.set("SOBOL", "designs", 8);
        s.set("RISE", "masks", 200);
        checkSeeds(*createExplainer("SOBOL", s));
        checkSeeds(*createExplainer("RISE", s));
    }

    // The batch size does not change the masks (they are a function of their index), so the
    // answers agree up to the detector's own batch-size rounding (LibTorch's reductions).
    void batchSizeDoesNotMatter() {
        ExplainerSettings a = reducedSettings(), b = reducedSettings();
        a.set("SOBOL", "designs", 8);
        b.set("SOBOL", "designs", 8);
        a.set("RISE", "masks", 150);
        b.set("RISE", "masks", 150);
        b.batchSize = 7;
        Scene scene;
        const cv::Mat fill = makeFill(FillKind::Zeros, scene.image, scene.segments);
        const Explanation sobolA = SobolExplainer(a).explain(scene.context(fill, 5));
        const Explanation sobolB = SobolExplainer(b).explain(scene.context(fill, 5));
        const Explanation riseA = RiseExplainer(a).explain(scene.context(fill, 5));
        const Explanation riseB = RiseExplainer(b).explain(scene.context(fill, 5));
        const double sobolMax = cv::norm(sobolA.saliency, cv::NORM_INF);
        const double riseMax = cv::norm(riseA.saliency, cv::NORM_INF);
        QVERIFY(cv::norm(sobolA.saliency, sobolB.saliency, cv::NORM_INF) < 1e-4 * sobolMax);
        QVERIFY(cv::norm(riseA.saliency, riseB.saliency, cv::NORM_INF) < 1e-5 * riseMax);
    }

    // A cancel during the forwards stops both within a batch: counted in forwards, not timed
    // (how soon a cancel takes effect in seconds is what `bench --cancel-latency` reports).
    void cancelStopsWithinABatch() {
        const ExplainerSettings s = reducedSettings();
        for (const auto& explainer : {createExplainer("SOBOL", s), createExplainer("RISE", s)}) {
            Scene scene;
            ExplainContext ctx = scene.context(makeFill(explainer->classicFill(), scene.image,
                                                        scene.segments), 1);
            long long forwardsAtCancel = -1;
            const CancelToken token = ctx.cancel;
            ctx.progress = ProgressReporter([&](double fraction, const std::string&) {
                if (fraction > 0.1 && !token.isCancelled()) {
                    token.cancel();
                    forwardsAtCancel = scene.detector.forwardedImages();
                }
            });
            bool cancelled = false;
            try {
                explainer->explain(ctx);
            } catch (const CancelledError&) {
                cancelled = true;
            }
            QVERIFY(cancelled);
            QVERIFY(forwardsAtCancel > 0);
            const long long afterCancel = scene.detector.forwardedImages() - forwardsAtCancel;
            qInfo("%s stopped %lld forwards after the cancel (batch %d), %lld in all",
                  explainer->name().c_str(), afterCancel, s.batchSize, scene.detector.forwardedImages());
            QVERIFY(afterCancel <= s.batchSize);
            QVERIFY(scene.detector.forwardedImages() < 600); // far from the whole run
        }
    }

    void rejectsBadSettings() {
        ExplainerSettings s;
        s.set("SOBOL", "designs", 24); // not a power of two
        QVERIFY_THROWS_EXCEPTION(Error, SobolExplainer{s});
        s = ExplainerSettings();
        // Out of the descriptors' ranges: refused when set, naming method and key.
        QVERIFY_THROWS_EXCEPTION(Error, s.set("SOBOL", "grid", 0));
        s = ExplainerSettings();
        QVERIFY_THROWS_EXCEPTION(Error, s.set("RISE", "keep_probability", 0.0));
        s = ExplainerSettings();
        QVERIFY_THROWS_EXCEPTION(Error, s.set("RISE", "masks", 0));
        QCOMPARE(SobolExplainer(ExplainerSettings()).forwardsPerExplanation(), 2112);
        QCOMPARE(createExplainer("SOBOL", ExplainerSettings())->name(), std::string("SOBOL"));
        QCOMPARE(createExplainer("RISE", ExplainerSettings())->classicFill(), FillKind::Zeros);
        QCOMPARE(createExplainer("SOBOL", ExplainerSettings())->classicFill(), FillKind::Blur);
    }
};

QTEST_GUILESS_MAIN(TestSobolRise)
#include "test_sobol_rise.moc"
