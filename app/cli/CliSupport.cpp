#include "CliSupport.h"

#include "models/DetectorFactory.h"
#include "models/EnsembleDetector.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <atomic>
#include <csignal>
#include <fstream>
#include <string>
#include <cstdio>
#include <cstdlib>

namespace cli {

namespace {
// Whether a progress line is open on stderr. Progress may be reported from engine threads.
std::atomic<bool> progressLineOpen{false};
} // namespace

void showProgressLine(const QString& text) {
    std::fprintf(stderr, "\r%s", text.toUtf8().constData());
    std::fflush(stderr);
    progressLineOpen = true;
}

void endProgressLine() {
    if (progressLineOpen.exchange(false)) {
        std::fputc('\n', stderr);
        std::fflush(stderr);
    }
}

int runCancellable(const QString& cancelledMessage, const std::function<int(const fakelens::CancelToken&)>& work) {
    fakelens::CancelToken cancel;
    const SignalCancellation signalGuard(cancel);
    try {
        const int code = work(cancel);
        endProgressLine();
        return code;
    } catch (const fakelens::CancelledError&) {
        printError(cancelledMessage);
        return kCancelled;
    } catch (const fakelens::Error& e) {
        printError(e);
        return kInputFailed;
    }
}

void printError(const fakelens::Error& error) {
    endProgressLine();
    std::fprintf(stderr, "fakelens-cli: %s\n", error.what());
    std::fflush(stderr);
}

void printError(const QString& message) {
    endProgressLine();
    std::fprintf(stderr, "fakelens-cli: %s\n", message.toUtf8().constData());
    std::fflush(stderr);
}

void printInputError(const QString& input, const fakelens::Error& error) {
    if (error.subject() == input.toStdString())
        printError(error);
    else
        printError(input + QStringLiteral(": ") + QString::fromStdString(error.what()));
}

void printLine(const QString& text) {
    endProgressLine();
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    std::fputc('\n', stdout);
}

void addModelOptions(QCommandLineParser& parser) {
    parser.addOption({"model",
                      Text::tr("Detector: a Keras MesoNet .h5 or a TorchScript .pt with its card "
                               "(default: the installed Meso4_DF). Given twice or more, the models form an "
                               "ensemble, as in the workbench: a face's P(fake) is the largest of theirs."),
                      "FILE"});
    parser.addOption(
        {"card", Text::tr("Model card for a TorchScript model (default: <model>.json beside it)."),
         "FILE"});
    parser.addOption({"device", Text::tr("Where inference runs: auto, cpu or cuda (default auto)."),
                      "D", "auto"});
    parser.addOption(
        {"threads", Text::tr("CPU threads for inference (default: all cores)."), "N", "0"});
}

std::unique_ptr<fakelens::Detector> loadDetectorFromOptions(const QCommandLineParser& parser) {
    fakelens::DetectorOptions options;
    options.device = fakelens::parseDeviceChoice(parser.value("device").toStdString());
    options.cardPath = parser.value("card").toStdString();
    bool ok = false;
    options.threads = parser.value("threads").toInt(&ok);
    if (!ok || options.threads < 0)
        throw fakelens::Error(fakelens::ErrorCode::InvalidArgument, "--threads", "must be a number >= 0");
    std::vector<std::string> models;
    for (const QString& model : parser.values("model"))
        models.push_back(model.toStdString());
    if (models.empty())
        models.push_back(fakelens::defaultModelPath());
    if (models.size() > 1 && !options.cardPath.empty())
        throw fakelens::Error(fakelens::ErrorCode::InvalidArgument, "--card",
                              "applies to one model; an ensemble's TorchScript models need their cards beside them "
                              "(<model>.json)");
    return fakelens::loadEnsemble(models, options);
}

FrameRange parseFrameRange(const QString& text, const char* option) {
    const QStringList parts = text.split(':');
    auto bad = [&text, option]() {
        return fakelens::Error(fakelens::ErrorCode::InvalidArgument, option,
                               "must be START:END:STEP (e.g. 0:100:5), not '" + text.toStdString() + "'");
    };
    if (parts.size() < 1 || parts.size() > 3)
        throw bad();
    FrameRange range;
    auto number = [&](const QString& part, int fallback) {
        if (part.trimmed().isEmpty())
            return fallback;
        bool ok = false;
        const int v = part.toInt(&ok);
        if (!ok || v < 0)
            throw bad();
        return v;
    };
    range.start = number(parts.value(0), 0);
    range.end = parts.size() > 1 ? number(parts.value(1), -1) : -1;
    range.step = parts.size() > 2 ? number(parts.value(2), 1) : 1;
    if (range.step < 1 || (range.end >= 0 && range.end <= range.start))
        throw bad();
    return range;
}

bool parseOrExplain(QCommandLineParser& parser, const QStringList& arguments) {
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return false;
    }
    if (parser.isSet("help")) {
        // Qt writes "Usage: <argv[0]> [options]": the full path as typed and no command. The
        // first argument here is "<argv[0]> <command>" (main.cpp), so the line can name both.
        QString help = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        const QString usage = QStringLiteral("Usage: ") + program;
        const QString command = arguments.value(0).mid(program.size()).trimmed();
        if (help.startsWith(usage) && !command.isEmpty())
            help.replace(0, usage.size(), QStringLiteral("Usage: fakelens-cli ") + command);
        printLine(help);
        std::exit(kOk);
    }
    return true;
}

int intOption(const QCommandLineParser& parser, const QString& name, int minimum, int maximum) {
    bool ok = false;
    const int v = parser.value(name).toInt(&ok);
    if (!ok || v < minimum || v > maximum)
        throw fakelens::Error(fakelens::ErrorCode::InvalidArgument, ("--" + name).toStdString(),
                              QStringLiteral("must be a number from %1 to %2").arg(minimum).arg(maximum).toStdString());
    return v;
}

// optionNames() lists the options given, so a command is never asked about an option it does not
// define (QCommandLineParser warns then).
fakelens::FaceDetectorOptions faceDetectorOptionsFromOptions(const QCommandLineParser& parser) {
    fakelens::FaceDetectorOptions options;
    if (parser.optionNames().contains(QStringLiteral("upsample")))
        options.upsample = intOption(parser, QStringLiteral("upsample"), 0, 4);
    return options;
}

std::unique_ptr<fakelens::FaceDetector> faceDetectorFromOptions(const QCommandLineParser& parser) {
    if (parser.optionNames().contains(QStringLiteral("no-detect")))
        return nullptr;
    return std::make_unique<fakelens::FaceDetector>(faceDetectorOptionsFromOptions(parser));
}

namespace {
const fakelens::CancelToken* signalledToken = nullptr;
extern "C" void cancelOnSignal(int) {
    if (signalledToken)
        signalledToken->cancel(); // a lock-free atomic store: safe in a signal handler
}
} // namespace

SignalCancellation::SignalCancellation(const fakelens::CancelToken& token) : token_(token) {
    signalledToken = &token_;
    std::signal(SIGINT, cancelOnSignal);
    std::signal(SIGTERM, cancelOnSignal);
}

SignalCancellation::~SignalCancellation() {
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    signalledToken = nullptr;
}

fakelens::ProgressReporter terminalProgress(bool interactive) {
    if (!interactive)
        return fakelens::ProgressReporter();
    return fakelens::ProgressReporter([](double fraction, const std::string& stage) {
        showProgressLine(QString::asprintf("  %5.1f%% %-12s", 100.0 * fraction, stage.c_str()));
    });
}

double currentResidentMegabytes() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stod(line.substr(6)) / 1024.0;
    return 0;
}

} // namespace cli

namespace cli {

void addIncludeSmallFacesOption(QCommandLineParser& parser) {
    parser.addOption({"include-small-faces",
                      Text::tr("Keep the faces too small to judge (box under the model card's "
                               "min_face_fraction of its input, 64 px for MesoNet) in the verdict; "
                               "by default they are listed but left out.")});
}

void addVerdictJson(QJsonObject& object, const fakelens::EvidenceVerdict& verdict) {
    object["verdict"] = verdict.scored ? QJsonValue(QString::fromStdString(verdict.label())) : QJsonValue();
    object["fake_score"] = verdict.scored ? QJsonValue(verdict.fakeScore) : QJsonValue();
    object["verdict_rule"] = QString::fromStdString(verdict.rule);
    object["threshold"] = verdict.threshold;
    object["inconclusive_units"] = verdict.inconclusiveUnits;
    object["small_faces_left_out"] = verdict.smallFacesLeftOut;
    object["small_faces_included"] = verdict.smallFacesIncluded;
}

QString verdictLine(const fakelens::EvidenceVerdict& verdict) {
    if (!verdict.scored)
        return QStringLiteral("no face took part: no verdict");
    const QString label = QString::fromStdString(verdict.label());
    QString line = QStringLiteral("%1  P(fake) %2  (%3; threshold %4)")
                       .arg(verdict.fake ? label.toUpper() : label)
                       .arg(verdict.fakeScore, 0, 'f', 4)
                       .arg(QString::fromStdString(verdict.rule))
                       .arg(verdict.threshold, 0, 'f', 2);
    if (verdict.smallFacesLeftOut > 0)
        line += QStringLiteral("; %1 face(s) too small to judge left out").arg(verdict.smallFacesLeftOut);
    return line;
}

} // namespace cli
