#include "core/Error.h"
#include "evaluate/DatasetScanner.h"
#include "evaluate/FaceEvaluator.h"
#include "evaluate/IntrinsicMetrics.h"
#include "evaluate/Localisation.h"
#include "evaluate/Rankings.h"
#include "evaluate/TopKAttack.h"
#include "explain/ClassicFill.h"
#include "explain/LimeExplainer.h"
#include "explain/Segmentation.h"
#include "media/ImageLoader.h"
#include "support/SyntheticDetector.h"
#include "support/TestPaths.h"

#include <QFile>
#include <QtTest>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

using namespace fakelens;

// The evaluation's building blocks: the top-k attack against a detector whose decisive region
// is known, the minimal-budget search, rank correlation, localisation against a mask and
// Pino et al.'s intrinsic metrics.
class TestEvaluation : public QObject {
    Q_OBJECT

private:
    // Segment ids ordered by how much of the detector's patch they cover (most first), and the
    // reverse view: segments that do not touch the patch at all, first.
    static std::vector<int> rankByPatchOverlap(const Segmentation& segments, cv::Rect patch, bool avoid) {
        std::vector<int> overlap(size_t(segments.count), 0);
        for (int y = patch.y; y < patch.y + patch.height; ++y)
            for (int x = patch.x; x < patch.x + patch.width; ++x)
                ++overlap[size_t(segments.labels.at<int>(y, x))];
        std::vector<int> ids(size_t(segments.count));
        std::iota(ids.begin(), ids.end(), 0);
        std::stable_sort(ids.begin(), ids.end(), [&](int a, int b) {
            return avoid ? overlap[size_t(a)] < overlap[size_t(b)] : overlap[size_t(a)] > overlap[size_t(b)];
        });
        return ids;
    }

private Q_SLOTS:
    void topKAttackNeedsTheDecisiveSegment() {
        SyntheticDetector detector;
        const cv::Mat image = makeSyntheticImage();
        const Segmentation segments = segmentSlic(image);
        const double pFake = detector.fakeProbability(image);
        QVERIFY(pFake >= 0.5);

        const std::vector<int> truth = rankByPatchOverlap(segments, detector.patch(), false);
        const std::vector<int> avoiding = rankByPatchOverlap(segments, detector.patch(), true);
        // Precondition of the test, not of the code: one segment holds most of the patch.
        const cv::Mat top1 = segments.maskOf({truth.front()});
        const int covered = cv::countNonZero(top1(detector.patch()));
        QVERIFY2(covered > detector.patch().area() / 2, "SLIC split the synthetic patch");

        // The paper's evaluation attack: sigma 0.001, n 40, alpha 1/255, delta 16/255, M 50.
        const NesSettings paper = evaluationAttackDefaults();
        QCOMPARE(paper.maxIterations, 50);
        const TopKAttack evaluation(detector, paper, true, true);
        const std::vector<AttackOutcome> good = evaluation.run(image, pFake, segments, truth, 1, 5);
        // Outside the patch NES sees no gradient at all, so a short M shows the same (and
        // keeps the test fast).
        NesSettings shortAttack = paper;
        shortAttack.maxIterations = 5;
        const TopKAttack shortEvaluation(detector, shortAttack, true, true);
        const std::vector<AttackOutcome> bad = shortEvaluation.run(image, pFake, segments, avoiding, 2, 5);
        QCOMPARE(int(good.size()), 1);
        QCOMPARE(int(bad.size()), 2);
        QCOMPARE(bad[1].k, 2);
        qInfo("true ranking top-1: flipped %d after %d iterations (%lld inferences), P(fake) %.3f, budget %d/255",
              good[0].flipped, good[0].iterations, good[0].inferences, good[0].fakeProbabilityAfter,
              good[0].minimalBudget);

        // Accuracy: the true top-1 flips the verdict, a ranking that avoids the patch never does.
        QVERIFY(good[0].flipped && !good[0].stillFake);
        QVERIFY(good[0].fakeProbabilityAfter < 0.5);
        for (const AttackOutcome& o : bad) {
            QVERIFY(o.stillFake && !o.flipped);
            // Pixels outside the patch never matter, so NES finds no gradient and takes no step.
            QCOMPARE(o.fakeProbabilityAfter, pFake);
            QCOMPARE(o.sufficiency, 0.0);
            QCOMPARE(o.iterations, shortAttack.maxIterations); // effort = M when it never flips
            QCOMPARE(o.minimalBudget, kBudgetNeverFlipped);
        }
        // Sufficiency = P(fake | original) - P(fake | attacked).
        QVERIFY(std::abs(good[0].sufficiency - (pFake - good[0].fakeProbabilityAfter)) < 1e-12);
        QVERIFY(good[0].sufficiency > pFake - 0.5);
        // Effort and budget are finite and inside the paper's limits.
        QVERIFY(good[0].iterations >= 1 && good[0].iterations < paper.maxIterations);
        QVERIFY(good[0].minimalBudget >= 1 && good[0].minimalBudget <= 16);
        // The attacked image changed only inside the top-1 segment and by at most delta.
        cv::Mat diff;
        cv::absdiff(good[0].attacked, image, diff);
        cv::Mat outside;
        cv::bitwise_not(top1, outside);
        double maxOutside = 0, maxInside = 0;
        cv::minMaxLoc(diff.reshape(1), nullptr, &maxInside);
        std::vector<cv::Mat> channels;
        cv::split(diff, channels);
        for (const cv::Mat& c : channels) {
            double m = 0;
            cv::minMaxLoc(c, nullptr, &m, nullptr, nullptr, outside);
            maxOutside = std::max(maxOutside, m);
        }
        QCOMPARE(maxOutside, 0.0);
        QVERIFY(maxInside <= 16.0 / 255 + 1e-6);

        // The minimal budget is a flipping budget whose neighbour below does not flip.
        NesSettings at = paper;
        at.mask = top1;
        at.epsilon = good[0].minimalBudget / 255.0;
        QVERIFY(runNes(detector, image, at, 5).flipped);
        if (good[0].minimalBudget > 1) {
            at.epsilon = (good[0].minimalBudget - 1) / 255.0;
            QVERIFY(!runNes(detector, image, at, 5).flipped);
        }
        // Seeded: the same call gives the same attack.
        const TopKAttack withoutBudget(detector, paper, false, true);
        const std::vector<AttackOutcome> again = withoutBudget.run(image, pFake, segments, truth, 1, 5);
        QCOMPARE(again[0].minimalBudget, kBudgetNotMeasured);
        QCOMPARE(again[0].iterations, good[0].iterations);
        QCOMPARE(again[0].fakeProbabilityAfter, good[0].fakeProbabilityAfter);
        QCOMPARE(cv::norm(again[0].attacked, good[0].attacked, cv::NORM_INF), 0.0);
    }

    // Rankings whose top-k are the same set of segments get the same attack (one seed per face):
    // with a memo it runs once and is copied, and the copy equals the attack run afresh, budget
    // search included.
    void identicalTopKSetsAreAttackedOnce() {
        SyntheticDetector detector;
        const cv::Mat image = makeSyntheticImage();
        const Segmentation segments = segmentSlic(image);
        const double pFake = detector.fakeProbability(image);
        const std::vector<int> first = rankByPatchOverlap(segments, detector.patch(), false);
        std::vector<int> swapped = first; // the same top-2 set, another top-1
        std::swap(swapped[0], swapped[1]);
        NesSettings shortAttack = evaluationAttackDefaults();
        shortAttack.maxIterations = 30; // the top-2 flips within it (after 18 steps for top-1)
        const TopKAttack attack(detector, shortAttack, /*measureMinimalBudget=*/true, true);

        AttackMemo memo;
        const std::vector<AttackOutcome> a = attack.run(image, pFake, segments, first, 2, 5, {}, {}, -1, &memo);
        const std::vector<AttackOutcome> b = attack.run(image, pFake, segments, swapped, 2, 5, {}, {}, -1, &memo);
        QCOMPARE(int(memo.size()), 3); // {first[0]}, {first[0], first[1]}, {first[1]}
        QVERIFY(!a[0].reused && !a[1].reused && !b[0].reused);
        QVERIFY(b[1].reused);
        QCOMPARE(b[1].k, 2);

        const std::vector<AttackOutcome> fresh = attack.run(image, pFake, segments, swapped, 2, 5);
        QVERIFY(!fresh[1].reused);
        QVERIFY(fresh[1].flipped); // the test can fail: a budget search ran
        QVERIFY(fresh[1].minimalBudget >= 1);
        QCOMPARE(b[1].fakeProbabilityAfter, fresh[1].fakeProbabilityAfter);
        QCOMPARE(b[1].iterations, fresh[1].iterations);
        QCOMPARE(b[1].inferences, fresh[1].inferences);
        QCOMPARE(b[1].minimalBudget, fresh[1].minimalBudget);
        QCOMPARE(b[1].budgetAttacks, fresh[1].budgetAttacks);
        QCOMPARE(b[1].budgetInferences, fresh[1].budgetInferences);
        QCOMPARE(cv::norm(b[1].attacked, fresh[1].attacked, cv::NORM_INF), 0.0);
        // The top-1 sets differ, so those attacks differ.
        QVERIFY(cv::norm(b[0].attacked, a[0].attacked, cv::NORM_INF) > 0.0);

        // evaluateFace shares one memo across its rankings: a set attacked twice is marked reused
        // from its second appearance on, with the first one's outcome.
        EvaluationSettings settings;
        settings.topK = 3;
        settings.explainer.set("LIME", "samples", 200);
        settings.explainer.set("RISE", "masks", 200);
        settings.attack.maxIterations = 6;
        settings.measureMinimalBudget = false;
        const FaceEvaluation e = evaluateFace(detector, image, {"LIME", "RISE"}, settings);
        // The first appearance of each set (its ranking and attack positions), found here by
        // hand; attackOrigin() must name the same row for every copy.
        std::map<std::vector<int>, std::pair<size_t, size_t>> seen;
        int copies = 0;
        for (size_t mi = 0; mi < e.methods.size(); ++mi)
            for (size_t ai = 0; ai < e.methods[mi].attacks.size(); ++ai) {
                const MethodEvaluation& m = e.methods[mi];
                const AttackOutcome& o = m.attacks[ai];
                std::vector<int> top(m.ranking.begin(),
                                     m.ranking.begin() + attackedSegments(o.k, m.eligibleSegments));
                std::sort(top.begin(), top.end());
                QVERIFY(top == attackedSegmentSet(m.ranking, o.k, m.eligibleSegments));
                const auto it = seen.find(top);
                QCOMPARE(o.reused, it != seen.end());
                const std::optional<AttackPosition> origin = attackOrigin(e, mi, ai);
                QVERIFY(origin.has_value());
                if (it == seen.end()) {
                    seen.emplace(top, std::make_pair(mi, ai));
                    QCOMPARE(origin->method, mi); // a run attack is its own origin
                    QCOMPARE(origin->attack, ai);
                    continue;
                }
                ++copies;
                QCOMPARE(origin->method, it->second.first);
                QCOMPARE(origin->attack, it->second.second);
                const AttackOutcome& first = e.methods[it->second.first].attacks[it->second.second];
                QCOMPARE(o.fakeProbabilityAfter, first.fakeProbabilityAfter);
                QCOMPARE(o.iterations, first.iterations);
            }
        QVERIFY(!attackOrigin(e, e.methods.size(), 0).has_value());
        qInfo("%d of %d attacks were copies", copies, int(e.methods.size()) * settings.topK);
        QVERIFY(copies > 0); // seeded: LIME and RISE share a top-k set on this face
    }

    void evaluateFaceRanksAndAttacks() {
        SyntheticDetector detector;
        EvaluationSettings settings;
        settings.topK = 1;
        settings.explainer.set("LIME", "samples", 200);
        settings.measureMinimalBudget = false;
        settings.seed = 3;
        int stages = 0;
        const ProgressReporter progress([&](double, const std::string&) { ++stages; });
        const FaceEvaluation e = evaluateFace(detector, makeSyntheticImage(), {"LIME"}, settings, progress);
        QVERIFY(e.calledFake);
        QVERIFY(stages > 0);
        QCOMPARE(int(e.methods.size()), 2);
        QCOMPARE(e.methods[0].method, std::string("LIME"));
        QCOMPARE(e.methods[1].method, std::string(kRandomMethod));
        QVERIFY(e.methods[0].intrinsic.has_value());
        QVERIFY(!e.methods[1].intrinsic.has_value());
        QCOMPARE(int(e.methods[1].ranking.size()), e.segments.count);
        QCOMPARE(int(e.agreement.size()), 2);
        QCOMPARE(e.agreement[0][0], 1.0);
        QCOMPARE(e.agreement[0][1], e.agreement[1][0]);
        QVERIFY(e.methods[0].localisation.empty()); // no mask given
        // LIME finds the textured patch: its top-1 attack flips the verdict.
        QVERIFY(e.methods[0].attacks.at(0).flipped);

        // A face the detector calls real is not explained or attacked.
        const cv::Mat plain(256, 256, CV_32FC3, cv::Scalar(0.4, 0.5, 0.6));
        const FaceEvaluation real = evaluateFace(detector, plain, {"LIME"}, settings);
        QVERIFY(!real.calledFake);
        QVERIFY(real.methods.empty());

        // Cancel stops it.
        CancelToken cancel;
        cancel.cancel();
        QVERIFY_THROWS_EXCEPTION(CancelledError,
                                 evaluateFace(detector, makeSyntheticImage(), {"LIME"}, settings, {}, cancel));
    }

    void spearmanOnKnownRankings() {
        const std::vector<int> a{0, 1, 2, 3, 4};
        QCOMPARE(spearmanRankCorrelation(a, a), 1.0);
        QCOMPARE(spearmanRankCorrelation(a, {4, 3, 2, 1, 0}), -1.0);
        // One adjacent swap of 4 items: sum d^2 = 2, rho = 1 - 6*2 / (4*15) = 0.8.
        QCOMPARE(spearmanRankCorrelation({0, 1, 2, 3}, {1, 0, 2, 3}), 0.8);
        // Ids 2 and 0 trade places 0 and 2 (d = 2 each): 1 - 6*8 / (3*8) = -1 for n = 3.
        QCOMPARE(spearmanRankCorrelation({2, 1, 0}, {0, 1, 2}), -1.0);
        QVERIFY(std::isnan(spearmanRankCorrelation({0}, {0})));
        QVERIFY_THROWS_EXCEPTION(Error, spearmanRankCorrelation({0, 1}, {0, 0}));

        const std::vector<int> r1 = randomRanking(50, 9), r2 = randomRanking(50, 9), r3 = randomRanking(50, 10);
        QCOMPARE(r1, r2);
        QVERIFY(r1 != r3);
        std::vector<int> sorted = r1;
        std::sort(sorted.begin(), sorted.end());
        std::vector<int> ids(50);
        std::iota(ids.begin(), ids.end(), 0);
        QCOMPARE(sorted, ids);
        QVERIFY(std::abs(spearmanRankCorrelation(r1, r3)) < 0.5);
    }

    void localisationOnASyntheticCase() {
        // Mask 20x20, white in columns 0..10 (11 columns); the input is 10x10: INTER_AREA gives
        // coverage 1 in columns 0..4, 0.5 in column 5, 0 beyond.
        cv::Mat mask = cv::Mat::zeros(20, 20, CV_8UC3);
        mask.colRange(0, 11).setTo(cv::Scalar(255, 255, 255));
        const cv::Mat coverage = manipulationCoverage(mask, cv::Size(10, 10));
        QCOMPARE(coverage.at<float>(3, 4), 1.0f);
        QCOMPARE(coverage.at<float>(3, 5), 0.5f);
        QCOMPARE(coverage.at<float>(3, 6), 0.0f);
        // Region: columns 3..6, rows 0..4 = 20 pixels; inside: 2 cols x 5 = 10, plus 5 x 0.5.
        cv::Mat region = cv::Mat::zeros(10, 10, CV_8U);
        region(cv::Rect(3, 0, 4, 5)).setTo(255);
        QCOMPARE(localisationFraction(region, coverage), (10.0 + 2.5) / 20.0);
        QVERIFY(std::isnan(localisationFraction(cv::Mat::zeros(10, 10, CV_8U), coverage)));
        QCOMPARE(manipulationMaskPath("/a/b/x.png"), std::string("/a/b/x_mask.png"));
        QVERIFY(isManipulationMaskFile("/a/b/x_mask.png"));
        QVERIFY(!isManipulationMaskFile("/a/b/x.png"));
    }

    void localisationOnFaceForensicsFrame() {
        const QString frame = testpaths::shared("samples/frames/ffpp_ex_deepfakes.png");
        if (!QFileInfo::exists(frame))
            QFAIL("cannot run this check: shared samples not available");
        // The scanner attaches the mask and does not take it for an image of its own.
        const std::vector<DatasetItem> items = scanDataset(testpaths::shared("samples/frames").toStdString());
        const auto it = std::find_if(items.begin(), items.end(),
                                     [](const DatasetItem& i) { return i.relativePath == "ffpp_ex_deepfakes.png"; });
        QVERIFY(it != items.end());
        QVERIFY(!it->maskPath.empty());
        for (const DatasetItem& item : items)
            QVERIFY(!isManipulationMaskFile(item.absolutePath));

        const LoadedImage image = loadImage(it->absolutePath);
        const LoadedImage mask = loadImage(it->maskPath);
        cv::Mat face;
        cv::resize(image.rgb, face, cv::Size(256, 256), 0, 0, cv::INTER_AREA);
        const Segmentation segments = segmentSlic(face);
        const cv::Mat coverage = manipulationCoverage(mask.rgb, face.size());
        // An oracle ranking (segments by manipulated share) against its reverse.
        std::vector<double> share(size_t(segments.count), 0.0);
        for (int y = 0; y < 256; ++y)
            for (int x = 0; x < 256; ++x)
                share[size_t(segments.labels.at<int>(y, x))] += coverage.at<float>(y, x);
        for (int s = 0; s < segments.count; ++s)
            share[size_t(s)] /= segments.areas[size_t(s)];
        std::vector<int> oracle(size_t(segments.count));
        std::iota(oracle.begin(), oracle.end(), 0);
        std::stable_sort(oracle.begin(), oracle.end(), [&](int a, int b) { return share[size_t(a)] > share[size_t(b)]; });
        const std::vector<int> reverse(oracle.rbegin(), oracle.rend());
        for (int k = 1; k <= 3; ++k) {
            const std::vector<int> best(oracle.begin(), oracle.begin() + k);
            const std::vector<int> worst(reverse.begin(), reverse.begin() + k);
            const double good = localisationFraction(segments.maskOf(best), coverage);
            const double bad = localisationFraction(segments.maskOf(worst), coverage);
            qInfo("ffpp_ex_deepfakes top-%d: oracle %.3f, reverse %.3f", k, good, bad);
            QVERIFY(good >= 0.0 && good <= 1.0);
            QVERIFY(bad >= 0.0 && bad <= 1.0);
            QVERIFY(good > bad);
        }
    }

    // LIME's ranking is attacked over its positive weights only (lime's positive_only view, as
    // the reference ranks): a k beyond them attacks just those, with the same outcome.
    void onlyEligibleSegmentsAreAttacked() {
        QCOMPARE(attackedSegments(3, -1), 3);
        QCOMPARE(attackedSegments(3, 2), 2);
        QCOMPARE(attackedSegments(1, 0), 1);
        SyntheticDetector detector;
        const cv::Mat image = makeSyntheticImage();
        const Segmentation segments = segmentSlic(image);
        const std::vector<int> truth = rankByPatchOverlap(segments, detector.patch(), false);
        NesSettings shortAttack = evaluationAttackDefaults();
        shortAttack.maxIterations = 4;
        const TopKAttack attack(detector, shortAttack, false, true);
        const double pFake = detector.fakeProbability(image);
        const std::vector<AttackOutcome> limited = attack.run(image, pFake, segments, truth, 3, 5, {}, {}, 1);
        const std::vector<AttackOutcome> all = attack.run(image, pFake, segments, truth, 2, 5);
        QCOMPARE(int(limited.size()), 3);
        for (int k = 0; k < 3; ++k) {
            QCOMPARE(limited[size_t(k)].k, k + 1);
            QCOMPARE(limited[size_t(k)].reused, k > 0); // the same segment as k = 1: copied
            QCOMPARE(limited[size_t(k)].fakeProbabilityAfter, limited[0].fakeProbabilityAfter);
            QCOMPARE(cv::norm(limited[size_t(k)].attacked, limited[0].attacked, cv::NORM_INF), 0.0);
        }
        // Unlimited, top-2 masks a second segment: another attacked image.
        QVERIFY(cv::norm(all[1].attacked, limited[1].attacked, cv::NORM_INF) > 0.0);

        // LIME marks as eligible exactly its positive weights.
        ExplainContext ctx;
        ctx.detector = &detector;
        ctx.image = image;
        ctx.segments = &segments;
        ctx.fill = makeFill(FillKind::SegmentMean, image, segments);
        ExplainerSettings settings;
        settings.set("LIME", "samples", 200);
        const Explanation lime = LimeExplainer(settings).explain(ctx);
        const int positive = int(std::count_if(lime.segmentScores.begin(), lime.segmentScores.end(),
                                               [](double w) { return w > 0.0; }));
        QCOMPARE(lime.eligibleSegments, positive);
        QVERIFY(positive >= 1 && positive < segments.count);
        for (int i = 0; i < positive; ++i)
            QVERIFY(lime.segmentScores[size_t(lime.ranking[size_t(i)])] > 0.0);
    }

    void intrinsicMetricsFollowPino() {
        // Half ones, half zeros: variance 0.25 after scaling; uniform energy: centredness = the
        // inner rectangle's share of the bright half.
        cv::Mat half = cv::Mat::zeros(100, 100, CV_32F);
        half.rowRange(0, 50).setTo(2.0f); // scaled to 1
        IntrinsicMetrics m = intrinsicMetrics(half);
        QVERIFY(std::abs(m.variance - 0.25) < 1e-12);
        // Shifting by 10 rows moves 10 of 50 bright rows across the edge: rho > 0.
        QVERIFY(m.intraFrameConsistency > 0.5 && m.intraFrameConsistency <= 1.0);

        // A centred blob: almost all energy in the inner 50%, smooth: rho close to 1.
        cv::Mat blob = cv::Mat::zeros(100, 100, CV_32F);
        cv::circle(blob, cv::Point(50, 50), 20, cv::Scalar(1.0), -1);
        cv::GaussianBlur(blob, blob, cv::Size(0, 0), 4);
        m = intrinsicMetrics(blob);
        QVERIFY(m.centredness > 0.99);
        QVERIFY(m.intraFrameConsistency > 0.3);
        // Energy only in the border: centredness 0.
        cv::Mat border = cv::Mat::zeros(100, 100, CV_32F);
        border.rowRange(0, 5).setTo(3.0f);
        QCOMPARE(intrinsicMetrics(border).centredness, 0.0);
        // White noise: rho ~ 0.
        cv::Mat noise(200, 200, CV_32F);
        cv::RNG(1).fill(noise, cv::RNG::NORMAL, 0.0, 1.0);
        QVERIFY(std::abs(intrinsicMetrics(noise).intraFrameConsistency) < 0.05);
        // A blank map has no rho or mu.
        m = intrinsicMetrics(cv::Mat::zeros(10, 10, CV_32F));
        QCOMPARE(m.variance, 0.0);
        QVERIFY(std::isnan(m.intraFrameConsistency) && std::isnan(m.centredness));
        m = intrinsicMetrics(cv::Mat(10, 10, CV_32F, cv::Scalar(0.7)));
        QVERIFY(m.variance == 0.0 && std::isnan(m.centredness));
    }

    // Min-max scaling (the authors' heatmaps): a map and the same map plus a constant have the
    // same metrics, e.g. a RISE map (all near P(fake)) and its centred form. Scaled by the
    // largest absolute value, as before, the shifted maps would be squeezed towards 1.
    void intrinsicMetricsIgnoreAConstant() {
        cv::Mat blob = cv::Mat::zeros(64, 64, CV_64F);
        cv::circle(blob, cv::Point(30, 36), 12, cv::Scalar(1.0), -1);
        cv::GaussianBlur(blob, blob, cv::Size(0, 0), 3);
        cv::Mat noise(64, 64, CV_64F);
        cv::RNG(7).fill(noise, cv::RNG::UNIFORM, -1.0, 1.0);
        for (const cv::Mat& map : {blob, cv::Mat(blob * 0.3 + noise * 0.05)})
            for (double constant : {0.9, -4.0, 250.0}) {
                const IntrinsicMetrics a = intrinsicMetrics(map);
                const IntrinsicMetrics b = intrinsicMetrics(map + constant);
                QVERIFY2(std::abs(a.variance - b.variance) < 1e-9, qPrintable(QString("%1 vs %2").arg(a.variance).arg(b.variance)));
                QVERIFY(std::abs(a.intraFrameConsistency - b.intraFrameConsistency) < 1e-9);
                QVERIFY2(std::abs(a.centredness - b.centredness) < 1e-9,
                         qPrintable(QString("%1 vs %2 (+%3)").arg(a.centredness).arg(b.centredness).arg(constant)));
                QVERIFY(a.variance > 0.001); // not a degenerate map
            }
    }

    void shardSpecsAndLabels() {
        QCOMPARE(parseShardSpec("1/4").index, 1);
        QCOMPARE(parseShardSpec("1/4").count, 4);
        QVERIFY_THROWS_EXCEPTION(Error, parseShardSpec("4/4"));
        QVERIFY_THROWS_EXCEPTION(Error, parseShardSpec("x"));
        const QString root = testpaths::shared("samples/ffpp_crops");
        if (!QFileInfo::exists(root))
            QFAIL("cannot run this check: shared samples not available");
        const std::vector<DatasetItem> items = scanDataset(root.toStdString());
        QCOMPARE(int(items.size()), 120);
        QCOMPARE(items.front().manipulation, std::string("df"));
        QVERIFY(items.front().label == DatasetLabel::Fake);
        QCOMPARE(items.back().manipulation, std::string("nt"));
        QVERIFY(items.back().label == DatasetLabel::Real);
        // Shards partition the dataset.
        size_t total = 0;
        for (int i = 0; i < 3; ++i)
            total += selectShard(items, ShardSpec{i, 3}).size();
        QCOMPARE(total, items.size());
        QCOMPARE(selectShard(items, ShardSpec{1, 3}).front().relativePath, items[1].relativePath);
    }
};

QTEST_GUILESS_MAIN(TestEvaluation)
#include "test_evaluation.moc"
