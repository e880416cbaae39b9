// The comparison an examiner makes, on a synthetic explanation (no model needed): a pair of maps
// whose top segments differ by 4x must look different on the shared colour scale and alike per
// map (read back from the rendered widgets), rank labels never overlap, the NES chart counts
// whole iterations, the evaluation chart's value axis fits its bars and threshold, and exported
// figures carry their caption (in the picture and in the PNG's text chunk). Each state is saved
// under <build>/screenshots for reviewers.
#include "explain/AdversarialPanel.h"
#include "explain/ColorLegend.h"
#include "explain/ExplanationPanel.h"
#include "explain/HeatmapView.h"
#include "explain/SegmentScores.h"
#include "explain/ZoomPanState.h"
#include "evaluate/EvaluationChart.h"
#include "evaluate/FaceEvaluator.h"
#include "widgets/EvidencePanel.h"
#include "widgets/FrameView.h"

#include "media/EvidenceMetadata.h"
#include "support/TestPaths.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QTableWidget>
#include <QTimer>
#include <QClipboard>
#include <QGuiApplication>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QPainter>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace fakelens;
using namespace fakelens::ui;

namespace {

constexpr int kSize = 96;
constexpr int kBlock = 24; // 4 x 4 square segments
constexpr int kClassicTop = 5;
constexpr int kAdversarialTop = 10;

void saveScreenshot(QWidget& widget, const QString& name) {
    QDir().mkpath(QStringLiteral(FAKELENS_SCREENSHOT_DIR));
    QCoreApplication::processEvents(); // pending layout requests (the legend grows with its bars)
    const QString path = QDir(QStringLiteral(FAKELENS_SCREENSHOT_DIR)).filePath(name);
    QVERIFY2(widget.grab().save(path, "PNG"), qPrintable(path));
}

Segmentation gridSegments() {
    Segmentation s;
    s.labels = cv::Mat(kSize, kSize, CV_32S);
    for (int y = 0; y < kSize; ++y)
        for (int x = 0; x < kSize; ++x)
            s.labels.at<int>(y, x) = (y / kBlock) * (kSize / kBlock) + x / kBlock;
    s.count = (kSize / kBlock) * (kSize / kBlock);
    s.areas.assign(size_t(s.count), kBlock * kBlock);
    return s;
}

Explanation explanation(const std::string& method, const Segmentation& segments, int top, double topScore) {
    Explanation e;
    e.method = method;
    e.segmentScores.assign(size_t(segments.count), 0.0);
    for (int i = 0; i < segments.count; ++i)
        e.segmentScores[size_t(i)] = topScore * 0.1 * (i % 3); // small, below the top
    e.segmentScores[size_t(top)] = topScore;
    e.saliency = paintSegments(segments, e.segmentScores);
    e.saliencyDisplay = normalizeForDisplay(e.saliency);
    e.ranking = rankDescending(e.segmentScores);
    e.inferences = 128;
    e.seconds = 1.5;
    return e;
}

// LIME's top segment at 0.108, LIME_adv's at 0.027: maxima 4x apart, as in the issue.
std::shared_ptr<ExplainReport> pairReport() {
    auto report = std::make_shared<ExplainReport>();
    report->segments = gridSegments();
    report->image = cv::Mat(kSize, kSize, CV_32FC3, cv::Scalar(0.55, 0.45, 0.4));
    report->explanations = {explanation("LIME", report->segments, kClassicTop, 0.108),
                            explanation("LIME_adv", report->segments, kAdversarialTop, 0.027)};
    report->fakeProbability = 0.81;
    NesResult nes;
    nes.adversarial = report->image + cv::Scalar(3.0 / 255, -2.0 / 255, 1.0 / 255);
    nes.iterations = 2;
    nes.inferences = 246;
    nes.finalRealProbability = 0.62;
    nes.flipped = true;
    nes.linf = 3.0 / 255;
    nes.realProbabilityCurve = {0.19, 0.41, 0.62}; // 3 points: the chart once ticked at 0.5 and 1.5
    report->adversarial = nes;
    return report;
}

QColor colourAt(HeatmapView* view, int segment) {
    const QPoint pixel((segment % (kSize / kBlock)) * kBlock + kBlock / 2, (segment / (kSize / kBlock)) * kBlock + kBlock / 2);
    const QImage shot = view->grab().toImage();
    return shot.pixelColor(view->widgetPositionOfPixel(pixel) * shot.devicePixelRatio());
}

int colourDistance(const QColor& a, const QColor& b) {
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

} // namespace

class TestGuiComparison : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        panel_ = std::make_unique<ExplanationPanel>();
        panel_->resize(1000, 900);
        panel_->show();
        QVERIFY(QTest::qWaitForWindowExposed(panel_.get()));
        ExplanationSubject subject;
        subject.method = QStringLiteral("LIME");
        subject.faceId = 2;
        subject.frameIndex = 13;
        subject.inVideo = true;
        panel_->setEvidence(QStringLiteral("3f786850e387550fdab836ed7e6dc881de23001b4e2b3c4d5e6f708192a3b4c5"), 7);
        panel_->showReport(pairReport(), subject);
        panel_->setOpacity(1.0); // the heatmap's own colours, no face mixed in
        panel_->findChild<QCheckBox*>(QStringLiteral("showTopSegments"))->setChecked(false);
    }

    void cleanup() { panel_.reset(); }

    void sharedScaleShowsTheWeakerMapWeaker() {
        QCOMPARE(panel_->scaleMode(), ScaleMode::Shared); // the default for comparison
        const QColor classic = colourAt(panel_->classicView(), kClassicTop);
        const QColor adversarial = colourAt(panel_->adversarialView(), kAdversarialTop);
        QVERIFY2(colourDistance(classic, adversarial) > 100,
                 qPrintable(QStringLiteral("%1 vs %2").arg(classic.name(), adversarial.name())));
        // One bar for the pair, with the pair's raw range.
        QCOMPARE(panel_->legend()->scales().size(), 1);
        QVERIFY(std::abs(panel_->legend()->scales().front().range.high - 0.108) < 1e-6);
        QVERIFY(panel_->legend()->scales().front().title.contains(QStringLiteral("LIME_adv")));
        panel_->findChild<QCheckBox*>(QStringLiteral("showTopSegments"))->setChecked(true);
        panel_->setOpacity(0.6);
        saveScreenshot(*panel_, "comparison_01_shared_scale.png");
    }

    void perMapScaleShowsBothTopsAlike() {
        auto* combo = panel_->findChild<QComboBox*>(QStringLiteral("colorScaleMode"));
        combo->setCurrentIndex(combo->findData(int(ScaleMode::PerMap)));
        QCOMPARE(panel_->scaleMode(), ScaleMode::PerMap);
        const QColor classic = colourAt(panel_->classicView(), kClassicTop);
        const QColor adversarial = colourAt(panel_->adversarialView(), kAdversarialTop);
        QCOMPARE(classic.name(), adversarial.name());
        QCOMPARE(panel_->legend()->scales().size(), 2); // one bar per map
        QVERIFY(std::abs(panel_->legend()->scales().back().range.high - 0.027) < 1e-6);
        panel_->findChild<QCheckBox*>(QStringLiteral("showTopSegments"))->setChecked(true);
        panel_->setOpacity(0.6);
        saveScreenshot(*panel_, "comparison_02_per_map_scale.png");
    }

    // One map (no adversarial form) has no pair to share a scale with: the choice is greyed out
    // and the bar names the map's own scale; a pair enables it again.
    void aSingleMapHasNoSharedScaleToChoose() {
        auto* combo = panel_->findChild<QComboBox*>(QStringLiteral("colorScaleMode"));
        QVERIFY(combo->isEnabled());
        auto single = pairReport();
        single->explanations.resize(1);
        single->adversarial.reset();
        ExplanationSubject subject;
        subject.method = QStringLiteral("LIME");
        panel_->showReport(single, subject);
        QVERIFY(!combo->isEnabled());
        QCOMPARE(panel_->legend()->scales().size(), 1);
        const QString title = panel_->legend()->scales().front().title;
        QVERIFY2(title.contains(QStringLiteral("own scale")) && !title.contains(QStringLiteral("shared")),
                 qPrintable(title));
        panel_->showReport(pairReport(), subject);
        QVERIFY(combo->isEnabled());
    }

    // Zoomed far out the five top segments' labels would sit on one another: each label is
    // placed clear of the others or left out, rank 1 always shown.
    void rankLabelsNeverOverlap() {
        panel_->findChild<QCheckBox*>(QStringLiteral("showTopSegments"))->setChecked(true);
        panel_->setTopSegments(5);
        HeatmapView* view = panel_->classicView();
        for (int i = 0; i < 12; ++i)
            panel_->zoomOut();
        const auto labels = view->rankLabels();
        QVERIFY(!labels.empty());
        QCOMPARE(labels.front().rank, 1);
        for (size_t i = 0; i < labels.size(); ++i)
            for (size_t j = i + 1; j < labels.size(); ++j)
                QVERIFY2(!labels[i].box.intersects(labels[j].box),
                         qPrintable(QStringLiteral("rank %1 and %2 overlap").arg(labels[i].rank).arg(labels[j].rank)));
        saveScreenshot(*panel_, "comparison_03_labels_zoomed_out.png");
    }

    void nesChartTicksAreWholeIterations() {
        panel_->tabs()->setCurrentWidget(panel_->adversarialPanel());
        QCOMPARE(panel_->adversarialPanel()->curvePointCount(), 3);
        const QVector<double> ticks = panel_->adversarialPanel()->curveTicks();
        QVERIFY(!ticks.isEmpty());
        for (double t : ticks)
            QVERIFY2(t == std::round(t), qPrintable(QString::number(t)));
        // One factor for the difference, the one the report prints, stated next to it.
        const double gain = panel_->adversarialPanel()->differenceGain();
        QCOMPARE(gain, std::floor(0.5 / (3.0 / 255)));
        QVERIFY(panel_->adversarialPanel()->summaryText().contains(QStringLiteral("×%1").arg(gain, 0, 'f', 0)));
        saveScreenshot(*panel_, "comparison_04_adversarial_tab.png");
    }

    void evaluationAxisFitsBarsAndThreshold() {
        FaceEvaluation evaluation;
        evaluation.fakeProbability = 0.58;
        evaluation.calledFake = true;
        const double after[2][3] = {{0.41, 0.36, 0.33}, {0.44, 0.40, 0.38}};
        const char* names[2] = {"LIME", "LIME_adv"};
        for (int m = 0; m < 2; ++m) {
            MethodEvaluation method;
            method.method = names[m];
            for (int k = 1; k <= 3; ++k) {
                AttackOutcome outcome;
                outcome.k = k;
                outcome.fakeProbabilityAfter = after[m][k - 1];
                outcome.sufficiency = 0.06 - 0.01 * k + 0.005 * m; // bars under 0.07
                method.attacks.push_back(outcome);
            }
            evaluation.methods.push_back(method);
        }
        ModelCard card; // threshold 0.5, no band
        const double threshold = card.threshold;
        for (auto measure : {EvaluationChart::Measure::FakeProbabilityAfter, EvaluationChart::Measure::Sufficiency}) {
            EvaluationChart chart(measure, true);
            chart.resize(700, 360);
            chart.show();
            QVERIFY(QTest::qWaitForWindowExposed(&chart));
            chart.showEvaluation(evaluation, card);
            const bool verdict = measure == EvaluationChart::Measure::FakeProbabilityAfter;
            double largest = 0, smallest = 1;
            for (const MethodEvaluation& m : evaluation.methods)
                for (const AttackOutcome& o : m.attacks) {
                    const double v = verdict ? o.fakeProbabilityAfter : o.sufficiency;
                    largest = std::max(largest, v);
                    smallest = std::min(smallest, v);
                }
            const auto [low, high] = chart.valueRange();
            QVERIFY(low <= std::min(0.0, smallest));
            QVERIFY2(high >= largest, qPrintable(QString::number(high)));
            if (verdict)
                QVERIFY(high >= threshold && high >= evaluation.fakeProbability);
            QVERIFY2(high <= 2 * largest, qPrintable(QStringLiteral("%1 > 2 x %2").arg(high).arg(largest)));
            saveScreenshot(chart, verdict ? "comparison_05_evaluation_verdict.png" : "comparison_06_evaluation_sufficiency.png");
        }
    }

    void exportedFigureCarriesItsCaption() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lime_adv.png"));
        QVERIFY(panel_->writeViewPng(1, path));
        QImageReader reader(path);
        const QImage image = reader.read();
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 512);
        QVERIFY(image.height() > image.width()); // the caption strip under the square view
        QCOMPARE(image.text(QStringLiteral("Method")), QStringLiteral("LIME_adv"));
        QCOMPARE(image.text(QStringLiteral("Seed")), QStringLiteral("7"));
        QCOMPARE(image.text(QStringLiteral("Face")), QStringLiteral("2"));
        QCOMPARE(image.text(QStringLiteral("Frame")), QStringLiteral("13") /* frameIndex 13: frames are numbered from 0 everywhere */);
        QCOMPARE(image.text(QStringLiteral("EvidenceSHA256")).left(16), QStringLiteral("3f786850e387550f"));
        QCOMPARE(image.text(QStringLiteral("ColourScale")), QStringLiteral("shared:LIME"));
        const QString description = image.text(QStringLiteral("Description"));
        QVERIFY2(description.contains(QStringLiteral("3f786850e387550f")) && description.contains(QStringLiteral("Seed 7")) &&
                     description.contains(QStringLiteral("LIME_adv")) && description.contains(QStringLiteral("frame 13")),
                 qPrintable(description));
        QVERIFY(QFile::copy(path, QDir(QStringLiteral(FAKELENS_SCREENSHOT_DIR)).filePath(QStringLiteral("comparison_07_exported_view.png"))) ||
                QFile::exists(QDir(QStringLiteral(FAKELENS_SCREENSHOT_DIR)).filePath(QStringLiteral("comparison_07_exported_view.png"))));

        const QString png = dir.filePath(QStringLiteral("comparison.png"));
        const QString svg = dir.filePath(QStringLiteral("comparison.svg"));
        QVERIFY(panel_->writeComparison(png));
        QVERIFY(panel_->writeComparison(svg));
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray drawing = svgFile.readAll();
        QVERIFY(drawing.contains("<svg"));
        QVERIFY(drawing.contains("LIME_adv"));
        const QImage whole(png);
        QVERIFY(whole.width() > 2 * 400);
        QVERIFY(whole.save(QDir(QStringLiteral(FAKELENS_SCREENSHOT_DIR)).filePath(QStringLiteral("comparison_08_whole_comparison.png"))));
    }

    // The evidence frame zooms at the cursor like the heatmaps (one notch = 2^0.2), a double
    // click goes back to fit; a click without dragging still selects.
    void evidenceFrameZoomsAndPans() {
        FrameView view;
        view.resize(640, 480);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        FrameAnalysis frame;
        frame.frame = QImage(800, 600, QImage::Format_RGB32);
        frame.frame.fill(QColor(90, 120, 150));
        {
            QPainter grid(&frame.frame); // lines every 50 px, so a screenshot shows zoom and pan
            grid.setPen(QColor(230, 230, 230));
            for (int x = 0; x < 800; x += 50)
                grid.drawLine(x, 0, x, 599);
            for (int y = 0; y < 600; y += 50)
                grid.drawLine(0, y, 799, y);
        }
        view.setFrame(frame);
        QVERIFY(view.zoom()->isFit());
        const double fitScale = view.zoom()->scaleFor(QSizeF(view.size()));
        const QPointF at(200, 150);
        QWheelEvent wheel(at, view.mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(&view, &wheel);
        QVERIFY(!view.zoom()->isFit());
        QVERIFY(std::abs(view.zoom()->scaleFor(QSizeF(view.size())) / fitScale - std::pow(2.0, 0.2)) < 1e-9);
        // A drag moves the image with the cursor; a press that barely moves is a click, no pan.
        const double scale = view.zoom()->scaleFor(QSizeF(view.size()));
        const QPointF centreBefore = view.zoom()->centre();
        QTest::mousePress(&view, Qt::LeftButton, {}, QPoint(300, 200));
        QTest::mouseMove(&view, QPoint(340, 230));
        QTest::mouseRelease(&view, Qt::LeftButton, {}, QPoint(340, 230));
        const QPointF panned = centreBefore - view.zoom()->centre();
        QVERIFY2(std::abs(panned.x() - 40 / scale) < 1e-9 && std::abs(panned.y() - 30 / scale) < 1e-9,
                 qPrintable(QStringLiteral("centre moved by %1, %2").arg(panned.x()).arg(panned.y())));
        const QPointF afterDrag = view.zoom()->centre();
        QTest::mousePress(&view, Qt::LeftButton, {}, QPoint(300, 200));
        QTest::mouseMove(&view, QPoint(302, 201));
        QTest::mouseRelease(&view, Qt::LeftButton, {}, QPoint(302, 201));
        QCOMPARE(view.zoom()->centre(), afterDrag);
        saveScreenshot(view, "comparison_09_evidence_zoomed.png");
        QTest::mouseDClick(&view, Qt::LeftButton, {}, QPoint(300, 200));
        QVERIFY(view.zoom()->isFit() || std::abs(view.zoom()->scaleFor(QSizeF(view.size())) - 1.0) < 1e-9);
    }

    void hashIsOneLineAndCopies() {
        EvidencePanel evidence;
        MediaInfo media;
        media.path = QStringLiteral("/cases/evidence.mp4");
        media.isVideo = true;
        media.sha256 = QStringLiteral("3f786850e387550fdab836ed7e6dc881de23001b4e2b3c4d5e6f708192a3b4c5");
        evidence.setMedia(media);
        evidence.resize(260, 200);
        evidence.show();
        QVERIFY(QTest::qWaitForWindowExposed(&evidence));
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(evidence.copyHashButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), media.sha256);
        QVERIFY(evidence.text().contains(media.sha256));
        saveScreenshot(evidence, "comparison_10_evidence_hash.png");
    }

    // The evidence's metadata: a count in the panel, the items in a dialog (#18).
    void metadataIsCountedAndListed() {
        EvidencePanel evidence;
        MediaInfo media;
        media.path = testpaths::shared("samples/videos/ffpp_519_real.mp4");
        media.isVideo = true;
        media.metadata = readEvidenceMetadata(media.path, true);
        QVERIFY2(media.metadata.entries.size() >= 8, qPrintable(media.metadata.problem));
        evidence.setMedia(media);
        evidence.resize(280, 220);
        evidence.show();
        QVERIFY(QTest::qWaitForWindowExposed(&evidence));
        QVERIFY2(evidence.text().contains(QStringLiteral("Metadata: %1 item(s)").arg(media.metadata.entries.size())),
                 qPrintable(evidence.text()));
        QVERIFY(evidence.showMetadataButton()->isVisible());
        int rows = -1;
        QString firstValue;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("metadataTable"));
            QVERIFY(table);
            rows = table->rowCount();
            firstValue = table->item(0, 2)->text();
            saveScreenshot(*dialog, "comparison_11_evidence_metadata.png");
            dialog->reject();
        });
        QTest::mouseClick(evidence.showMetadataButton(), Qt::LeftButton);
        QCOMPARE(rows, int(media.metadata.entries.size()));
        QCOMPARE(firstValue, media.metadata.entries[0].value);
        // A file without metadata says so and offers nothing to show.
        MediaInfo plain;
        plain.path = QStringLiteral("/cases/plain.png");
        evidence.setMedia(plain);
        QVERIFY(evidence.text().contains(QStringLiteral("Metadata: none in the file")));
        QVERIFY(!evidence.showMetadataButton()->isVisible());
    }

    // The wheel over a chart scrolls the pane it sits in (the chart does not zoom).
    void wheelOverAChartScrollsThePane() {
        QScrollArea area;
        auto* content = new QWidget;
        auto* layout = new QVBoxLayout(content);
        auto* chart = new EvaluationChart(EvaluationChart::Measure::Sufficiency, false);
        chart->setMinimumHeight(400);
        layout->addWidget(chart);
        auto* filler = new QWidget;
        filler->setMinimumHeight(1200);
        layout->addWidget(filler);
        area.setWidget(content);
        area.setWidgetResizable(true);
        area.resize(500, 300);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QCOMPARE(area.verticalScrollBar()->value(), 0);
        QWidget* plot = chart->plotWidget();
        const QPointF at(100, 100);
        QWheelEvent wheel(at, plot->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(plot, &wheel);
        QVERIFY(area.verticalScrollBar()->value() > 0);
    }

private:
    std::unique_ptr<ExplanationPanel> panel_;
};

QTEST_MAIN(TestGuiComparison)
#include "test_gui_comparison.moc"
