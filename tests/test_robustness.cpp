// The robustness re-test of a face (issue 18, part 4) on detectors whose answer is known in
// closed form: one that reads a fine checkerboard (JPEG at 50 and downscaling remove it, a
// one-pixel shift inverts it), one that reads mean brightness (nothing here changes it much),
// and probes that read one pixel (the shift moves the crop by exactly one frame pixel).
#include "faces/RobustnessTest.h"
#include "support/FunctionDetector.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QtTest>

#include <algorithm>

using namespace fakelens;

namespace {

constexpr int kGrey = 128;
constexpr int kAmplitude = 6; // grey levels: small enough for JPEG 50 to quantise away

double checker(int y, int x) { return ((x + y) & 1) ? -1.0 : 1.0; }

// P(fake) = 0.25 + 0.5 s / a, clamped, with s the mean of checker x pixel over the input and a
// the checkerboard's amplitude: 0.75 on the evidence, 0.25 once the texture is gone, 0 when it
// is inverted (a shift by one pixel).
double checkerScore(const cv::Mat& input) {
    double s = 0;
    for (int y = 0; y < input.rows; ++y)
        for (int x = 0; x < input.cols; ++x) {
            const cv::Vec3f p = input.at<cv::Vec3f>(y, x);
            s += checker(y, x) * (p[0] + p[1] + p[2]) / 3.0;
        }
    s /= double(input.total());
    return std::clamp(0.25 + 0.5 * s / (kAmplitude / 255.0), 0.0, 1.0);
}

// A 512x512 grey frame with a one-pixel checkerboard of +-kAmplitude everywhere.
cv::Mat checkerFrame() {
    cv::Mat frame(512, 512, CV_8UC3);
    for (int y = 0; y < frame.rows; ++y)
        for (int x = 0; x < frame.cols; ++x) {
            const int v = kGrey + int(checker(y, x)) * kAmplitude;
            frame.at<cv::Vec3b>(y, x) = cv::Vec3b(v, v, v);
        }
    return frame;
}

// The face: a 256-pixel box at (128, 128), copied 1:1 into the input by boxCopyCard().
DetectedFace centreFace() {
    DetectedFace face;
    face.box = cv::Rect2f(128, 128, 256, 256);
    return face;
}

// The expected score of a variant frame, computed here without the engine's crop code: the box
// is a plain region of the frame, brought to 256x256 the way Detector::prepareInput does.
double expectedScore(const cv::Mat& frame, cv::Rect box) {
    cv::Mat crop = frame(box), input;
    if (crop.size() != cv::Size(256, 256))
        cv::resize(crop, crop, cv::Size(256, 256), 0, 0, cv::INTER_AREA);
    crop.convertTo(input, CV_32FC3, 1.0 / 255.0);
    return checkerScore(input);
}

cv::Mat jpeg(const cv::Mat& rgb, int quality) {
    cv::Mat bgr, out;
    cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
    std::vector<uchar> bytes;
    cv::imencode(".jpg", bgr, bytes, {cv::IMWRITE_JPEG_QUALITY, quality});
    cv::cvtColor(cv::imdecode(bytes, cv::IMREAD_COLOR), out, cv::COLOR_BGR2RGB);
    return out;
}

cv::Mat scaled(const cv::Mat& rgb, double s) {
    cv::Mat out;
    cv::resize(rgb, out, cv::Size(), s, s, cv::INTER_AREA);
    return out;
}

const RobustnessVariant& variant(const RobustnessResult& r, const std::string& name) {
    for (const RobustnessVariant& v : r.variants)
        if (v.name == name)
            return v;
    throw std::runtime_error("no variant " + name);
}

} // namespace

class TestRobustness : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void jpegFragileTextureIsUnstable() {
        FunctionDetector detector(boxCopyCard("checker"), checkerScore);
        RobustnessSubject subject;
        subject.frameRgb = checkerFrame();
        subject.face = centreFace();
        const RobustnessResult r = testRobustness(subject, detector);

        QCOMPARE(int(r.variants.size()), 9);
        QCOMPARE(r.variants.front().name, std::string("jpeg90"));
        for (const RobustnessVariant& v : r.variants)
            qInfo("%s: P(fake) %.4f", v.name.c_str(), v.fakeProbability);
        QVERIFY(qAbs(r.originalFakeProbability - 0.75) < 1e-6);
        QCOMPARE(r.originalCall, FaceCall::Fake);
        const cv::Rect box(128, 128, 256, 256);
        for (int q : {90, 75, 50}) {
            const RobustnessVariant& v = variant(r, "jpeg" + std::to_string(q));
            const double expected = expectedScore(jpeg(subject.frameRgb, q), box);
            QVERIFY2(qAbs(v.fakeProbability - expected) < 1e-9,
                     qPrintable(QString("jpeg%1: %2, expected %3").arg(q).arg(v.fakeProbability).arg(expected)));
        }
        // JPEG 90 keeps the texture, JPEG 50 quantises it away: the verdict flips.
        QCOMPARE(variant(r, "jpeg90").call, FaceCall::Fake);
        QVERIFY(variant(r, "jpeg90").fakeProbability > 0.6);
        QCOMPARE(variant(r, "jpeg50").call, FaceCall::Real);
        QVERIFY(qAbs(variant(r, "jpeg50").fakeProbability - 0.25) < 0.05);
        // 0.75: the box becomes (96, 96, 192, 192) of the 384-pixel frame.
        QVERIFY(qAbs(variant(r, "scale0.75").fakeProbability -
                     expectedScore(scaled(subject.frameRgb, 0.75), cv::Rect(96, 96, 192, 192))) < 1e-9);
        QCOMPARE(variant(r, "scale0.75").call, FaceCall::Real);
        // 0.5: INTER_AREA averages each 2x2 block of the checkerboard to flat grey: exactly 0.25.
        QVERIFY(qAbs(variant(r, "scale0.5").fakeProbability - 0.25) < 1e-6);
        // One pixel in any direction inverts the checkerboard under the model: 0.
        for (const char* name : {"shift-right", "shift-down", "shift-left", "shift-up"})
            QVERIFY2(variant(r, name).fakeProbability < 1e-6, name);
        QVERIFY(r.unstable);
        QVERIFY(r.minFakeProbability < 1e-6);
        double highest = r.originalFakeProbability;
        for (const RobustnessVariant& v : r.variants)
            highest = std::max(highest, v.fakeProbability);
        QCOMPARE(r.maxFakeProbability, highest);
        QVERIFY(qAbs(r.maxAbsChange - 0.75) < 1e-6);
        // Deterministic: the same answer twice.
        const RobustnessResult again = testRobustness(subject, detector);
        for (size_t i = 0; i < r.variants.size(); ++i)
            QCOMPARE(again.variants[i].fakeProbability, r.variants[i].fakeProbability);
    }

    // With an inconclusive band the variants are judged by the card's one face verdict: the
    // checkerboard's 0.75 and the 0.25 left after JPEG 50 both lie in [0.2, 0.8], so JPEG no
    // longer flips the verdict; the inverted texture of a one-pixel shift (0.0) still does.
    void variantsAreJudgedWithTheCardsBand() {
        ModelCard card = boxCopyCard("checker");
        card.hasInconclusiveBand = true;
        card.inconclusiveLow = 0.2;
        card.inconclusiveHigh = 0.8;
        FunctionDetector detector(card, checkerScore);
        RobustnessSubject subject;
        subject.frameRgb = checkerFrame();
        subject.face = centreFace();
        const RobustnessResult r = testRobustness(subject, detector);
        QCOMPARE(r.originalCall, FaceCall::Inconclusive);
        QCOMPARE(variant(r, "jpeg90").call, FaceCall::Inconclusive);
        QCOMPARE(variant(r, "jpeg50").call, FaceCall::Inconclusive);
        QCOMPARE(variant(r, "scale0.5").call, FaceCall::Inconclusive);
        QCOMPARE(variant(r, "shift-right").call, FaceCall::Real);
        QVERIFY(r.unstable);
    }

    void smoothContentIsStable() {
        // P(fake) = mean brightness; the frame is a smooth ramp around 0.6.
        FunctionDetector detector(boxCopyCard("brightness"), [](const cv::Mat& input) {
            const cv::Scalar m = cv::mean(input);
            return (m[0] + m[1] + m[2]) / 3.0;
        });
        RobustnessSubject subject;
        subject.frameRgb = cv::Mat(512, 512, CV_8UC3);
        for (int y = 0; y < 512; ++y)
            for (int x = 0; x < 512; ++x)
                subject.frameRgb.at<cv::Vec3b>(y, x) = cv::Vec3b(120 + x / 8, 150 + y / 16, 170);
        subject.face = centreFace();
        const RobustnessResult r = testRobustness(subject, detector);
        // The box (128..383) of the ramp: mean of R 151.5, G 165.5, B 170, over 255.
        QVERIFY2(qAbs(r.originalFakeProbability - 487.0 / 3 / 255) < 1e-6, qPrintable(QString::number(r.originalFakeProbability)));
        QCOMPARE(detector.calls(), 2); // the original alone, then all nine variants in one call
        QCOMPARE(int(r.variants.size()), 9);
        for (const RobustnessVariant& v : r.variants) {
            QVERIFY2(qAbs(v.fakeProbability - r.originalFakeProbability) < 0.01, v.name.c_str());
            QCOMPARE(v.call, FaceCall::Fake);
        }
        QVERIFY(!r.unstable);
        QVERIFY(r.maxAbsChange < 0.01);
        QVERIFY(r.maxFakeProbability - r.minFakeProbability < 0.01);

        // A given original is the reference as it is, and is not scored again.
        subject.originalFakeProbability = 0.6;
        const RobustnessResult given = testRobustness(subject, detector);
        QCOMPARE(given.originalFakeProbability, 0.6);
        QCOMPARE(detector.calls(), 3);
        for (size_t i = 0; i < r.variants.size(); ++i)
            QCOMPARE(given.variants[i].fakeProbability, r.variants[i].fakeProbability);
    }

    void shiftMovesTheCropByOnePixel() {
        // R = x mod 256, G = y mod 256: a probe of the input pixel (10, 10) reads the frame
        // position the crop starts at.
        cv::Mat frame(512, 512, CV_8UC3);
        for (int y = 0; y < 512; ++y)
            for (int x = 0; x < 512; ++x)
                frame.at<cv::Vec3b>(y, x) = cv::Vec3b(x % 256, y % 256, 0);
        RobustnessSubject subject;
        subject.frameRgb = frame;
        subject.face.box = cv::Rect2f(100, 100, 256, 256);
        for (int channel : {0, 1}) {
            FunctionDetector probe(boxCopyCard("probe"), [channel](const cv::Mat& input) {
                return double(input.at<cv::Vec3f>(10, 10)[channel]);
            });
            const RobustnessResult r = testRobustness(subject, probe);
            QVERIFY(qAbs(r.originalFakeProbability - 110 / 255.0) < 1e-6);
            const double step = 1 / 255.0;
            const double right = channel == 0 ? step : 0, down = channel == 1 ? step : 0;
            QVERIFY(qAbs(variant(r, "shift-right").fakeProbability - (110 / 255.0 + right)) < 1e-6);
            QVERIFY(qAbs(variant(r, "shift-left").fakeProbability - (110 / 255.0 - right)) < 1e-6);
            QVERIFY(qAbs(variant(r, "shift-down").fakeProbability - (110 / 255.0 + down)) < 1e-6);
            QVERIFY(qAbs(variant(r, "shift-up").fakeProbability - (110 / 255.0 - down)) < 1e-6);
        }
    }

    void mesoNetCropShiftsWithTheLandmarks() {
        // MesoNet's crop follows the landmarks (not the box): they move with the face. On a
        // linear ramp (R = x - 100, G = y - 100) the crop's centre pixel then reads exactly one
        // grey level more or less, whatever the crop's scale.
        cv::Mat frame(512, 512, CV_8UC3);
        for (int y = 0; y < 512; ++y)
            for (int x = 0; x < 512; ++x)
                frame.at<cv::Vec3b>(y, x) = cv::Vec3b(cv::saturate_cast<uchar>(x - 100), cv::saturate_cast<uchar>(y - 100), 0);
        RobustnessSubject subject;
        subject.frameRgb = frame;
        subject.face.box = cv::Rect2f(170, 170, 120, 120);
        subject.face.landmarks.assign(68, cv::Point2f(230, 230));
        for (int i = 36; i < 42; ++i)
            subject.face.landmarks[size_t(i)] = cv::Point2f(200, 200);
        for (int i = 42; i < 48; ++i)
            subject.face.landmarks[size_t(i)] = cv::Point2f(260, 200);
        for (int i = 48; i < 68; ++i)
            subject.face.landmarks[size_t(i)] = cv::Point2f(230, 260);
        ModelCard card = boxCopyCard("probe");
        card.crop = CropPolicy::MesoNet;
        for (int channel : {0, 1}) {
            FunctionDetector probe(card, [channel](const cv::Mat& input) {
                return double(input.at<cv::Vec3f>(128, 128)[channel]);
            });
            const RobustnessResult r = testRobustness(subject, probe);
            const double o = r.originalFakeProbability, step = 1 / 255.0;
            QVERIFY(o > 100 / 255.0 && o < 160 / 255.0);
            const double right = channel == 0 ? step : 0, down = channel == 1 ? step : 0;
            QVERIFY(qAbs(variant(r, "shift-right").fakeProbability - (o + right)) < 1e-6);
            QVERIFY(qAbs(variant(r, "shift-left").fakeProbability - (o - right)) < 1e-6);
            QVERIFY(qAbs(variant(r, "shift-down").fakeProbability - (o + down)) < 1e-6);
            QVERIFY(qAbs(variant(r, "shift-up").fakeProbability - (o - down)) < 1e-6);
        }
    }

    void wholeFrameShiftMovesTheWindow() {
        // --no-detect: the face is the whole frame; a shift right shows the content one pixel on.
        cv::Mat frame(256, 256, CV_8UC3);
        for (int y = 0; y < 256; ++y)
            for (int x = 0; x < 256; ++x)
                frame.at<cv::Vec3b>(y, x) = cv::Vec3b(x, y, 0);
        FunctionDetector probe(boxCopyCard("probe"), [](const cv::Mat& input) {
            return double(input.at<cv::Vec3f>(10, 10)[0]);
        });
        RobustnessSubject subject;
        subject.frameRgb = frame;
        subject.wholeFrame = true;
        const RobustnessResult r = testRobustness(subject, probe);
        QVERIFY(qAbs(r.originalFakeProbability - 10 / 255.0) < 1e-6);
        QVERIFY(qAbs(variant(r, "shift-right").fakeProbability - 11 / 255.0) < 1e-6);
        QVERIFY(qAbs(variant(r, "shift-left").fakeProbability - 9 / 255.0) < 1e-6);
        QVERIFY(qAbs(variant(r, "shift-down").fakeProbability - 10 / 255.0) < 1e-6);
    }

    void cancelStopsTheTest() {
        FunctionDetector detector(boxCopyCard("checker"), checkerScore);
        RobustnessSubject subject;
        subject.frameRgb = checkerFrame();
        subject.face = centreFace();
        CancelToken cancel;
        cancel.cancel();
        bool threw = false;
        try {
            testRobustness(subject, detector, {}, cancel);
        } catch (const CancelledError&) {
            threw = true;
        }
        QVERIFY(threw);
    }
};

QTEST_GUILESS_MAIN(TestRobustness)
#include "test_robustness.moc"
