// File › Save case and Open case (issue #14): the workbench saves the analysis the report would
// describe into a case file, bit for bit; a fresh window opening that case shows the stored
// explanation on its face without running anything; a case of other evidence, a damaged case and
// a changed evidence are refused or loudly warned about.
#include "support/GuiCaseTestSupport.h"
#include "support/SyntheticDetector.h"
#include "support/TestPaths.h"

#include "ImageConversion.h"
#include "case/CaseController.h"
#include "case/CaseFile.h"
#include "explain/ExplanationPanel.h"
#include "session/ExplanationController.h"
#include "session/WorkbenchSession.h"
#include "widgets/MessageBar.h"
#include "window/MainWindow.h"

#include <QFile>
#include <QSignalSpy>
#include <QtTest>

#include <opencv2/core.hpp>

using namespace fakelens;
using namespace fakelens::ui;

namespace {

using guitest::caseSettings;

// What the examiner sees, for a person to look at (build/screenshots).
using guitest::saveScreenshot;

void showWithSyntheticDetector(MainWindow& window) { guitest::showWithSyntheticDetector(window, QSize(1300, 850)); }

bool sameMat(const cv::Mat& a, const cv::Mat& b) {
    if (a.size() != b.size() || a.type() != b.type())
        return false;
    return a.empty() || cv::norm(a, b, cv::NORM_INF) == 0;
}

// Every explanation of `b` is the one of `a`, bit for bit (saliency, display map, ranking).
bool sameExplanations(const ExplainReport& a, const ExplainReport& b) {
    if (a.explanations.size() != b.explanations.size() || !sameMat(a.segments.labels, b.segments.labels))
        return false;
    for (size_t i = 0; i < a.explanations.size(); ++i) {
        const Explanation& x = a.explanations[i];
        const Explanation& y = b.explanations[i];
        if (x.method != y.method || !sameMat(x.saliency, y.saliency) || !sameMat(x.saliencyDisplay, y.saliencyDisplay) ||
            x.ranking != y.ranking)
            return false;
    }
    return true;
}

const ReportFace* explainedFace(const ReportInput& input) {
    for (const ReportFace& f : input.faces)
        if (f.explanation)
            return &f;
    return nullptr;
}

} // namespace

class TestGuiCase : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        image_ = testpaths::output("gui/evidence/case-face.png");
        QVERIFY(toQImage(makeSyntheticImage()).save(image_, "PNG"));
        casePath_ = testpaths::output("gui/case-face.fakelens");
        QFile::remove(casePath_);
    }

    void savesTheExplainedFaceBitForBit() {
        MainWindow window(caseSettings());
        showWithSyntheticDetector(window);
        window.openPath(image_);
        WorkbenchSession& session = window.session();
        QTRY_VERIFY_WITH_TIMEOUT(session.currentFrame().scored, 20000);
        QCOMPARE(window.faceCount(), 1);
        window.setMethod("LIME");
        window.explainSelectedFace();
        QTRY_VERIFY_WITH_TIMEOUT(session.explanations().report() != nullptr, 60000);
        explained_ = session.explanations().report();

        CaseController* cases = window.caseController();
        QSignalSpy saved(cases, &CaseController::saved);
        QSignalSpy failed(cases, &CaseController::failed);
        QCOMPARE(cases->saveTo(casePath_), QString());
        QTRY_VERIFY_WITH_TIMEOUT(saved.count() + failed.count() > 0, 30000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QVERIFY(QFile::exists(casePath_));
        QCOMPARE(cases->casePath(), QFileInfo(casePath_).absoluteFilePath());
        QVERIFY2(window.windowTitle().contains("case-face.fakelens"), qPrintable(window.windowTitle()));

        const std::unique_ptr<CaseFile> file = CaseFile::open(casePath_, true);
        const ReportInput stored = file->loadAnalysis();
        QCOMPARE(stored.evidence.sha256, session.media()->sha256);
        const ReportFace* face = explainedFace(stored);
        QVERIFY(face != nullptr);
        QVERIFY(sameExplanations(*explained_, *face->explanation));
        QCOMPARE(file->audit().back().action, QString("analysis saved"));
    }

    void aFreshWindowShowsTheCaseWithoutRunningAnything() {
        QVERIFY(explained_);
        MainWindow window(caseSettings());
        showWithSyntheticDetector(window);
        WorkbenchSession& session = window.session();
        QSignalSpy explainStarted(&session.explanations(), &ExplanationController::started);
        CaseController* cases = window.caseController();
        QSignalSpy opened(cases, &CaseController::opened);
        // As `fakelens CASE.fakelens` and a dropped file do: the evidence path opens a case as a case.
        window.openPath(casePath_);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 30000);
        QCOMPARE(opened.first().at(1).toString(), QString("ok"));
        QTRY_VERIFY_WITH_TIMEOUT(window.explanationPanel()->report() != nullptr, 30000);
        QVERIFY(sameExplanations(*explained_, *window.explanationPanel()->report()));
        QCOMPARE(explainStarted.count(), 0);
        QVERIFY2(!window.messageBar()->text().contains("analysed with the model"), qPrintable(window.messageBar()->text()));
        QVERIFY2(window.windowTitle().contains("case-face.fakelens"), qPrintable(window.windowTitle()));
        QVERIFY(session.settings().recentCases.contains(QFileInfo(casePath_).absoluteFilePath()));
        saveScreenshot(window, "case_01_reopened.png");
    }

    // Other evidence is never saved into this case: the case keeps its analysis.
    void refusesToSaveOtherEvidenceIntoTheCase() {
        const QString other = testpaths::output("gui/evidence/case-other.png");
        QVERIFY(toQImage(cv::Mat(256, 256, CV_32FC3, cv::Scalar(0.3, 0.5, 0.7))).save(other, "PNG"));
        MainWindow window(caseSettings());
        showWithSyntheticDetector(window);
        window.openPath(other);
        QTRY_VERIFY_WITH_TIMEOUT(window.session().currentFrame().scored, 20000);
        CaseController* cases = window.caseController();
        QSignalSpy saved(cases, &CaseController::saved);
        QSignalSpy failed(cases, &CaseController::failed);
        QCOMPARE(cases->saveTo(casePath_), QString());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
        QCOMPARE(saved.count(), 0);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains("other evidence"), qPrintable(message));
        QCOMPARE(window.messageBar()->kind(), MessageBar::Kind::Error);
        const std::unique_ptr<CaseFile> file = CaseFile::open(casePath_, true);
        QVERIFY(sameExplanations(*explained_, *explainedFace(file->loadAnalysis())->explanation));
    }

    // A file that is not a case is refused with a message, and left as it was.
    void refusesADamagedCase() {
        const QString bad = testpaths::output("gui/not-a-case.fakelens");
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray(4096, 'x'));
        f.close();
        MainWindow window(caseSettings());
        showWithSyntheticDetector(window);
        CaseController* cases = window.caseController();
        QSignalSpy failed(cases, &CaseController::failed);
        cases->openCase(bad);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
        QVERIFY2(window.messageBar()->text().contains("could not be opened"), qPrintable(window.messageBar()->text()));
        QVERIFY(cases->casePath().isEmpty());
        QFile again(bad);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), QByteArray(4096, 'x'));
    }

    // The evidence changed after the case was saved: a lasting error banner, no stored result shown.
    // The case was made with the synthetic detector; this window loads Meso4_DF: the examiner is
    // told, and the case's results are still shown as saved.
    void saysWhenTheLoadedModelIsNotTheCases() {
        QVERIFY(explained_);
        MainWindow window(caseSettings());
        window.resize(1300, 850);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.session().model().has_value(), 30000);
        CaseController* cases = window.caseController();
        QSignalSpy opened(cases, &CaseController::opened);
        cases->openCase(casePath_);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 30000);
        QCOMPARE(opened.first().at(1).toString(), QString("ok"));
        QTRY_VERIFY_WITH_TIMEOUT(window.explanationPanel()->report() != nullptr, 30000);
        QVERIFY(sameExplanations(*explained_, *window.explanationPanel()->report()));
        QTRY_VERIFY_WITH_TIMEOUT(window.messageBar()->text().contains("analysed with the model"), 10000);
        QVERIFY2(window.messageBar()->text().contains("Meso4_DF"), qPrintable(window.messageBar()->text()));
        QCOMPARE(window.messageBar()->kind(), MessageBar::Kind::Error);
        saveScreenshot(window, "case_03_other_model.png");
    }

    void warnsLoudlyWhenTheEvidenceChanged() {
        QVERIFY(toQImage(cv::Mat(256, 256, CV_32FC3, cv::Scalar(0.6, 0.5, 0.4))).save(image_, "PNG"));
        MainWindow window(caseSettings());
        showWithSyntheticDetector(window);
        CaseController* cases = window.caseController();
        QSignalSpy opened(cases, &CaseController::opened);
        cases->openCase(casePath_);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 30000);
        QVERIFY2(opened.first().at(1).toString().startsWith("changed"), qPrintable(opened.first().at(1).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(window.session().media() && window.session().currentFrame().scored, 20000);
        QCOMPARE(window.messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY2(window.messageBar()->isVisible() && window.messageBar()->text().contains("NOT the file"),
                 qPrintable(window.messageBar()->text()));
        QVERIFY(window.explanationPanel()->report() == nullptr);
        QVERIFY(window.session().results().isEmpty());
        saveScreenshot(window, "case_02_evidence_changed.png");
    }

private:
    QString image_;
    QString casePath_;
    std::shared_ptr<const ExplainReport> explained_;
};

QTEST_MAIN(TestGuiCase)
#include "test_gui_case.moc"
