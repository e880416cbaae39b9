// The report's running text reads as English: page 1 lists the faces a robustness re-test made
// unstable in one list ("faces 2, 5 and 6"), singular for one; a method's count of detector
// inferences agrees with its number; the frame selection is quoted without brackets inside
// brackets. Composed from the synthetic case (no detector, no PDF), compared as HTML text.
#include "case_synthetic.h"
#include "report/ReportComposer.h"

#include <QTextDocumentFragment>
#include <QtTest>

using namespace fakelens;

namespace {

// The report as plain text, on one line per block.
QString reportText(const ReportInput& in) {
    QString all;
    const ReportDocument doc = composeReport(in, 96);
    for (const auto& block : doc.blocks())
        all += QTextDocumentFragment::fromHtml(block.html).toPlainText().simplified() + QLatin1Char('\n');
    return all;
}

// The synthetic analysis as an image with `count` faces, numbered `numbers` (from 1), each with
// an unstable re-test.
ReportInput imageWithUnstableFaces(const std::vector<int>& numbers) {
    ReportInput in = testing::syntheticAnalysis(3);
    in.evidence.isVideo = false;
    const ReportFace model = in.faces[0];
    in.faces.clear();
    for (int n : numbers) {
        ReportFace f = model;
        f.faceIndex = n - 1;
        f.frame = 0;
        f.robustness->unstable = true;
        in.faces.push_back(f);
    }
    return in;
}

} // namespace

class TestReportWording : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void unstableFacesAreOneList_data() {
        QTest::addColumn<std::vector<int>>("numbers");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one") << std::vector<int>{2} << "Unstable: the verdict of face 2 changes under a small change";
        QTest::newRow("two") << std::vector<int>{2, 5} << "Unstable: the verdicts of faces 2 and 5 change under";
        QTest::newRow("three") << std::vector<int>{2, 5, 6}
                               << "Unstable: the verdicts of faces 2, 5 and 6 change under a small change of the "
                                  "evidence (JPEG re-encoding, downscaling or a one-pixel shift; see the robustness "
                                  "tables of their sections). Weigh them with caution.";
    }

    void unstableFacesAreOneList() {
        QFETCH(std::vector<int>, numbers);
        QFETCH(QString, expected);
        const QString text = reportText(imageWithUnstableFaces(numbers));
        QVERIFY2(text.contains(expected), qPrintable(text.left(3000)));
        QVERIFY(!text.contains("face 2;"));
    }

    // A video's faces are named by track and frame; their list keeps its commas for itself.
    void unstableVideoFacesAreNamedByTrackAndFrame() {
        ReportInput in = testing::syntheticAnalysis(3);
        QVERIFY(in.evidence.isVideo);
        in.faces[0].robustness->unstable = true;
        QVERIFY2(reportText(in).contains("the verdict of the face on track 1 at frame 8 (00:00:00.267) changes"),
                 qPrintable(reportText(in).left(3000)));
        in.faces[1].robustness = in.faces[0].robustness;
        QVERIFY2(reportText(in).contains("the verdicts of the faces on track 1 at frame 8 (00:00:00.267) and track 2 "
                                         "at frame 24 (00:00:00.801) change"),
                 qPrintable(reportText(in).left(3000)));
    }

    void inferencesAgreeWithTheirNumber() {
        ReportInput in = testing::syntheticAnalysis(3);
        auto& explanations = in.faces[0].explanation->explanations;
        QCOMPARE(explanations.size(), size_t(2));
        explanations[0].inferences = 1; // GRADCAM's one pass
        explanations[1].inferences = 2000;
        const QString text = reportText(in);
        QVERIFY2(text.contains(", 1 detector inference, seed"), qPrintable(text));
        QVERIFY(text.contains(", 2000 detector inferences, seed"));
        QVERIFY(!text.contains(" 1 detector inferences"));
    }

    // A video verdict from a few frames rests on one or two of them (the top decile): page 1
    // says so, and says nothing of the kind from 21 frames on (three in the top decile).
    void aVerdictFromFewFramesCarriesACaution() {
        ReportInput in = testing::syntheticAnalysis(3);
        QVERIFY(in.evidence.isVideo && in.verdict.scored);
        in.verdict.unitsCounted = 10;
        QVERIFY2(reportText(in).contains("Caution: only 10 frame(s) with a confirmed face took part, so the fake "
                                         "score rests on the 1 highest of them"),
                 qPrintable(reportText(in).left(3000)));
        in.verdict.unitsCounted = 20;
        QVERIFY(reportText(in).contains("rests on the 2 highest of them"));
        in.verdict.unitsCounted = 21;
        QVERIFY(!reportText(in).contains("Caution: only"));
        in = imageWithUnstableFaces({1});
        in.verdict.unitsCounted = 1;
        QVERIFY(!reportText(in).contains("Caution: only"));
    }

    // The timeline's note quotes the selection after a colon: the selection may hold brackets of
    // its own (the workbench's "(12 frame(s) scored by the timeline)").
    void theFrameSelectionIsNotNestedInBrackets() {
        ReportInput in = testing::syntheticAnalysis(3);
        in.parameters.frameSelection = "every frame from frame 0 (12 frame(s) scored by the timeline)";
        const QString text = reportText(in);
        QVERIFY2(text.contains("P(fake) of every face in each analysed frame: every frame from frame 0 (12 frame(s) "
                               "scored by the timeline)."),
                 qPrintable(text));
        QVERIFY(!text.contains("timeline))"));
    }
};

QTEST_MAIN(TestReportWording)
#include "test_report_wording.moc"
