#include "core/Error.h"
#include "explain/ClassicFill.h"
#include "explain/KernelShap.h"
#include "explain/LimeExplainer.h"
#include "explain/ShapExplainer.h"
#include "explain/WeightedRidge.h"
#include "support/SyntheticDetector.h"

#include <QtTest>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstring>
#include <functional>
#include <numeric>

using namespace fakelens;

namespace {

// A 5 x 5 grid of 51 x 51 (and edge) blocks over 256 x 256: 25 segments with known areas.
Segmentation gridSegmentation(int cells = 5, int side = 256) {
    Segmentation seg;
    seg.labels.create(side, side, CV_32S);
    seg.count = cells * cells;
    seg.areas.assign(size_t(seg.count), 0);
    for (int y = 0; y < side; ++y)
        for (int x = 0; x < side; ++x) {
            const int label = std::min(cells - 1, y * cells / side) * cells + std::min(cells - 1, x * cells / side);
            seg.labels.at<int>(y, x) = label;
            ++seg.areas[size_t(label)];
        }
    return seg;
}

// P(fake) = bias + sum_s coefficient_s * on_s, where on_s is how much of segment s shows the
// face (brightness 0.8) rather than the fill (0.2): a scorer that is exactly linear in LIME's
// and SHAP's on/off vectors.
class LinearSegmentDetector : public Detector {
public:
    LinearSegmentDetector(Segmentation segments, std::vector<double> coefficients, double bias)
        : segments_(std::move(segments)), coefficients_(std::move(coefficients)), bias_(bias) {
        card_.name = "linear-segments";
        card_.output = OutputKind::SigmoidFake;
    }
    const ModelCard& card() const override { return card_; }
    std::string deviceName() const override { return "cpu"; }
    std::string modelPath() const override { return "test://linear-segments"; }
    std::vector<double> fakeProbabilities(const float* nhwc, int count) override {
        std::vector<double> out;
        const size_t pixels = size_t(256) * 256;
        for (int i = 0; i < count; ++i) {
            std::vector<double> sum(size_t(segments_.count), 0.0);
            const float* image = nhwc + size_t(i) * pixels * 3;
            const int* label = segments_.labels.ptr<int>();
            for (size_t p = 0; p < pixels; ++p)
                sum[size_t(label[p])] += image[3 * p];
            double score = bias_;
            for (int s = 0; s < segments_.count; ++s) {
                const double on = (sum[size_t(s)] / segments_.areas[size_t(s)] - 0.2) / 0.6;
                score += coefficients_[size_t(s)] * on;
            }
            out.push_back(float(score));
        }
        return out;
    }
    using Detector::fakeProbabilities;

private:
    ModelCard card_;
    Segmentation segments_;
    std::vector<double> coefficients_;
    double bias_;
};

std::vector<double> knownCoefficients(int count) {
    std::vector<double> c(static_cast<size_t>(count));
    for (int s = 0; s < count; ++s)
        c[size_t(s)] = 0.02 * std::sin(1.7 * s + 0.3) + (s == 7 ? 0.05 : 0.0);
    return c;
}

bool sameMat(const cv::Mat& a, const cv::Mat& b) {
    return a.size() == b.size() && a.type() == b.type() &&
           std::memcmp(a.data, b.data, a.total() * a.elemSize()) == 0;
}

// Exact Shapley values of a game over M players by the subset formula.
std::vector<double> exactShapley(int M, const std::function<double(unsigned)>& v) {
    std::vector<double> factorial(size_t(M + 1), 1.0);
    for (int i = 1; i <= M; ++i)
        factorial[size_t(i)] = factorial[size_t(i - 1)] * i;
    std::vector<double> phi(static_cast<size_t>(M), 0.0);
    for (int i = 0; i < M; ++i)
        for (unsigned s = 0; s < (1u << M); ++s) {
            if (s & (1u << i))
                continue;
            const int size = __builtin_popcount(s);
            const double w = factorial[size_t(size)] * factorial[size_t(M - size - 1)] / factorial[size_t(M)];
            phi[size_t(i)] += w * (v(s | (1u << i)) - v(s));
        }
    return phi;
}

} // namespace

// LIME and KernelSHAP: the regression and the Shapley solve are right on games with known
// answers, SHAP meets the efficiency constraint, and both are bit-identical for a seed.
class TestLimeShap : public QObject {
    Q_OBJECT

private:
    struct Setup {
        SyntheticDetector detector;
        cv::Mat image = makeSyntheticImage();
        Segmentation segments = segmentSlic(image);
    };

    static ExplainContext contextFor(Setup& s, const cv::Mat& fill, std::uint64_t seed) {
        ExplainContext ctx;
        ctx.detector = &s.detector;
        ctx.image = s.image;
        ctx.segments = &s.segments;
        ctx.fill = fill;
        ctx.seed = seed;
        return ctx;
    }

private Q_SLOTS:
    void weightedRidgeMatchesTheNormalEquations() {
        // y = 1 + 2 x0 - 3 x1, weights favour some rows; alpha 0 is weighted least squares.
        const std::vector<double> x = {0, 0, 1, 0, 0, 1, 1, 1, 2, 1};
        std::vector<double> y;
        for (size_t i = 0; i < 5; ++i)
            y.push_back(1 + 2 * x[2 * i] - 3 * x[2 * i + 1]);
        const std::vector<double> w = {1, 2, 0.5, 1, 3};
        const RidgeFit exact = fitWeightedRidge(x, 5, 2, y, w, 0.0);
        QVERIFY(std::abs(exact.coefficients[0] - 2) < 1e-9);
        QVERIFY(std::abs(exact.coefficients[1] + 3) < 1e-9);
        QVERIFY(std::abs(exact.intercept - 1) < 1e-9);
        // A penalty shrinks the slopes, never the intercept's role of matching the means.
        const RidgeFit ridge = fitWeightedRidge(x, 5, 2, y, w, 1.0);
        QVERIFY(std::abs(ridge.coefficients[0]) < 2 && std::abs(ridge.coefficients[1]) < 3);
    }

    void kernelShapIsExactOnAdditiveGames_data() {
        QTest::addColumn<int>("features");
        QTest::addColumn<int>("budget");
        QTest::newRow("enumerated 8") << 8 << 2000;
        QTest::newRow("partly sampled 14") << 14 << 2000;
        QTest::newRow("paper 50 segments") << 50 << 1998;
        QTest::newRow("tiny budget 50") << 50 << 120;
    }
    void kernelShapIsExactOnAdditiveGames() {
        QFETCH(int, features);
        QFETCH(int, budget);
        SeededRng rng(42);
        const CoalitionDesign design = sampleCoalitions(features, budget, rng);
        QVERIFY(design.count() <= budget);
        QVERIFY(design.count() > 0);
        const std::vector<double> c = knownCoefficients(features);
        std::vector<double> values;
        for (int r = 0; r < design.count(); ++r) {
            double v = 0.3;
            for (int i = 0; i < features; ++i)
                v += c[size_t(i)] * design.masks[size_t(r) * features + i];
            values.push_back(v);
        }
        const double full = 0.3 + std::accumulate(c.begin(), c.end(), 0.0);
        const std::vector<double> phi = solveKernelShap(design, values, full, 0.3);
        for (int i = 0; i < features; ++i)
            QVERIFY2(std::abs(phi[size_t(i)] - c[size_t(i)]) < 1e-9, qPrintable(QString::number(i)));
    }

    // With every coalition enumerated, KernelSHAP is the exact Shapley value of any game.
    void kernelShapEnumeratedEqualsExactShapley() {
        const int M = 6;
        auto game = [](unsigned s) {
            // Interactions: players 0 and 1 only count together; 2 is additive; 3..5 saturate.
            double v = ((s & 3u) == 3u ? 0.5 : 0.0) + ((s & 4u) ? 0.2 : 0.0);
            v += 0.1 * std::min(2, __builtin_popcount(s & 56u));
            return v;
        };
        SeededRng rng(1);
        const CoalitionDesign design = sampleCoalitions(M, 2000, rng);
        QCOMPARE(design.count(), (1 << M) - 2);
        std::vector<double> values;
        for (int r = 0; r < design.count(); ++r) {
            unsigned s = 0;
            for (int i = 0; i < M; ++i)
                if (design.masks[size_t(r) * M + i])
                    s |= 1u << i;
            values.push_back(game(s));
        }
        const std::vector<double> phi = solveKernelShap(design, values, game((1u << M) - 1), game(0));
        const std::vector<double> exact = exactShapley(M, game);
        for (int i = 0; i < M; ++i)
            QVERIFY2(std::abs(phi[size_t(i)] - exact[size_t(i)]) < 1e-9,
                     qPrintable(QString("%1: %2 vs %3").arg(i).arg(phi[size_t(i)]).arg(exact[size_t(i)])));
    }

    void shapMeetsTheEfficiencyConstraint() {
        Setup s;
        ExplainerSettings settings;
        settings.set("SHAP", "evaluations", 400);
        const cv::Mat fill = makeFill(FillKind::Blur, s.image, s.segments);
        const ExplainContext ctx = contextFor(s, fill, 5);
        const Explanation e = ShapExplainer(settings).explain(ctx);
        QCOMPARE(int(e.segmentScores.size()), s.segments.count);
        QCOMPARE(e.inferences, 400LL);
        const double fx = s.detector.fakeProbability(s.image);
        const double fEmpty = s.detector.fakeProbability(fill);
        const double sum = std::accumulate(e.segmentScores.begin(), e.segmentScores.end(), 0.0);
        QVERIFY2(std::abs(sum - (fx - fEmpty)) < 1e-4,
                 qPrintable(QString("%1 vs %2").arg(sum).arg(fx - fEmpty)));
        // Segment score = mean saliency over the segment (the paper's rule).
        for (int seg = 0; seg < s.segments.count; ++seg) {
            const cv::Scalar mean = cv::mean(e.saliency, s.segments.maskOf({seg}));
            QVERIFY(std::abs(mean[0] - e.segmentScores[size_t(seg)]) < 1e-6);
        }
    }

    void limeAndShapRecoverALinearScorer() {
        const Segmentation grid = gridSegmentation();
        const std::vector<double> c = knownCoefficients(grid.count);
        LinearSegmentDetector detector(grid, c, 0.4);
        const cv::Mat face(256, 256, CV_32FC3, cv::Scalar(0.8, 0.8, 0.8));
        const cv::Mat fill(256, 256, CV_32FC3, cv::Scalar(0.2, 0.2, 0.2));
        ExplainContext ctx;
        ctx.detector = &detector;
        ctx.image = face;
        ctx.fill = fill;
        ctx.segments = &grid;
        ctx.seed = 9;

        ExplainerSettings settings; // the paper's 2000 LIME samples
        const Explanation lime = LimeExplainer(settings).explain(ctx);
        QCOMPARE(lime.inferences, 2000LL);
        for (int i = 0; i < grid.count; ++i) {
            // Ridge (alpha 1) shrinks a little; the fit is otherwise exact.
            const double tolerance = 0.0005 + 0.02 * std::abs(c[size_t(i)]);
            QVERIFY2(std::abs(lime.segmentScores[size_t(i)] - c[size_t(i)]) < tolerance,
                     qPrintable(QString("segment %1: %2 vs %3").arg(i).arg(lime.segmentScores[size_t(i)]).arg(c[size_t(i)])));
        }
        QCOMPARE(lime.ranking.front(), 7); // the largest coefficient
        for (size_t i = 1; i < lime.ranking.size(); ++i)
            QVERIFY(lime.segmentScores[size_t(lime.ranking[i - 1])] >= lime.segmentScores[size_t(lime.ranking[i])]);
        QCOMPARE(lime.saliency.at<float>(0, 0), float(lime.segmentScores[0]));

        settings.set("SHAP", "evaluations", 300);
        const Explanation shap = ShapExplainer(settings).explain(ctx);
        for (int i = 0; i < grid.count; ++i)
            QVERIFY2(std::abs(shap.segmentScores[size_t(i)] - c[size_t(i)]) < 1e-5,
                     qPrintable(QString("segment %1: %2 vs %3").arg(i).arg(shap.segmentScores[size_t(i)]).arg(c[size_t(i)])));
        QCOMPARE(shap.ranking.front(), 7);
    }

    void sameSeedGivesBitIdenticalMaps() {
        Setup s;
        ExplainerSettings settings;
        settings.set("LIME", "samples", 200);
        settings.set("SHAP", "evaluations", 200);
        const cv::Mat meanFill = makeFill(FillKind::SegmentMean, s.image, s.segments);
        const cv::Mat blurFill = makeFill(FillKind::Blur, s.image, s.segments);
        const LimeExplainer lime(settings);
        const ShapExplainer shap(settings);
        const Explanation l1 = lime.explain(contextFor(s, meanFill, 1));
        const Explanation l2 = lime.explain(contextFor(s, meanFill, 1));
        const Explanation l3 = lime.explain(contextFor(s, meanFill, 2));
        QVERIFY(sameMat(l1.saliency, l2.saliency));
        QCOMPARE(l1.ranking, l2.ranking);
        QVERIFY(!sameMat(l1.saliency, l3.saliency));
        const Explanation s1 = shap.explain(contextFor(s, blurFill, 1));
        const Explanation s2 = shap.explain(contextFor(s, blurFill, 1));
        const Explanation s3 = shap.explain(contextFor(s, blurFill, 2));
        QVERIFY(sameMat(s1.saliency, s2.saliency));
        QVERIFY(!sameMat(s1.saliency, s3.saliency));
    }

    void classicFills() {
        Setup s;
        const cv::Mat mean = makeFill(FillKind::SegmentMean, s.image, s.segments);
        for (int seg : {0, s.segments.count / 2, s.segments.count - 1}) {
            const cv::Mat mask = s.segments.maskOf({seg});
            const cv::Scalar expected = cv::mean(s.image, mask);
            cv::Scalar lo, hi;
            cv::Mat values;
            mean.copyTo(values, mask);
            for (int c = 0; c < 3; ++c) {
                double mn = 0, mx = 0;
                cv::Mat channel;
                cv::extractChannel(mean, channel, c);
                cv::minMaxLoc(channel, &mn, &mx, nullptr, nullptr, mask);
                QVERIFY(std::abs(mn - expected[c]) < 1e-5 && std::abs(mx - expected[c]) < 1e-5);
            }
        }
        QCOMPARE(blurKernelSize(cv::Size(256, 256)), 128);
        QCOMPARE(blurKernelSize(cv::Size(128, 128)), 64);
        QCOMPARE(blurKernelSize(cv::Size(299, 224)), 112);
        const cv::Mat blur = makeFill(FillKind::Blur, s.image, s.segments);
        // The blur wipes out the patch's one-pixel checkerboard.
        QVERIFY(std::abs(s.detector.textureScore(blur)) < 0.002);
        QCOMPARE(cv::countNonZero(makeFill(FillKind::Zeros, s.image, s.segments).reshape(1)), 0);
        QVERIFY_THROWS_EXCEPTION(Error, makeFill(FillKind::Adversarial, s.image, s.segments));
    }

    void cancelStopsBetweenBatches() {
        Setup s;
        ExplainerSettings settings;
        settings.batchSize = 16;
        const cv::Mat fill = makeFill(FillKind::SegmentMean, s.image, s.segments);
        ExplainContext ctx = contextFor(s, fill, 1);
        int reports = 0;
        ctx.progress = ProgressReporter([&](double, const std::string&) {
            if (++reports == 4)
                ctx.cancel.cancel();
        });
        const long long before = s.detector.forwardedImages();
        QVERIFY_THROWS_EXCEPTION(CancelledError, LimeExplainer(settings).explain(ctx));
        // Progress 0, then three batches: the fourth report cancels before batch four.
        QCOMPARE(s.detector.forwardedImages() - before, 3LL * 16);
    }
};

QTEST_GUILESS_MAIN(TestLimeShap)
#include "test_lime_shap.moc"
