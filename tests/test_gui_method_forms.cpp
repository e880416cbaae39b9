// The workbench learns about methods from the registry (issue 17): every registered method is
// offered, a method without an _adv form explains without one and says so, and a method that
// needs the detector's gradients is offered only when the loaded detector has them.
#include "explain/ExplainerRegistry.h"
#include "evaluate/EvaluationPanel.h"
#include "explain/ExplanationPanel.h"
#include "explain/HeatmapView.h"
#include "models/DetectorFactory.h"
#include "session/ExplanationController.h"
#include "session/WorkbenchSession.h"
#include "support/GuiCaseTestSupport.h"
#include "support/TestPaths.h"
#include "window/MainWindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QStandardItemModel>
#include <QtTest>

using namespace fakelens;
using namespace fakelens::ui;

namespace {

const MethodDescriptor* methodWithoutAdversarialForm() {
    for (const MethodDescriptor* m : methodDescriptors())
        if (!m->hasAdversarialForm)
            return m;
    return nullptr;
}

bool comboItemEnabled(QComboBox* combo, const QString& text) {
    auto* items = qobject_cast<QStandardItemModel*>(combo->model());
    const int index = combo->findText(text);
    return items && index >= 0 && items->item(index)->isEnabled();
}

} // namespace

class TestGuiMethodForms : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aDetectorWithGradientsOffersEveryMethod() {
        const MethodDescriptor* single = methodWithoutAdversarialForm();
        QVERIFY2(single, "no registered method without an _adv form to check");
        MainWindow window(guitest::caseSettings());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.session().setDetectorFactory([] { return loadDetector(testpaths::kerasWeights("Meso4_DF").toStdString()); });
        QTRY_VERIFY_WITH_TIMEOUT(window.session().model().has_value() && window.session().model()->gradients, 20000);

        auto* combo = window.findChild<QComboBox*>(QStringLiteral("methodCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->count(), int(explainerNames().size()));
        for (const std::string& name : explainerNames())
            QVERIFY2(comboItemEnabled(combo, QString::fromStdString(name)), name.c_str());
        for (const std::string& name : allMethodNames(true)) {
            QCheckBox* box = window.evaluationPanel()->methodCheckBox(QString::fromStdString(name));
            QVERIFY2(box && box->isEnabled(), name.c_str());
        }
        QVERIFY(!window.evaluationPanel()->methodCheckBox(QString::fromStdString(single->name) + "_adv"));

        window.openPath(testpaths::shared("samples/faces/fake/df00204.jpg"));
        QTRY_VERIFY_WITH_TIMEOUT(window.session().currentFrame().scored, 30000);
        window.session().explainSelectedFace(QString::fromStdString(single->name));
        QTRY_VERIFY_WITH_TIMEOUT(window.session().explanations().report() != nullptr &&
                                     !window.session().explanations().isPending(),
                                 120000);
        const auto& explanations = window.session().explanations().report()->explanations;
        QCOMPARE(int(explanations.size()), 1);
        QCOMPARE(explanations.front().method, single->name);
        const QString said = window.explanationPanel()->adversarialView()->placeholder();
        QVERIFY2(said.contains("no adversarial"), qPrintable(said));
        const QString header = window.explanationPanel()->headerText();
        QVERIFY2(header.contains(QString::fromStdString(single->name)) && !header.contains("_adv"), qPrintable(header));
        guitest::saveScreenshot(window, "method_forms_single.png");
    }

    void aDetectorWithoutGradientsDisablesTheMethodsThatNeedThem() {
        MainWindow window(guitest::caseSettings());
        guitest::showWithSyntheticDetector(window, QSize(1400, 900));
        // The settings' model may load first; the synthetic one replaces it.
        QTRY_VERIFY_WITH_TIMEOUT(window.session().model().has_value() && !window.session().model()->gradients, 20000);
        auto* combo = window.findChild<QComboBox*>(QStringLiteral("methodCombo"));
        int needing = 0;
        for (const MethodDescriptor* m : methodDescriptors()) {
            const QString name = QString::fromStdString(m->name);
            QCOMPARE(comboItemEnabled(combo, name), !m->needsGradients);
            QCheckBox* box = window.evaluationPanel()->methodCheckBox(name);
            QVERIFY(box);
            QCOMPARE(box->isEnabled(), !m->needsGradients);
            QCOMPARE(window.evaluationPanel()->checkedMethods().contains(name), !m->needsGradients);
            needing += m->needsGradients ? 1 : 0;
        }
        QVERIFY2(needing > 0, "no registered method needs gradients: nothing to check");
        QVERIFY(!methodDescriptor(combo->currentText().toStdString()).needsGradients);
    }
};

QTEST_MAIN(TestGuiMethodForms)
#include "test_gui_method_forms.moc"
