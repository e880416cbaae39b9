// fakelens: the investigator's workbench (Qt Widgets) on the FakeLens engine.
#include "AppSettings.h"
#include "Translations.h"
#include "core/OpenMpPolicy.h"
#include "core/Version.h"
#include "session/WorkbenchSession.h"
#include "settings/SettingsAutosave.h"
#include "settings/SettingsFlow.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QSettings>

#include <opencv2/core/utils/logger.hpp>

#include <cstdlib>

int main(int argc, char** argv) {
    // Links the getenv() that makes libgomp wait passively (core/OpenMpPolicy.h).
    static_cast<void>(fakelens::openMpWaitPolicyAtStart());
    // Decoder chatter (FFmpeg through OpenCV) is noise for an investigator; errors reach the
    // window as FakeLens' own messages.
    setenv("OPENCV_FFMPEG_LOGLEVEL", "-8", 0);
    setenv("OPENCV_LOG_LEVEL", "SILENT", 0);
    cv::utils::logging::setLogLevel(cv::utils::logging::LOG_LEVEL_SILENT);

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FakeLens"));
    QApplication::setApplicationName(QStringLiteral("FakeLens"));
    QApplication::setApplicationVersion(QString::fromLatin1(fakelens::kVersion));
    QApplication::setDesktopFileName(QStringLiteral("io.github.fakelens.FakeLens"));
    // SVG (sharp at any scale, with the Qt SVG plugin) and PNGs from 16 to 512 px.
    QIcon icon(QStringLiteral(":/icons/fakelens.svg"));
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        icon.addFile(QStringLiteral(":/icons/fakelens-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    // The language: the one chosen in Settings, else the system's (FakeLens has German, Greek
    // and Italian; anything else is English). Installed before any text is made.
    QSettings store;
    fakelens::ui::AppSettings settings = fakelens::ui::AppSettings::load(store);
    const QLocale locale = fakelens::l10n::localeForLanguage(settings.language);
    if (!settings.language.isEmpty())
        QLocale::setDefault(locale);
    fakelens::l10n::installTranslators(locale);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Deepfake face detection and explanation workbench."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption model(QStringLiteral("model"),
                             QApplication::translate("main", "Detector model file (.h5 or .pt) for this session."),
                             QApplication::translate("main", "FILE"));
    parser.addOption(model);
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "Image or video to open, or a case (.fakelens)."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    const QString savedModel = settings.modelPath;
    const QStringList savedEnsemble = settings.ensembleModels;
    if (parser.isSet(model)) {
        settings.modelPath = parser.value(model);
        settings.ensembleModels.clear();
    }

    fakelens::ui::MainWindow window(settings);
    // Every change is written at once (a killed session keeps it), --model excepted.
    fakelens::ui::SettingsAutosave autosave(window, store);
    if (parser.isSet(model))
        autosave.keepSessionModelOut(parser.value(model), savedModel, savedEnsemble);
    window.resize(1500, 900);
    window.restoreLayout(store);
    // An ensemble chosen in Tools › Models (--model names one model for this session instead).
    if (auto factory = fakelens::ui::ensembleFactory(settings))
        window.session().setDetectorFactory(std::move(factory));
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openPath(parser.positionalArguments().first());

    const int code = app.exec();
    autosave.save();
    window.saveLayout(store);
    return code;
}
