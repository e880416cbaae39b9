#include "core/Error.h"
#include "explain/Segmentation.h"
#include "support/SyntheticDetector.h"
#include "support/TestPaths.h"

#include <QtTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cstring>
#include <numeric>

using namespace fakelens;

// SLIC superpixels: compact labels, about the wanted count, one connected piece per segment,
// deterministic.
class TestSegmentation : public QObject {
    Q_OBJECT

private:
    static cv::Mat loadFace(const QString& relative) {
        const cv::Mat bgr = cv::imread(testpaths::shared(relative).toStdString(), cv::IMREAD_COLOR);
        if (bgr.empty())
            return {};
        cv::Mat rgb, resized, rgbFloat;
        cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
        cv::resize(rgb, resized, cv::Size(256, 256), 0, 0, cv::INTER_AREA);
        resized.convertTo(rgbFloat, CV_32FC3, 1.0 / 255.0);
        return rgbFloat;
    }

    static void checkWellFormed(const Segmentation& seg, const cv::Size& size) {
        QCOMPARE(seg.labels.type(), CV_32S);
        QCOMPARE(seg.labels.rows, size.height);
        QCOMPARE(seg.labels.cols, size.width);
        QCOMPARE(int(seg.areas.size()), seg.count);
        double minLabel = 0, maxLabel = 0;
        cv::minMaxLoc(seg.labels, &minLabel, &maxLabel);
        QCOMPARE(int(minLabel), 0);
        QCOMPARE(int(maxLabel), seg.count - 1);
        QCOMPARE(std::accumulate(seg.areas.begin(), seg.areas.end(), 0), size.area());
        // Labels are numbered in raster order of first appearance.
        int nextNew = 0;
        for (int y = 0; y < seg.labels.rows; ++y)
            for (int x = 0; x < seg.labels.cols; ++x) {
                const int l = seg.labels.at<int>(y, x);
                QVERIFY(l <= nextNew);
                if (l == nextNew)
                    ++nextNew;
            }
        for (int s = 0; s < seg.count; ++s) {
            const cv::Mat mask = seg.maskOf({s});
            QCOMPARE(cv::countNonZero(mask), seg.areas[size_t(s)]);
            cv::Mat components;
            // Background + exactly one piece.
            QCOMPARE(cv::connectedComponents(mask, components, 8), 2);
        }
    }

private Q_SLOTS:
    void realFaceHasAboutFiftyConnectedSegments_data() {
        QTest::addColumn<QString>("face");
        QTest::newRow("df00204") << "samples/faces/fake/df00204.jpg";
        QTest::newRow("df01254") << "samples/faces/fake/df01254.jpg";
        QTest::newRow("real00240") << "samples/faces/real/real00240.jpg";
    }
    void realFaceHasAboutFiftyConnectedSegments() {
        QFETCH(QString, face);
        const cv::Mat image = loadFace(face);
        if (image.empty())
            QFAIL("cannot run this check: sample face not available");
        const Segmentation seg = segmentSlic(image, SlicOptions{});
        qInfo("%s: %d segments", qPrintable(face), seg.count);
        QVERIFY2(seg.count >= 35 && seg.count <= 65, qPrintable(QString::number(seg.count)));
        checkWellFormed(seg, image.size());
    }

    void countFollowsTheRequest() {
        const cv::Mat image = loadFace("samples/faces/fake/df00204.jpg");
        if (image.empty())
            QFAIL("cannot run this check: sample face not available");
        SlicOptions options;
        options.segments = 100;
        const Segmentation many = segmentSlic(image, options);
        options.segments = 20;
        const Segmentation few = segmentSlic(image, options);
        QVERIFY2(many.count >= 70 && many.count <= 130, qPrintable(QString::number(many.count)));
        QVERIFY2(few.count >= 12 && few.count <= 28, qPrintable(QString::number(few.count)));
        checkWellFormed(many, image.size());
        checkWellFormed(few, image.size());
    }

    void acceptsEightBitInput() {
        const cv::Mat image = makeSyntheticImage();
        cv::Mat image8;
        image.convertTo(image8, CV_8UC3, 255.0);
        const Segmentation a = segmentSlic(image);
        const Segmentation b = segmentSlic(image8);
        checkWellFormed(a, image.size());
        QCOMPARE(a.count, b.count);
        QCOMPARE(cv::countNonZero(a.labels != b.labels), 0);
    }

    void isDeterministic() {
        const cv::Mat image = makeSyntheticImage();
        const Segmentation a = segmentSlic(image);
        const Segmentation b = segmentSlic(image);
        QCOMPARE(a.count, b.count);
        QVERIFY(std::memcmp(a.labels.data, b.labels.data, a.labels.total() * sizeof(int)) == 0);
        QCOMPARE(a.areas, b.areas);
    }

    void maskOfUnionAndInvalidIds() {
        const Segmentation seg = segmentSlic(makeSyntheticImage());
        QVERIFY(seg.count >= 2);
        const cv::Mat mask = seg.maskOf({0, 1, -5, seg.count + 3});
        QCOMPARE(mask.type(), CV_8U);
        QCOMPARE(cv::countNonZero(mask), seg.areas[0] + seg.areas[1]);
        QCOMPARE(cv::countNonZero(seg.maskOf({})), 0);
    }

    void rejectsBadInput() {
        QVERIFY_THROWS_EXCEPTION(Error, segmentSlic(cv::Mat()));
        QVERIFY_THROWS_EXCEPTION(Error, segmentSlic(cv::Mat(10, 10, CV_8UC1, cv::Scalar(0))));
    }
};

QTEST_GUILESS_MAIN(TestSegmentation)
#include "test_segmentation.moc"
