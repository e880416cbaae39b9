// fakelens: the investigator's workbench (Qt Widgets) on the FakeLens engine.
#include "AppSettings.h"
#include "core/Version.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

#include <opencv2/core/utils/logger.hpp>

#include <cstdlib>

int main(int argc, char** argv) {
    // Decoder chatter (FFmpeg through OpenCV) is noise for an investigator; errors reach the
    // window as FakeLens' own messages.
    setenv("OPENCV_FFMPEG_LOGLEVEL", "-8", 0);
    setenv("OPENCV_LOG_LEVEL", "SILENT", 0);
    cv::utils::logging::setLogLevel(cv::utils::logging::LOG_LEVEL_SILENT);

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FakeLens"));
    QApplication::setApplicationName(QStringLiteral("FakeLens"));
    QApplication::setApplicationVersion(QString::fromLatin1(fakelens::kVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Deepfake face detection and explanation workbench."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption model(QStringLiteral("model"),
                             QApplication::translate("main", "Detector model file (.h5 or .pt) for this session."),
                             QApplication::translate("main", "FILE"));
    parser.addOption(model);
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "Image or video to open."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    QSettings store;
    fakelens::ui::AppSettings settings = fakelens::ui::AppSettings::load(store);
    const QString savedModel = settings.modelPath;
    if (parser.isSet(model))
        settings.modelPath = parser.value(model);

    fakelens::ui::MainWindow window(settings);
    window.resize(1500, 900);
    window.restoreLayout(store);
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openPath(parser.positionalArguments().first());

    const int code = app.exec();
    fakelens::ui::AppSettings finalSettings = window.settings();
    finalSettings.modelPath = savedModel; // --model is for this session only
    finalSettings.save(store);
    window.saveLayout(store);
    return code;
}
