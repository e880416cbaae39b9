#pragma once

// A synthetic ReportInput for the case-file tests and case_writer: random images of the real
// types (fixed-seed cv::RNG), NaNs and -0 in some doubles, two faces (one explained and
// evaluated and re-tested for robustness, one not), a timeline with track IDs. No detector is needed.

#include "case/CaseFile.h"
#include "report/ReportInput.h"

#include <QString>

#include <opencv2/core.hpp>

#include <limits>

namespace fakelens::testing {

inline cv::Mat randomMat(cv::RNG& rng, int rows, int cols, int type) {
    cv::Mat m(rows, cols, type);
    if (CV_MAT_DEPTH(type) == CV_32F)
        rng.fill(m, cv::RNG::UNIFORM, 0.0, 1.0);
    else
        rng.fill(m, cv::RNG::UNIFORM, 0, CV_MAT_DEPTH(type) == CV_8U ? 256 : 50);
    return m;
}

inline Explanation syntheticExplanation(cv::RNG& rng, const std::string& method, int side,
                                        int segments) {
    Explanation e;
    e.method = method;
    e.saliency = randomMat(rng, side, side, CV_32F);
    e.saliencyDisplay = randomMat(rng, side, side, CV_32F);
    for (int i = 0; i < segments; ++i) {
        e.segmentScores.push_back(rng.gaussian(1.0));
        e.ranking.push_back((i * 7) % segments);
    }
    e.segmentScores[1] = std::numeric_limits<double>::quiet_NaN();
    e.segmentScores[2] = -0.0;
    e.eligibleSegments = method == "LIME" ? 3 : -1;
    e.inferences = 2000 + segments;
    e.designDigest = 0xF00DFACECAFEBEEFull; // above 2^63: tests the signed storage
    e.seconds = rng.uniform(0.1, 9.0);
    return e;
}

inline FaceEvaluation syntheticEvaluation(cv::RNG& rng, int side, int segments) {
    FaceEvaluation ev;
    ev.fakeProbability = 0.91;
    ev.calledFake = true;
    ev.hasManipulationMask = true;
    ev.seconds = 12.5;
    for (const char* name : {"LIME", "LIME_adv", "RANDOM"}) {
        MethodEvaluation m;
        m.method = name;
        for (int i = 0; i < segments; ++i)
            m.ranking.push_back((i * 3) % segments);
        m.eligibleSegments = m.method == "LIME" ? 3 : -1;
        m.seconds = rng.uniform(0.0, 3.0);
        m.inferences = 1234;
        if (m.method != "RANDOM")
            m.intrinsic = IntrinsicMetrics{rng.uniform(0.0, 0.25),
                                           std::numeric_limits<double>::quiet_NaN(), 0.51};
        for (int k = 1; k <= 3; ++k) {
            AttackOutcome o;
            o.k = k;
            o.fakeProbabilityAfter = rng.uniform(0.0, 1.0);
            o.stillFake = k == 1;
            o.sufficiency = rng.uniform(-1.0, 1.0);
            o.flipped = !o.stillFake;
            o.iterations = 10 * k;
            o.inferences = 800 * k;
            o.seconds = rng.uniform(0.0, 2.0);
            o.linf = 16.0 / 255;
            o.minimalBudget = k == 3 ? kBudgetNeverFlipped : 4 + k;
            o.budgetAttacks = k;
            o.budgetInferences = 4000LL * 1000 * 1000 * k; // beyond 32 bits
            o.reused = k == 3;
            if (k == 2)
                o.attacked = randomMat(rng, side, side, CV_32FC3);
            m.attacks.push_back(o);
        }
        m.localisation = {0.25, std::numeric_limits<double>::quiet_NaN(), 0.75};
        ev.methods.push_back(std::move(m));
    }
    ev.agreement = {
        {1, 0.5, -0.1}, {0.5, 1, std::numeric_limits<double>::quiet_NaN()}, {-0.1, 0.2, 1}};
    return ev;
}

// A hand-made robustness re-test with known values (issue 18, part 4): the engine's variant
// order, a score that is not a short decimal, -0 and NaN (a broken model's answer) in doubles,
// all three calls, and unstable.
inline RobustnessResult syntheticRobustness() {
    RobustnessResult r;
    r.originalFakeProbability = 0.91;
    r.originalCall = FaceCall::Fake;
    const std::pair<const char*, double> scores[] = {
        {"jpeg90", 0.1 + 0.8},   {"jpeg75", 0.875},     {"jpeg50", 0.36},
        {"scale0.75", 0.55},     {"scale0.5", -0.0},    {"shift-right", 0.91},
        {"shift-down", std::numeric_limits<double>::quiet_NaN()}, {"shift-left", 0.9}, {"shift-up", 1.0}};
    for (const auto& [name, p] : scores)
        r.variants.push_back({name, p, name == std::string("scale0.75") ? FaceCall::Inconclusive
                                       : p >= 0.37                      ? FaceCall::Fake
                                                                        : FaceCall::Real});
    r.minFakeProbability = -0.0;
    r.maxFakeProbability = 1.0;
    r.maxAbsChange = 0.91;
    r.unstable = true;
    return r;
}

// `side`: the face input size; `frameSide`: the frame image size (the bulk of the bytes).
inline ReportInput syntheticAnalysis(std::uint64_t seed, int side = 64, int frameSide = 200) {
    cv::RNG rng(seed);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    ReportInput a;
    a.caseDetails = {"CASE-2026-014", "Dr. Ada Ä. Examiner",
                     QDateTime(QDate(2026, 12, 6), QTime(1, 2, 3, 456), Qt::UTC),
                     "Manipulated: the mouth region was replaced.\nSecond line."};
    a.evidence = {"/evidence/clip ü.mp4",
                  123456789012LL,
                  QString(64, 'a'),
                  true,
                  "mp4",
                  1920,
                  1080,
                  29.97,
                  750,
                  25.025,
                  {{{"container", "creation_time", "2026-11-30T09:15:00.000000Z"},
                    {"stream 0", "codec", "h264"},
                    {"Exif", "Exif.Image.Artist", "Ä \"quoted\"\tand tabbed"},
                    {"stream 0", "empty", ""}},
                   QString()}};
    a.model.path = "/models/meso4.pt";
    a.model.sha256 = QString(64, 'b');
    a.model.device = "cuda:0";
    a.model.card.name = "synthetic";
    a.model.card.description = "a test card";
    a.model.card.inputWidth = side;
    a.model.card.inputHeight = side;
    a.model.card.channelOrder = ChannelOrder::BGR;
    a.model.card.scale = 1.0 / 127.5;
    a.model.card.mean = {0.485, 0.456, 0.406};
    a.model.card.std = {0.229, 0.224, 0.225};
    a.model.card.output = OutputKind::Softmax;
    a.model.card.classes = {"fake", "real"};
    a.model.card.realIndex = 1;
    a.model.card.threshold = 0.37;
    a.model.card.crop = CropPolicy::BoundingBox;
    a.model.card.cropMargin = 0.25;

    ReportParameters& p = a.parameters;
    p.explain.methods = {"LIME", "LIME_adv"};
    p.explain.settings.set("LIME", "samples", 321);
    p.explain.settings.set("LIME", "kernel_width", 0.3);
    p.explain.settings.set("RISE", "keep_probability", 0.1 + 0.2); // not a short decimal
    p.explain.slic.segments = 12;
    p.explain.slic.ruler = 7.3f;
    p.explain.nes.maxIterations = 33;
    p.explain.nes.perChannel = true;
    p.explain.nes.sigma = 0.0015;
    p.explain.seed = 0xFFFFFFFFFFFFFFF1ull;
    EvaluationSettings es;
    es.topK = 3;
    es.measureMinimalBudget = false;
    es.attack.paperCompatible = true;
    es.attack.mask = randomMat(rng, 8, 8, CV_8U);
    es.explainer.set("RISE", "masks", 77);
    es.slic.minElementPercent = 10;
    es.explanationNes.epsilon = 8.0 / 255;
    es.seed = 42;
    p.evaluation = es;
    p.faceDetection = true;
    p.detectorUpsample = 2;
    p.frameSelection = "every 8th frame from 0 to 750";
    p.faceSelection = "the two faces with the highest P(fake)";
    p.topSegmentsShown = 4;
    p.commandLine = "fakelens-cli report clip.mp4 --methods LIME,LIME_adv";

    a.framesAnalysed = {0, 8, 16, 24};
    for (int f : a.framesAnalysed) {
        TimelinePoint t;
        t.frame = f;
        t.timeSeconds = f / 29.97;
        if (f != 16) {
            t.fakeProbabilities = {rng.uniform(0.0, 1.0), f == 8 ? nan : 0.5};
            t.trackIds = {1, f == 24 ? 3 : 2};
        }
        a.timeline.push_back(t);
    }
    a.facesScored = 6;
    a.facesCalledFake = 3;
    a.verdict.scored = true;
    a.verdict.fakeScore = 0.8125;
    a.verdict.fake = true;
    a.verdict.threshold = 0.37;
    a.verdict.unitsCounted = 3;
    a.verdict.rule = "video: top decile of per-frame maxima";
    a.verdict.inconclusiveUnits = 2; // frames in a band, counted apart
    a.verdict.smallFacesLeftOut = 5;
    a.notes = QStringList{"First note.", "Zweite Notiz: ß"};

    const int segments = 12;
    for (int i = 0; i < 2; ++i) {
        ReportFace f;
        f.frame = i == 0 ? 8 : 24;
        f.trackId = i + 1;
        f.timeSeconds = f.frame / 29.97;
        f.faceIndex = i;
        f.face.box = cv::Rect2f(10.25f + i, 20.5f, 100.125f, 99.0f + i);
        f.face.confidence = 1.75;
        for (int k = 0; k < 68; ++k)
            f.face.landmarks.emplace_back(rng.uniform(0.f, 200.f), rng.uniform(0.f, 200.f));
        f.face.landmarkDrift = i == 0 ? 0.125 : -1;
        f.wholeImage = i == 1;
        // The first face was drawn by the examiner (issue 18, part 5): its origin must survive.
        f.face.origin = i == 0 ? FaceOrigin::Examiner : FaceOrigin::Detector;
        f.cropCorners = {{1.5f, 2.5f}, {100.f, 2.5f}, {100.f, 101.f}, {1.5f, 101.f}};
        f.frameImage = randomMat(rng, frameSide, frameSide + 10, CV_8UC3);
        f.frameScale = 0.5;
        f.crop = randomMat(rng, side, side, CV_8UC3);
        f.fakeProbability = i == 0 ? 0.91 : 0.12;
        f.fake = i == 0;
        if (i == 0) {
            ExplainReport r;
            r.segments.labels = randomMat(rng, side, side, CV_32S);
            r.segments.count = segments;
            for (int s = 0; s < segments; ++s)
                r.segments.areas.push_back(100 + s);
            r.image = randomMat(rng, side, side, CV_32FC3);
            r.explanations.push_back(syntheticExplanation(rng, "LIME", side, segments));
            r.explanations.push_back(syntheticExplanation(rng, "LIME_adv", side, segments));
            NesResult n;
            n.adversarial = randomMat(rng, side, side, CV_32FC3);
            n.iterations = 17;
            n.inferences = 1400;
            n.finalRealProbability = 0.55;
            n.flipped = true;
            n.linf = 16.0 / 255;
            n.l2 = nan;
            n.realProbabilityCurve = {0.09, 0.2, nan, 0.55};
            n.seconds = 3.25;
            r.adversarial = n;
            r.fakeProbability = 0.9100000000000001;
            f.explanation = std::move(r);
            f.evaluation = syntheticEvaluation(rng, side, segments);
            f.robustness = syntheticRobustness();
        } else {
            f.notExplainedReason = "the detector calls this face real";
        }
        a.faces.push_back(std::move(f));
    }
    return a;
}

// A small saved case at `path` (syntheticAnalysis(1), saved by "tester"); returns `path`.
inline QString savedSyntheticCase(const QString& path) {
    CaseFile::create(path)->saveAnalysis(syntheticAnalysis(1), "tester");
    return path;
}

} // namespace fakelens::testing
