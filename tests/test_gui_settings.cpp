// Settings and languages in the workbench, offscreen: the Settings dialog shows and edits every
// setting and resets to the defaults, the settings reach the engine only as parameter structs,
// the window applies settings and ensembles (an ensemble's P(fake) is the larger score), and it
// speaks German, Greek and Italian. The model catalog and the Models dialog: test_gui_models.cpp.
#include "support/GuiCaseTestSupport.h"
#include "support/TestPaths.h"

#include "AppSettings.h"
#include "Translations.h"
#include "explain/ExplanationPanel.h"
#include "explain/HeatmapRenderer.h"
#include "media/ImageLoader.h"
#include "models/DetectorFactory.h"
#include "models/ModelCatalog.h"
#include "session/WorkbenchSession.h"
#include "settings/ColorMaps.h"
#include "settings/SettingsDialog.h"
#include "settings/SettingsFlow.h"
#include "window/MainWindow.h"
#include "window/WorkbenchActions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace fakelens;
using namespace fakelens::ui;

namespace {

using guitest::saveScreenshot;

QString keras(const QString& stem) { return testpaths::kerasWeights(stem); }

QStringList menuTitles(QMainWindow& window) {
    QStringList titles;
    for (QAction* action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

QMenu* menuNamed(QMainWindow& window, const QString& title) {
    for (QAction* action : window.menuBar()->actions())
        if (action->text() == title)
            return action->menu();
    return nullptr;
}

template <typename T>
T* child(QWidget& parent, const char* name) {
    T* widget = parent.findChild<T*>(QLatin1String(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

} // namespace

class TestGuiSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(data_.isValid());
        guitest::useScratchDataFolders(data_);
        QVERIFY(QFileInfo::exists(keras(QStringLiteral("Meso4_DF"))));
    }

    void cleanup() { l10n::removeTranslators(); }

    // ------------------------------------------------------------------ languages
    void theWindowSpeaksGerman() {
        QCOMPARE(l10n::installTranslators(QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("de"));
        AppSettings settings;
        settings.modelPath = keras(QStringLiteral("Meso4_DF"));
        MainWindow window(settings);
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList titles = menuTitles(window);
        QVERIFY2(titles.contains(QStringLiteral("&Datei")), qPrintable(titles.join(QLatin1Char(' '))));
        QVERIFY(titles.contains(QStringLiteral("&Ansicht")));
        QVERIFY(titles.contains(QStringLiteral("E&xtras")));
        QVERIFY(titles.contains(QStringLiteral("&Hilfe")));
        // The File menu: translated entries with their shortcuts shown beside them.
        QMenu* file = menuNamed(window, QStringLiteral("&Datei"));
        QVERIFY(file);
        QAction* open = nullptr;
        for (QAction* action : file->actions())
            if (action->text() == QStringLiteral("Ö&ffnen…"))
                open = action;
        QVERIFY(open);
        QCOMPARE(open->shortcut(), QKeySequence(QKeySequence::Open));
        QMenu* tools = menuNamed(window, QStringLiteral("E&xtras"));
        QVERIFY(tools);
        QStringList toolEntries;
        for (QAction* action : tools->actions()) {
            toolEntries << action->text();
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
        }
        QCOMPARE(toolEntries, (QStringList{QStringLiteral("&Modelle…"), QStringLiteral("&Einstellungen…")}));
        QCOMPARE(window.findChild<QDockWidget*>(QStringLiteral("facesDock"))->windowTitle(), QStringLiteral("Gesichter"));
        file->popup(window.mapToGlobal(QPoint(10, 30)));
        QVERIFY(QTest::qWaitForWindowExposed(file));
        saveScreenshot(window, QStringLiteral("l10n_de_window.png"));
        saveScreenshot(*file, QStringLiteral("l10n_de_file_menu.png"));
        file->hide();
    }

    // Every action of the working menus has a keyboard shortcut, shown beside it in the menu
    // (submenus such as Open Recent and Panels, and the Help menu, are exempt).
    void frequentActionsHaveShortcuts() {
        AppSettings settings;
        settings.modelPath = keras(QStringLiteral("Meso4_DF"));
        MainWindow window(settings);
        QStringList without;
        int checked = 0;
        for (QAction* top : window.menuBar()->actions()) {
            if (!top->menu() || top->text() == QStringLiteral("&Help"))
                continue;
            for (QAction* action : top->menu()->actions()) {
                if (action->isSeparator() || action->menu())
                    continue;
                ++checked;
                if (action->shortcut().isEmpty())
                    without << top->text() + QStringLiteral(" › ") + action->text();
                else
                    QVERIFY(action->isShortcutVisibleInContextMenu() || !QCoreApplication::testAttribute(Qt::AA_DontShowShortcutsInContextMenus));
            }
        }
        QVERIFY(checked >= 15);
        QVERIFY2(without.isEmpty(), qPrintable(without.join(QLatin1Char('\n'))));
    }

    void greekAndItalianToo_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fileMenu");
        QTest::addColumn<QString>("viewMenu");
        QTest::newRow("el") << "el" << "&Αρχείο" << "&Προβολή";
        QTest::newRow("it") << "it" << "&File" << "&Visualizza";
    }

    void greekAndItalianToo() {
        QFETCH(QString, language);
        QFETCH(QString, fileMenu);
        QFETCH(QString, viewMenu);
        QCOMPARE(l10n::installTranslators(QLocale(language)), language);
        AppSettings settings;
        settings.modelPath = keras(QStringLiteral("Meso4_DF"));
        MainWindow window(settings);
        const QStringList titles = menuTitles(window);
        QVERIFY2(titles.contains(fileMenu) && titles.contains(viewMenu), qPrintable(titles.join(QLatin1Char(' '))));
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        saveScreenshot(window, QStringLiteral("l10n_%1_window.png").arg(language));
    }

    void englishAndUnknownLocalesStayEnglish() {
        QCOMPARE(l10n::installTranslators(QLocale(QLocale::French, QLocale::France)), QString());
        QCOMPARE(QCoreApplication::translate("fakelens::ui::WorkbenchActions", "&File"), QStringLiteral("&File"));
        QCOMPARE(l10n::installTranslators(QLocale(QStringLiteral("de_AT"))), QStringLiteral("de")); // falls back to de
        QCOMPARE(QCoreApplication::translate("fakelens::ui::WorkbenchActions", "&File"), QStringLiteral("&Datei"));
        l10n::removeTranslators();
        QCOMPARE(QCoreApplication::translate("fakelens::ui::WorkbenchActions", "&File"), QStringLiteral("&File"));
        QCOMPARE(l10n::localeForLanguage(QString()), QLocale::system());
        QCOMPARE(l10n::localeForLanguage(QStringLiteral("el")).language(), QLocale::Greek);
        QCOMPARE(l10n::translatedLanguages(), (QStringList{"de", "el", "it"}));
        QCOMPARE(l10n::nativeLanguageName(QStringLiteral("el")), QStringLiteral("Ελληνικά"));
        QCOMPARE(l10n::nativeLanguageName(QStringLiteral("C")), QStringLiteral("English"));
    }

    // ------------------------------------------------------------------ settings
    void settingsDialogShowsAndEditsEverySetting() {
        AppSettings s;
        s.language = QStringLiteral("it");
        s.examinerName = QStringLiteral("A. Examiner");
        s.device = DeviceChoice::Cpu;
        s.slicSegments = 77;
        s.explainer.set("LIME", "samples", 1234);
        s.explainer.set("SHAP", "evaluations", 900);
        s.explainer.set("SOBOL", "grid", 6);
        s.explainer.set("SOBOL", "designs", 16);
        s.explainer.set("RISE", "masks", 3000);
        s.seed = 12345678901234ULL;
        s.nesIterations = 55;
        s.nesSigma = 0.002;
        s.nesSamples = 20;
        s.nesAlpha255 = 2;
        s.nesEpsilon255 = 8;
        s.nesPaperCompatible = true;
        s.colorMap = QStringLiteral("viridis");
        s.overlayOpacity = 0.35;
        s.topSegments = 4;
        s.recentFiles = {QStringLiteral("/tmp/x.jpg")};
        SettingsDialog dialog(s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.pages()->count(), 5);
        QCOMPARE(child<QComboBox>(dialog, "languageCombo")->currentData().toString(), QStringLiteral("it"));
        QCOMPARE(child<QLineEdit>(dialog, "examinerEdit")->text(), QStringLiteral("A. Examiner"));
        QCOMPARE(child<QComboBox>(dialog, "deviceCombo")->currentData().toString(), QStringLiteral("cpu"));
        QCOMPARE(child<QSpinBox>(dialog, "slicSegmentsSpin")->value(), 77);
        QCOMPARE(child<QSpinBox>(dialog, "limeSamplesSpin")->value(), 1234);
        QCOMPARE(child<QLineEdit>(dialog, "seedEdit")->text(), QStringLiteral("12345678901234"));
        QCOMPARE(child<QDoubleSpinBox>(dialog, "nesSigmaSpin")->value(), 0.002);
        QVERIFY(child<QCheckBox>(dialog, "nesPaperCompatibleCheck")->isChecked());
        QCOMPARE(child<QComboBox>(dialog, "colorMapCombo")->currentData().toString(), QStringLiteral("viridis"));
        QCOMPARE(child<QSpinBox>(dialog, "opacitySpin")->value(), 35);
        for (int page = 0; page < dialog.pages()->count(); ++page) {
            dialog.pages()->setCurrentIndex(page);
            saveScreenshot(dialog, QStringLiteral("settings_page%1.png").arg(page + 1));
        }

        child<QSpinBox>(dialog, "riseMasksSpin")->setValue(2500);
        child<QDoubleSpinBox>(dialog, "nesEpsilonSpin")->setValue(4);
        child<QLineEdit>(dialog, "examinerEdit")->setText(QStringLiteral("  B. Examiner "));
        child<QComboBox>(dialog, "colorMapCombo")->setCurrentIndex(
            child<QComboBox>(dialog, "colorMapCombo")->findData(QStringLiteral("inferno")));
        const AppSettings edited = dialog.settings();
        QCOMPARE(edited.explainer.integer("RISE", "masks"), 2500);
        QCOMPARE(edited.nesEpsilon255, 4.0);
        QCOMPARE(edited.examinerName, QStringLiteral("B. Examiner"));
        QCOMPARE(edited.colorMap, QStringLiteral("inferno"));
        QCOMPARE(edited.seed, 12345678901234ULL);
        QCOMPARE(edited.recentFiles, s.recentFiles); // what the dialog does not show is kept

        // Reset to defaults: every field shown goes back to AppSettings' defaults.
        child<QPushButton>(dialog, "resetDefaultsButton")->click();
        const AppSettings reset = dialog.settings();
        const AppSettings defaults;
        QCOMPARE(reset.language, defaults.language);
        QCOMPARE(reset.examinerName, defaults.examinerName);
        QCOMPARE(reset.modelPath, defaults.modelPath);
        QCOMPARE(reset.device, defaults.device);
        QCOMPARE(reset.slicSegments, defaults.slicSegments);
        QCOMPARE(reset.explainer.integer("LIME", "samples"), defaults.explainer.integer("LIME", "samples"));
        QCOMPARE(reset.explainer.integer("SHAP", "evaluations"), defaults.explainer.integer("SHAP", "evaluations"));
        QCOMPARE(reset.explainer.integer("SOBOL", "grid"), defaults.explainer.integer("SOBOL", "grid"));
        QCOMPARE(reset.explainer.integer("SOBOL", "designs"), defaults.explainer.integer("SOBOL", "designs"));
        QCOMPARE(reset.explainer.integer("RISE", "masks"), defaults.explainer.integer("RISE", "masks"));
        QCOMPARE(reset.seed, defaults.seed);
        QCOMPARE(reset.nesIterations, defaults.nesIterations);
        QCOMPARE(reset.nesSigma, defaults.nesSigma);
        QCOMPARE(reset.nesSamples, defaults.nesSamples);
        QCOMPARE(reset.nesAlpha255, defaults.nesAlpha255);
        QCOMPARE(reset.nesEpsilon255, defaults.nesEpsilon255);
        QCOMPARE(reset.nesPaperCompatible, defaults.nesPaperCompatible);
        QCOMPARE(reset.colorMap, defaults.colorMap);
        QCOMPARE(reset.overlayOpacity, defaults.overlayOpacity);
        QCOMPARE(reset.topSegments, defaults.topSegments);
        QCOMPARE(reset.timelineStep, defaults.timelineStep);
        QCOMPARE(reset.recentFiles, s.recentFiles);
    }

    void settingsReachTheEngineAsParameterStructs() {
        AppSettings s;
        s.nesSigma = 0.003;
        s.nesSamples = 12;
        s.nesAlpha255 = 2;
        s.nesEpsilon255 = 8;
        s.nesPaperCompatible = true;
        s.nesIterations = 33;
        s.slicSegments = 60;
        s.seed = 99;
        const ExplainRequest request = s.explainRequest(QStringLiteral("LIME"));
        QCOMPARE(request.methods, (std::vector<std::string>{"LIME", "LIME_adv"}));
        QCOMPARE(request.nes.sigma, 0.003);
        QCOMPARE(request.nes.samples, 12);
        QCOMPARE(request.nes.alpha, 2.0 / 255);
        QCOMPARE(request.nes.epsilon, 8.0 / 255);
        QVERIFY(request.nes.paperCompatible);
        QCOMPARE(request.nes.maxIterations, 33);
        QCOMPARE(request.slic.segments, 60);
        QCOMPARE(request.seed, std::uint64_t(99));
        // The defaults are the paper's NES settings.
        const ExplainRequest paper = AppSettings{}.explainRequest(QStringLiteral("SHAP"));
        const NesSettings engineDefaults;
        QCOMPARE(paper.nes.sigma, engineDefaults.sigma);
        QCOMPARE(paper.nes.samples, engineDefaults.samples);
        QCOMPARE(paper.nes.alpha, engineDefaults.alpha);
        QCOMPARE(paper.nes.epsilon, engineDefaults.epsilon);
        QCOMPARE(paper.nes.maxIterations, engineDefaults.maxIterations);
    }

    void settingsSurviveQSettings() {
        QTemporaryDir dir;
        QSettings store(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        AppSettings s;
        s.language = QStringLiteral("el");
        s.examinerName = QStringLiteral("Δ. Εξεταστής");
        s.colorMap = QStringLiteral("magma");
        s.nesSigma = 0.0015;
        s.nesSamples = 30;
        s.nesAlpha255 = 0.5;
        s.nesEpsilon255 = 12;
        s.nesPaperCompatible = true;
        s.ensembleModels = {keras(QStringLiteral("Meso4_DF")), keras(QStringLiteral("Meso4_F2F"))};
        s.save(store);
        store.sync();
        const AppSettings back = AppSettings::load(store);
        QCOMPARE(back.language, s.language);
        QCOMPARE(back.examinerName, s.examinerName);
        QCOMPARE(back.colorMap, s.colorMap);
        QCOMPARE(back.nesSigma, s.nesSigma);
        QCOMPARE(back.nesSamples, s.nesSamples);
        QCOMPARE(back.nesAlpha255, s.nesAlpha255);
        QCOMPARE(back.nesEpsilon255, s.nesEpsilon255);
        QCOMPARE(back.nesPaperCompatible, s.nesPaperCompatible);
        QCOMPARE(back.ensembleModels, s.ensembleModels);
    }

    void colourMapsPaintTheHeatmaps() {
        cv::Mat ramp(1, 256, CV_32F);
        for (int i = 0; i < 256; ++i)
            ramp.at<float>(0, i) = float(i) / 255.0f;
        // JET is the engine's own renderer, so the GUI matches the reports by default.
        const cv::Mat jet = ColorMaps::colors(ramp, QStringLiteral("jet"));
        QCOMPARE(cv::norm(jet, heatmapColors(ramp), cv::NORM_INF), 0.0);
        for (const QString& key : ColorMaps::keys()) {
            const cv::Mat colours = ColorMaps::colors(ramp, key);
            QCOMPARE(colours.type(), CV_8UC3);
            QCOMPARE(colours.cols, 256);
            QVERIFY(!ColorMaps::displayName(key).isEmpty());
            if (key != QLatin1String("jet"))
                QVERIFY2(cv::norm(colours, jet, cv::NORM_INF) > 0, qPrintable(key));
        }
        // Viridis runs from dark purple to yellow (RGB).
        const cv::Vec3b low = ColorMaps::colors(ramp, QStringLiteral("viridis")).at<cv::Vec3b>(0, 0);
        const cv::Vec3b high = ColorMaps::colors(ramp, QStringLiteral("viridis")).at<cv::Vec3b>(0, 255);
        QVERIFY(low[2] > low[1] && high[0] > 200 && high[1] > 200 && high[2] < 80);
    }

    void theWindowAppliesSettingsAndEnsembles() {
        AppSettings settings;
        settings.modelPath = keras(QStringLiteral("Meso4_DF"));
        MainWindow window(settings);
        QSignalSpy loaded(&window.session(), &WorkbenchSession::modelLoaded);
        QVERIFY(loaded.wait(30000));
        AppSettings next = window.settings();
        next.ensembleModels = {keras(QStringLiteral("Meso4_DF")), keras(QStringLiteral("Meso4_F2F"))};
        next.colorMap = QStringLiteral("turbo");
        next.overlayOpacity = 0.8;
        next.explainer.set("LIME", "samples", 512);
        applySettings(window, next);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && loaded.last().first().value<ModelSummary>().name ==
                                                          QStringLiteral("Meso4_DF + Meso4_F2F"),
                                 30000);
        QCOMPARE(window.explanationPanel()->colorMap(), QStringLiteral("turbo"));
        QCOMPARE(window.explanationPanel()->opacity(), 0.8);
        QCOMPARE(window.settings().explainer.integer("LIME", "samples"), 512);
        QCOMPARE(window.settings().ensembleModels.size(), 2);
        // Back to one model.
        next.ensembleModels.clear();
        next.modelPath = keras(QStringLiteral("Meso4_F2F"));
        applySettings(window, next);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.last().first().value<ModelSummary>().name == QStringLiteral("Meso4_F2F"), 30000);
    }

private:
    QTemporaryDir data_;
};

QTEST_MAIN(TestGuiSettings)
#include "test_gui_settings.moc"
