// fakelens-cli: the headless FakeLens, on the same engine as the GUI.
#include "CliSupport.h"
#include "Commands.h"

#include "Translations.h"
#include "core/OpenMpPolicy.h"
#include "core/Version.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>

#include <opencv2/core/utils/logger.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <map>
#include <memory>

namespace {

void printUsage() {
    cli::printLine(cli::Text::tr(
        "Usage: fakelens-cli COMMAND [options]\n\n"
        "Commands:\n"
        "  detect PATH...     find faces and score them (images and videos)\n"
        "  explain IMAGE      explain the verdict with every method, classic and _adv\n"
        "  temporal VIDEO     explain one face track over frames; inter-frame consistency\n"
        "  evaluate PATH      top-k attack evaluation of the explanations (dataset tables)\n"
        "  calibrate DATASET  measure the model's error rates on fake/ and real/ folders\n"
        "  merge FILE...      combine evaluation results files (shards) into tables\n"
        "  bench              measure detector throughput and explanation speed\n"
        "  analyse PATH       analyse an image or video into a case file (--case FILE)\n"
        "  case show FILE     print a case (verdict, faces, methods, notes, audit trail)\n"
        "  case note FILE     add a note or bookmark, or the conclusion, to a case\n"
        "  report PATH        analyse an image or video and write a PDF report (--out FILE.pdf)\n"
        "  report --case FILE write the PDF report of a saved case, without the detector\n\n"
        "fakelens-cli COMMAND --help shows the options of a command.\n"
        "fakelens-cli --version prints the version."));
}

// The offscreen platform looks up the runtime folder as it starts; where XDG_RUNTIME_DIR is
// unset (root in a container, a batch node) Qt says so on stderr, on every run that did not
// fail, beside the one line a failure gets. Only that message is dropped, and only while the
// application starts; everything else goes out as Qt would print it.
void dropRuntimeFolderNotice(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

int main(int argc, char** argv) {
    // Links the getenv() that makes libgomp wait passively (core/OpenMpPolicy.h).
    static_cast<void>(fakelens::openMpWaitPolicyAtStart());
    // Decoder chatter (FFmpeg, libjpeg through OpenCV) would bury FakeLens' own one-line errors.
    setenv("OPENCV_FFMPEG_LOGLEVEL", "-8", 0);
    setenv("OPENCV_LOG_LEVEL", "SILENT", 0);
    cv::utils::logging::setLogLevel(cv::utils::logging::LOG_LEVEL_SILENT);

    // `report` lays out text and needs the font database, i.e. a QGuiApplication; the offscreen
    // platform gives one without a display (even when the session names another platform).
    // Every other command stays a QCoreApplication.
    // `bench --cancel-latency` writes a report PDF too.
    const auto hasArgument = [argc, argv](const char* argument) {
        return std::any_of(argv + 1, argv + argc, [argument](const char* a) { return std::strcmp(a, argument) == 0; });
    };
    const bool guiCommand = argc > 1 && (std::strcmp(argv[1], "report") == 0 || std::strcmp(argv[1], "analyse") == 0 ||
                                         (std::strcmp(argv[1], "bench") == 0 && hasArgument("--cancel-latency")));
    if (guiCommand)
        setenv("QT_QPA_PLATFORM", "offscreen", 1); // never a window, so no display needed
    const QtMessageHandler qtMessages = qInstallMessageHandler(dropRuntimeFolderNotice);
    const std::unique_ptr<QCoreApplication> app = guiCommand ? std::make_unique<QGuiApplication>(argc, argv)
                                                             : std::make_unique<QCoreApplication>(argc, argv);
    qInstallMessageHandler(qtMessages);
    QCoreApplication::setApplicationName("fakelens-cli");
    QCoreApplication::setApplicationVersion(fakelens::kVersion);
    fakelens::l10n::installTranslators(QLocale::system()); // German, Greek, Italian, else English

    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args[1] == "--help" || args[1] == "-h" || args[1] == "help") {
        printUsage();
        return args.size() < 2 ? cli::kUsage : cli::kOk;
    }
    if (args[1] == "--version" || args[1] == "-v") {
        cli::printLine(QStringLiteral("fakelens-cli %1").arg(fakelens::kVersion));
        return cli::kOk;
    }

    const std::map<QString, std::function<int(const QStringList&)>> commands = {
        {"detect", cli::runDetect},
        {"explain", cli::runExplain},
        {"bench", cli::runBench},
        {"evaluate", cli::runEvaluate},
        {"calibrate", cli::runCalibrate},
        {"merge", cli::runMerge},
        {"report", cli::runReport},
        {"analyse", cli::runAnalyse},
        {"case", cli::runCase},
        {"temporal", cli::runTemporal},
    };
    const auto command = commands.find(args[1]);
    if (command == commands.end()) {
        cli::printError(
            cli::Text::tr("unknown command '%1' (try fakelens-cli --help)").arg(args[1]));
        return cli::kUsage;
    }
    QStringList rest = args.mid(2);
    rest.prepend(args[0] + " " + args[1]);
    try {
        return command->second(rest);
    } catch (const fakelens::Error& e) {
        cli::printError(e);
        return cli::kInputFailed;
    } catch (const std::exception& e) {
        cli::printError(cli::Text::tr("internal error: %1").arg(e.what()));
        return cli::kInputFailed;
    }
}
