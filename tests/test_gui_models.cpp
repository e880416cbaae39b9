// The model catalog and the Models dialog, offscreen, in a scratch data folder: the catalog
// checks, installs, lists and removes models (a .h5 with its built-in card, a .pt with its card,
// the system folder read-only); the dialog picks the default model and an ensemble, and states
// the selected model's measured error rates from its calibration record, or that it has none.
// The tests build on each other in order: the catalog's models are the dialog's.
#include "support/GuiCaseTestSupport.h"
#include "support/TestPaths.h"

#include "case/AnalysisSources.h"
#include "core/Error.h"
#include "evaluate/CalibrationRecord.h"
#include "models/ModelCatalog.h"
#include "models/ModelManagerDialog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace fakelens;
using namespace fakelens::ui;
using guitest::saveScreenshot;

namespace {
QString keras(const QString& stem) { return testpaths::kerasWeights(stem); }
} // namespace

class TestGuiModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(data_.isValid());
        guitest::useScratchDataFolders(data_);
        QVERIFY(QFileInfo::exists(keras(QStringLiteral("Meso4_DF"))));
    }

    void catalogAddsListsAndRemovesModels() {
        QCOMPARE(ModelCatalog::scan().size(), 0);
        // A Keras .h5 is checked (loaded) and copied; its card is built in.
        const QString installed = ModelCatalog::install(keras(QStringLiteral("Meso4_DF")));
        QCOMPARE(QFileInfo(installed).absolutePath(), QFileInfo(ModelCatalog::userModelFolder()).absoluteFilePath());
        // A TorchScript .pt comes with its card, installed beside it as <stem>.json.
        const QString pt = testpaths::torchScriptModel(QStringLiteral("Meso4_F2F"));
        if (QFileInfo::exists(pt)) {
            const QString installedPt = ModelCatalog::install(pt, testpaths::modelCard(QStringLiteral("Meso4_F2F")));
            QVERIFY(QFileInfo::exists(QFileInfo(installedPt).absolutePath() + QStringLiteral("/Meso4_F2F.json")));
        }
        // A model for all users (the system folder): listed, not removable here.
        QDir().mkpath(data_.filePath(QStringLiteral("system/models")));
        QVERIFY(QFile::copy(keras(QStringLiteral("Meso4_F2F")), data_.filePath(QStringLiteral("system/models/Meso4_F2F.h5"))));

        const QVector<InstalledModel> models = ModelCatalog::scan();
        QCOMPARE(models.size(), QFileInfo::exists(pt) ? 3 : 2);
        QStringList names;
        for (const InstalledModel& m : models) {
            QVERIFY2(m.card.has_value(), qPrintable(m.problem));
            QCOMPARE(m.card->inputWidth, 256);
            names << m.name();
        }
        QVERIFY(names.contains(QStringLiteral("Meso4_DF")));
        QVERIFY(names.contains(QStringLiteral("Meso4_F2F")));
        const QString description = ModelCatalog::describe(models.first());
        QVERIFY2(description.contains(QStringLiteral("256 × 256")), qPrintable(description));

        // Adding again refuses to overwrite; a damaged model or a wrong card is refused naming it.
        QVERIFY_THROWS_EXCEPTION(Error, ModelCatalog::install(keras(QStringLiteral("Meso4_DF"))));
        QTemporaryDir bad;
        const QString broken = bad.filePath(QStringLiteral("Broken.h5"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\x89HDF\r\n\x1a\nnot really");
        file.close();
        try {
            ModelCatalog::install(broken);
            QFAIL("a damaged model was installed");
        } catch (const Error& error) {
            QVERIFY2(QString::fromStdString(error.subject()).contains(QStringLiteral("Broken.h5")), error.what());
        }
        QVERIFY(!QFileInfo::exists(QDir(ModelCatalog::userModelFolder()).filePath(QStringLiteral("Broken.h5"))));

        // Only the user's own models can be removed.
        for (const InstalledModel& m : models) {
            if (m.userInstalled)
                continue;
            QVERIFY_THROWS_EXCEPTION(Error, ModelCatalog::remove(m));
        }
    }

    void modelManagerPicksTheDefaultAndAnEnsemble() {
        ModelManagerDialog dialog(QString(), {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTreeWidget* list = dialog.modelList();
        QVERIFY(list->topLevelItemCount() >= 2);
        QVERIFY(dialog.details().contains(QStringLiteral("256 × 256")));
        saveScreenshot(dialog, QStringLiteral("models_dialog.png"));

        // One model as the default.
        list->setCurrentItem(list->topLevelItem(1));
        dialog.useSelectedAsDefault();
        QCOMPARE(dialog.modelPath(), list->topLevelItem(1)->data(0, Qt::UserRole).toString());
        QVERIFY(dialog.ensembleModels().isEmpty());

        // One checked model is not an ensemble; two are.
        list->topLevelItem(0)->setCheckState(0, Qt::Checked);
        QVERIFY(!dialog.useCheckedAsEnsemble());
        list->topLevelItem(1)->setCheckState(0, Qt::Checked);
        QVERIFY(dialog.useCheckedAsEnsemble());
        QCOMPARE(dialog.ensembleModels().size(), 2);
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("modelInUse"))->text().contains(QStringLiteral(" + ")));
        saveScreenshot(dialog, QStringLiteral("models_dialog_ensemble.png"));
    }

    // The selected model's measured error rates (issue 18): the record beside its file, or none.
    void modelManagerStatesTheMeasuredErrorRates() {
        const QVector<InstalledModel> models = ModelCatalog::scan();
        QVERIFY(models.size() >= 2);
        CalibrationRecord record;
        record.datasetName = QStringLiteral("df");
        record.modelFile = models[0].path;
        record.modelSha256 = sha256OfFile(models[0].path);
        record.fakeFaces = 2;
        record.realFaces = 2;
        record.auc = 0.75;
        record.threshold = 0.5;
        record.counts = ThresholdCounts{1, 1, 0, 2};
        const QString recordPath = calibrationRecordPath(models[0].path);
        writeCalibrationRecord(record, recordPath);

        ModelManagerDialog dialog(QString(), {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTreeWidget* list = dialog.modelList();
        list->setCurrentItem(list->topLevelItem(0));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.calibrationText().contains(QStringLiteral(
                                     "On df, 4 faces (2 fake, 2 real): AUC 0.75; at threshold 0.50 this model misses "
                                     "50 % (95 % interval 9 to 91 %) of fakes and flags 0 % (95 % interval 0 to 66 %) "
                                     "of reals.")),
                                 20000);
        QCoreApplication::processEvents(); // the layout request of the longer label
        saveScreenshot(dialog, QStringLiteral("models_dialog_calibration.png"));
        list->setCurrentItem(list->topLevelItem(1));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.calibrationText().contains(QStringLiteral("This model has no calibration record.")),
                                 20000);
        QVERIFY(QFile::remove(recordPath));
    }

private:
    QTemporaryDir data_;
};

QTEST_MAIN(TestGuiModels)
#include "test_gui_models.moc"
