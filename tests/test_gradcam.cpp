// Grad-CAM (issue 17): the detector's layer gradients and the map, checked against a reference
// computed here by another route (the TorchScript module's submodules run by hand, autograd on
// the layer's output) and against a differentiable synthetic model whose answer is known.
#include "core/Error.h"
#include "explain/GradCam.h"
#include "explain/ExplainerRegistry.h"
#include "explain/ExplanationRunner.h"
#include "explain/GradCamExplainer.h"
#include "explain/Segmentation.h"
#include "models/DetectorFactory.h"
#include "models/EnsembleDetector.h"
#include "models/ModelCard.h"
#include "support/SyntheticDetector.h"
#include "support/TestPaths.h"

#include <QFile>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <torch/script.h>
#include <torch/torch.h>

#include <fstream>
#include <map>
#include <set>

using namespace fakelens;

namespace {

const cv::Rect kPatch(136, 88, 16, 16); // the synthetic model's decisive patch (input pixels)

cv::Mat loadFace(Detector& detector, const QString& relative) {
    const cv::Mat bgr = cv::imread(testpaths::shared(relative).toStdString(), cv::IMREAD_COLOR);
    if (bgr.empty())
        return {};
    cv::Mat rgb;
    cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
    return detector.prepareInput(rgb);
}

std::unique_ptr<Detector> loadMeso4(const char* extension, const std::string& card = {}) {
    DetectorOptions options;
    options.device = DeviceChoice::Cpu;
    // A Keras .h5 has its card built in (a card given with it is refused); a .pt takes the project's.
    if (std::string(extension) == "pt")
        options.cardPath = card.empty() ? testpaths::modelCard("Meso4_DF").toStdString() : card;
    return loadDetector(testpaths::shared(QString("models/Meso4_DF.") + extension).toStdString(), options);
}

// What the reference route found for one image: the layer output A, dS/dA and the fake score S.
struct Reference {
    torch::Tensor activations, gradients;
    double score = 0.0;
};

// Meso4_DF.pt's forward, written out from its TorchScript source (code/__torch__.py) and run
// submodule by submodule; S = -(fc2's output), the logit of P(fake) = 1 - sigmoid(fc2).
Reference meso4Reference(const cv::Mat& input) {
    torch::jit::Module meso = torch::jit::load(testpaths::torchScriptModel("Meso4_DF").toStdString());
    meso.eval();
    std::map<std::string, torch::jit::Module> m;
    for (const auto& child : meso.named_children())
        m.emplace(child.name, child.value);
    auto run = [&](const char* name, const torch::Tensor& x) { return m.at(name).forward({x}).toTensor(); };
    const torch::Tensor x = torch::from_blob(const_cast<float*>(input.ptr<float>()), {1, 256, 256, 3})
                                .permute({0, 3, 1, 2})
                                .contiguous()
                                .requires_grad_(true);
    torch::Tensor h = torch::max_pool2d(run("bn1", run("l1", x)), 2);
    h = torch::max_pool2d(run("bn2", run("l2", h)), 2);
    h = torch::max_pool2d(run("bn3", run("l3", h)), 2);
    const torch::Tensor a = run("l4", h);
    h = torch::max_pool2d(run("bn4", a), 4);
    h = h.permute({0, 2, 3, 1}).reshape({1, -1});
    h = torch::leaky_relu(run("fc1", h), 0.1);
    const torch::Tensor score = -run("fc2", h).sum();
    Reference r;
    r.gradients = torch::autograd::grad({score}, {a}).at(0).detach();
    r.activations = a.detach();
    r.score = score.item<double>();
    return r;
}

// The map from the reference tensors, with torch's own bilinear resize (align_corners false is
// OpenCV's INTER_LINEAR pixel-centre convention).
torch::Tensor referenceMap(const Reference& r) {
    const torch::Tensor weights = r.gradients.mean({2, 3}, /*keepdim=*/true);
    const torch::Tensor cam = torch::relu((weights * r.activations).sum(1, /*keepdim=*/true));
    namespace F = torch::nn::functional;
    return F::interpolate(cam, F::InterpolateFuncOptions()
                                   .size(std::vector<int64_t>{256, 256})
                                   .mode(torch::kBilinear)
                                   .align_corners(false))
        .reshape({256, 256});
}

double maxAbsDifference(const std::vector<float>& values, const torch::Tensor& expected) {
    const torch::Tensor e = expected.to(torch::kFloat).contiguous().reshape({-1});
    if (e.numel() != std::int64_t(values.size()))
        return std::numeric_limits<double>::infinity();
    const torch::Tensor v = torch::from_blob(const_cast<float*>(values.data()), {e.numel()});
    return (v - e).abs().max().item<double>();
}

// A TorchScript detector whose fake logit depends on one patch only: feature "feat" = ReLU of a
// stride-2 2x2 convolution with channel 0 a one-pixel checkerboard detector and channel 1 the mean
// brightness; z = 60 * (mean over the patch's cells of A0 - 0.1 * the same of A1), P(fake) =
// sigmoid(z). So dz/dA0 = 60/64 and dz/dA1 = -6/64 on the patch's 8x8 cells, 0 elsewhere.
void writeSyntheticGradientModel(const std::string& path) {
    torch::Tensor w = torch::zeros({2, 3, 2, 2});
    for (int c = 0; c < 3; ++c)
        for (int y = 0; y < 2; ++y)
            for (int x = 0; x < 2; ++x) {
                w[0][c][y][x] = ((x + y) % 2 ? -1.0f : 1.0f) / 12.0f;
                w[1][c][y][x] = 1.0f / 12.0f;
            }
    torch::jit::Module feat("GradCamFeature");
    feat.register_parameter("w", w, false);
    feat.register_parameter("b", torch::zeros({2}), false);
    feat.define("def forward(self, x):\n"
                "    return torch.relu(torch.conv2d(x, self.w, self.b, [2, 2], [0, 0], [1, 1], 1))\n");
    torch::Tensor mask = torch::zeros({128, 128});
    mask.slice(0, kPatch.y / 2, (kPatch.y + kPatch.height) / 2)
        .slice(1, kPatch.x / 2, (kPatch.x + kPatch.width) / 2)
        .fill_(1.0f / 64.0f);
    torch::jit::Module model("GradCamSynthetic");
    model.register_module("feat", feat);
    model.register_buffer("mask", mask);
    model.define("def forward(self, x):\n"
                 "    a = self.feat.forward(x)\n"
                 "    s = (a[:, 0] * self.mask).sum([1, 2]) - 0.1 * (a[:, 1] * self.mask).sum([1, 2])\n"
                 "    return torch.sigmoid(60.0 * s).unsqueeze(1)\n");
    model.save(path);
    ModelCard card;
    card.name = "gradcam-synthetic";
    card.output = OutputKind::SigmoidFake;
    card.classes = {"fake"};
    card.gradcamLayer = "feat";
    std::ofstream(path.substr(0, path.rfind('.')) + ".json") << card.toJson();
}

// The synthetic face with a strong checkerboard (amplitude 0.25) in the patch: stronger than any
// stray response of the checkerboard filter at the blobs' pixel staircases.
cv::Mat syntheticGradientFace() {
    cv::Mat image = makeSyntheticImage(kPatch);
    for (int y = kPatch.y; y < kPatch.y + kPatch.height; ++y)
        for (int x = kPatch.x; x < kPatch.x + kPatch.width; ++x) {
            const float v = 0.5f + (((x + y) % 2) ? -0.25f : 0.25f);
            image.at<cv::Vec3f>(y, x) = cv::Vec3f(v, v, v);
        }
    return image;
}

} // namespace

class TestGradCam : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void meso4MatchesReference_data();
    void meso4MatchesReference();
    void syntheticPatchIsWhereTheMapPeaks();
    void cardKey();
    void unsupportedDetectorsSaySo();
    void explainerRanksThePatchFirst();
    void registeredWithoutAdversarialForm();
};

void TestGradCam::meso4MatchesReference_data() {
    QTest::addColumn<QString>("extension");
    QTest::newRow("TorchScript .pt with the project card") << "pt";
    QTest::newRow("native .h5 (MesoNetBuilder)") << "h5";
}

void TestGradCam::meso4MatchesReference() {
    QFETCH(QString, extension);
    const auto detector = loadMeso4(extension.toUtf8().constData());
    QVERIFY(detector->supportsGradients());
    const cv::Mat face = loadFace(*detector, "samples/faces/fake/df00204.jpg");
    if (face.empty())
        QFAIL("samples/faces/fake/df00204.jpg is missing from FAKELENS_SHARED_DIR");

    const LayerGradients layer = detector->layerGradients(face);
    QCOMPARE(layer.layer, std::string(extension == "pt" ? "l4" : "conv4"));
    QCOMPARE(layer.channels, 16);
    QCOMPARE(layer.height, 32);
    QCOMPARE(layer.width, 32);
    // The same forward as detection: the same P(fake), a fake, and S its log-odds.
    QVERIFY(std::abs(layer.fakeProbability - detector->fakeProbability(face)) < 1e-6);
    QVERIFY(layer.fakeProbability > 0.5);
    QVERIFY(std::abs(layer.score - std::log(layer.fakeProbability / (1 - layer.fakeProbability))) < 1e-3);

    const Reference ref = meso4Reference(face);
    QVERIFY(std::abs(layer.score - ref.score) < 1e-5);
    const double gradScale = std::max(1e-3, ref.gradients.abs().max().item<double>());
    const double actScale = std::max(1.0, ref.activations.abs().max().item<double>());
    const double actDiff = maxAbsDifference(layer.activations, ref.activations);
    const double gradDiff = maxAbsDifference(layer.gradients, ref.gradients);
    qInfo("max |A - A_ref| %.3g (scale %.3g), max |dA - dA_ref| %.3g (scale %.3g)", actDiff, actScale, gradDiff,
          gradScale);
    QVERIFY(actDiff <= 1e-5 * actScale);
    QVERIFY(gradDiff <= 1e-5 * gradScale);

    const cv::Mat map = gradCamMap(layer, face.size());
    QCOMPARE(map.type(), CV_32F);
    QCOMPARE(map.size(), face.size());
    const torch::Tensor refMap = referenceMap(ref);
    const double mapScale = refMap.max().item<double>();
    QVERIFY(mapScale > 0); // a fake face has evidence for "fake" somewhere
    const double mapDiff = maxAbsDifference(std::vector<float>(map.begin<float>(), map.end<float>()), refMap);
    qInfo("max |map - map_ref| %.3g (max %.3g)", mapDiff, mapScale);
    QVERIFY(mapDiff <= 1e-5 * mapScale);
    const cv::Mat direct = gradCam(*detector, face);
    QCOMPARE(cv::norm(direct, map, cv::NORM_INF), 0.0);
}

void TestGradCam::syntheticPatchIsWhereTheMapPeaks() {
    const std::string path = testpaths::output("gradcam/synthetic.pt").toStdString();
    writeSyntheticGradientModel(path);
    DetectorOptions options;
    options.device = DeviceChoice::Cpu;
    const auto detector = loadDetector(path, options);
    QVERIFY(detector->supportsGradients());
    const cv::Mat face = syntheticGradientFace();
    const LayerGradients layer = detector->layerGradients(face);
    QCOMPARE(layer.channels, 2);
    QCOMPARE(layer.height, 128);
    QCOMPARE(layer.width, 128);
    QVERIFY(layer.fakeProbability > 0.9);

    // Known gradients: dz/dA0 = 60/64 and dz/dA1 = -6/64 on the patch's cells, 0 elsewhere.
    const cv::Rect cells(kPatch.x / 2, kPatch.y / 2, kPatch.width / 2, kPatch.height / 2);
    for (int c = 0; c < 2; ++c)
        for (int y = 0; y < 128; ++y)
            for (int x = 0; x < 128; ++x) {
                const float expected = cells.contains({x, y}) ? (c == 0 ? 60.0f : -6.0f) / 64.0f : 0.0f;
                const float got = layer.gradients[(size_t(c) * 128 + y) * 128 + x];
                if (std::abs(got - expected) > 1e-5f)
                    QFAIL(qPrintable(QString("gradient %1 at cell (%2, %3) of channel %4, expected %5")
                                         .arg(got).arg(x).arg(y).arg(c).arg(expected)));
            }

    const cv::Mat map = gradCamMap(layer, face.size());
    double maxValue = 0;
    cv::Point peak;
    cv::minMaxLoc(map, nullptr, &maxValue, nullptr, &peak);
    QVERIFY2(kPatch.contains(peak), qPrintable(QString("peak at (%1, %2)").arg(peak.x).arg(peak.y)));
    QVERIFY(maxValue > 0);
    // Brightness has a negative weight: bright skin far from the patch scores exactly 0, so a
    // map that followed brightness (or the absolute gradient) would fail here.
    QCOMPARE(map.at<float>(60, 230), 0.0f);
    QVERIFY(cv::mean(map(kPatch))[0] > 10 * cv::mean(map)[0]);
}

void TestGradCam::cardKey() {
    // Parsed, written back, and a bad value is an error naming the key.
    const std::string base = R"({"fakelens_card": 1, "name": "x", "input_size": [256, 256], "scale": 0.00392156862745098,
        "output": {"kind": "sigmoid_real"}, )";
    QCOMPARE(ModelCard::fromJson(base + R"("gradcam_layer": "features.7"})", "card").gradcamLayer,
             std::string("features.7"));
    const ModelCard meso = ModelCard::fromFile(testpaths::modelCard("Meso4_DF").toStdString());
    QCOMPARE(meso.gradcamLayer, std::string("l4"));
    QCOMPARE(ModelCard::fromJson(meso.toJson(), "round trip").gradcamLayer, std::string("l4"));
    for (const char* bad : {R"(3)", R"("")", R"("l4; import os")", R"("l4.")"}) {
        try {
            ModelCard::fromJson(base + "\"gradcam_layer\": " + bad + "}", "card");
            QFAIL(qPrintable(QString("gradcam_layer %1 was accepted").arg(bad)));
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::ModelCardInvalid);
            QVERIFY2(std::string(e.what()).find("'gradcam_layer'") != std::string::npos, e.what());
        }
    }
    // A layer the model does not call is refused when the model loads, listing the ones it does.
    const QString card = testpaths::output("gradcam/Meso4_DF_l9.json");
    std::ofstream(card.toStdString()) << ModelCard::fromJson(base + R"("gradcam_layer": "l9"})", "card").toJson();
    try {
        loadMeso4("pt", card.toStdString());
        QFAIL("a card naming a missing layer was accepted");
    } catch (const Error& e) {
        QCOMPARE(e.code(), ErrorCode::ModelCardInvalid);
        const std::string what = e.what();
        QVERIFY2(what.find("'gradcam_layer'") != std::string::npos && what.find("l9") != std::string::npos &&
                     what.find("l4") != std::string::npos,
                 e.what());
    }
}

void TestGradCam::unsupportedDetectorsSaySo() {
    // A card without the key: the detector works but gives no gradients, and says which key.
    ModelCard plain = ModelCard::fromFile(testpaths::modelCard("Meso4_DF").toStdString());
    plain.gradcamLayer.clear();
    const QString card = testpaths::output("gradcam/Meso4_DF_plain.json");
    std::ofstream(card.toStdString()) << plain.toJson();
    const auto detector = loadMeso4("pt", card.toStdString());
    QVERIFY(!detector->supportsGradients());
    const cv::Mat face = loadFace(*detector, "samples/faces/fake/df00204.jpg");
    QVERIFY(!face.empty());
    QVERIFY(detector->fakeProbability(face) > 0.5);
    try {
        detector->layerGradients(face);
        QFAIL("layerGradients() answered without a gradcam_layer");
    } catch (const Error& e) {
        QCOMPARE(e.code(), ErrorCode::InvalidArgument);
        QVERIFY2(std::string(e.what()).find("gradcam_layer") != std::string::npos, e.what());
    }
    // An ensemble is a max over members: no single layer to explain.
    std::vector<std::unique_ptr<Detector>> members;
    members.push_back(loadMeso4("pt"));
    members.push_back(loadMeso4("h5"));
    EnsembleDetector ensemble(std::move(members));
    QVERIFY(!ensemble.supportsGradients());
    QVERIFY_THROWS_EXCEPTION(Error, ensemble.layerGradients(face));
}

void TestGradCam::explainerRanksThePatchFirst() {
    const std::string path = testpaths::output("gradcam/synthetic_explain.pt").toStdString();
    writeSyntheticGradientModel(path);
    DetectorOptions options;
    options.device = DeviceChoice::Cpu;
    const auto detector = loadDetector(path, options);
    const cv::Mat face = syntheticGradientFace();
    const Segmentation segments = segmentSlic(face);
    ExplainContext ctx;
    ctx.detector = detector.get();
    ctx.image = face;
    ctx.segments = &segments;
    const GradCamExplainer explainer;
    QCOMPARE(explainer.name(), std::string("GRADCAM"));
    const Explanation e = explainer.explain(ctx);
    QCOMPARE(int(e.segmentScores.size()), segments.count);
    QCOMPARE(int(e.ranking.size()), segments.count);
    QCOMPARE(e.inferences, 1LL);
    // The map is the engine's gradCam() of the face, and a segment's score its mean there.
    QCOMPARE(cv::norm(e.saliency, gradCam(*detector, face), cv::NORM_INF), 0.0);
    // The segments covering the patch (at least one patch row, 16 px, of it) come first.
    cv::Mat patchMask = cv::Mat::zeros(face.size(), CV_8U);
    patchMask(kPatch).setTo(255);
    std::set<int> covering;
    for (int s = 0; s < segments.count; ++s) {
        const int overlap = cv::countNonZero(segments.maskOf({s}) & patchMask);
        if (overlap >= kPatch.width)
            covering.insert(s);
        if (overlap > 0)
            qInfo("segment %2d: %3d px of the patch, area %4d, score %.4g", s, overlap, segments.areas[size_t(s)],
                  e.segmentScores[size_t(s)]);
    }
    QVERIFY(!covering.empty());
    const std::set<int> first(e.ranking.begin(), e.ranking.begin() + std::ptrdiff_t(covering.size()));
    QVERIFY2(first == covering, "the top-ranked segments are not the ones covering the patch");

    // A detector without gradients is refused with the reason, naming the card key.
    SyntheticDetector blackBox(kPatch);
    ctx.detector = &blackBox;
    try {
        explainer.explain(ctx);
        QFAIL("GRADCAM explained a detector without gradients");
    } catch (const Error& error) {
        QCOMPARE(error.code(), ErrorCode::InvalidArgument);
        QVERIFY2(std::string(error.what()).find("gradcam_layer") != std::string::npos, error.what());
    }
}

void TestGradCam::registeredWithoutAdversarialForm() {
    QCOMPARE(parseMethodName("GradCam").display(), std::string("GRADCAM"));
    const MethodDescriptor& d = methodDescriptor("gradcam");
    QVERIFY(!d.hasAdversarialForm);
    QVERIFY(d.needsGradients);
    try {
        parseMethodName("gradcam_adv");
        QFAIL("gradcam_adv was accepted");
    } catch (const Error& e) {
        QCOMPARE(e.code(), ErrorCode::InvalidArgument);
        const std::string what = e.what();
        QVERIFY2(what.find("GRADCAM") != std::string::npos && what.find("_adv") != std::string::npos, e.what());
    }
    // "all" holds GRADCAM (no _adv) for a detector with gradients, and leaves it out otherwise.
    const auto all = allMethodNames(true), blackBox = allMethodNames(false);
    QVERIFY(std::count(all.begin(), all.end(), "GRADCAM") == 1 &&
            std::count(all.begin(), all.end(), "GRADCAM_adv") == 0);
    QVERIFY(std::count(blackBox.begin(), blackBox.end(), "GRADCAM") == 0);

    // Through the runner, as the CLI and the workbench call it: the same map as gradCam().
    const std::string path = testpaths::output("gradcam/synthetic_runner.pt").toStdString();
    writeSyntheticGradientModel(path);
    DetectorOptions options;
    options.device = DeviceChoice::Cpu;
    const auto detector = loadDetector(path, options);
    ExplainRequest request;
    request.methods = {"gradcam"};
    const ExplainReport report = explainFace(*detector, syntheticGradientFace(), request);
    QCOMPARE(int(report.explanations.size()), 1);
    QCOMPARE(report.explanations[0].method, std::string("GRADCAM"));
    QVERIFY(!report.adversarial.has_value());
    QCOMPARE(cv::norm(report.explanations[0].saliency, gradCam(*detector, report.image), cv::NORM_INF), 0.0);
    cv::Mat patchMask = cv::Mat::zeros(report.image.size(), CV_8U);
    patchMask(kPatch).setTo(255);
    QVERIFY(cv::countNonZero(report.segments.maskOf({report.explanations[0].ranking.front()}) & patchMask) > 0);
}

QTEST_GUILESS_MAIN(TestGradCam)
#include "test_gradcam.moc"
