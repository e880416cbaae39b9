#pragma once

#include "core/CancelToken.h"
#include "core/Error.h"
#include "core/Progress.h"
#include "faces/EvidenceVerdict.h"
#include "faces/FaceDetector.h"
#include "models/Detector.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

// Small pieces every fakelens-cli command uses: error lines, model options, frame ranges.
namespace cli {

// fakelens-cli's own words for people (usage, option help, its usage errors) go through
// Text::tr() (translation context "cli"), so lupdate finds them and the German, Greek and Italian
// translations apply under those locales. JSON, result lines and the engine's error details
// stay as they are.
class Text {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// Exit codes: 0 success, 1 some input failed, 2 bad usage, 3 the model could not be loaded.
enum ExitCode { kOk = 0, kInputFailed = 1, kUsage = 2, kModelFailed = 3, kCancelled = 4 };

// One line on stderr: "fakelens-cli: <subject>: <detail>".
void printError(const fakelens::Error& error);
void printError(const QString& message);
// An error met while reading one of several inputs: named by that input when it is about
// something else (a face box, a model), so the line says which file failed.
void printInputError(const QString& input, const fakelens::Error& error);

// --model, --card, --device, --threads: shared by every command that runs a detector.
void addModelOptions(QCommandLineParser& parser);
std::unique_ptr<fakelens::Detector> loadDetectorFromOptions(const QCommandLineParser& parser);

// START:END:STEP with END exclusive and each part optional ("::5" = every 5th frame).
struct FrameRange {
    int start = 0;
    int end = -1; // -1 = to the end
    int step = 1;
    bool contains(int frame) const {
        return frame >= start && (end < 0 || frame < end) && (frame - start) % step == 0;
    }
};
// START:END:STEP of the option `option` (named in the error). Throws fakelens::Error(InvalidArgument).
FrameRange parseFrameRange(const QString& text, const char* option = "--frames");

// Parses the arguments of a subcommand; prints usage errors and returns false on failure.
bool parseOrExplain(QCommandLineParser& parser, const QStringList& arguments);

// --NAME as an integer in [minimum, maximum]; throws fakelens::Error(InvalidArgument) naming it.
int intOption(const QCommandLineParser& parser, const QString& name, int minimum, int maximum);

// The face detector's settings from a command's options: dlib's upsampling from --upsample
// (0..4) where the command has it. Throws fakelens::Error(InvalidArgument) naming the option.
fakelens::FaceDetectorOptions faceDetectorOptionsFromOptions(const QCommandLineParser& parser);

// The face detector a command's options ask for: none with --no-detect, else one made with
// faceDetectorOptionsFromOptions(). Commands make it before they load the deepfake detector, so
// that its models load on threads of their own meanwhile (FaceDetector).
std::unique_ptr<fakelens::FaceDetector> faceDetectorFromOptions(const QCommandLineParser& parser);

// While it lives, SIGINT and SIGTERM (Ctrl-C, a batch system's time limit) cancel `token`, so
// long work stops cleanly between detector batches; the default handlers come back after.
class SignalCancellation {
public:
    explicit SignalCancellation(const fakelens::CancelToken& token);
    ~SignalCancellation();
    SignalCancellation(const SignalCancellation&) = delete;
    SignalCancellation& operator=(const SignalCancellation&) = delete;

private:
    fakelens::CancelToken token_;
};

// A percentage on stderr, rewritten in place, when `interactive`; else no progress at all.
fakelens::ProgressReporter terminalProgress(bool interactive);
// Writes `text` on stderr in place of the progress line ("\r" first); the line stays open until
// endProgressLine(). printError() and printLine() end it first, so a message never lands in the
// middle of a percentage.
void showProgressLine(const QString& text);
void endProgressLine();

// A command's long work with Ctrl-C and SIGTERM cancelling it: the one place where such work ends
// in the command's own exit code (what `work` returns), in kCancelled (printing
// `cancelledMessage`, which says what was left untouched) or in kInputFailed (the engine's
// error, printed).
int runCancellable(const QString& cancelledMessage, const std::function<int(const fakelens::CancelToken&)>& work);

// This process's resident memory now (VmRSS), in MB.
double currentResidentMegabytes();

// Writes a UTF-8 line to stdout.
void printLine(const QString& text);

// The evidence's one verdict in JSON, the same keys in `detect` and `case show`: "verdict"
// ("fake", "real", or null without a scored face), "fake_score" (null likewise),
// "verdict_rule" (the rule in words) and "threshold".
// --include-small-faces: the verdict keeps faces too small to judge (ModelCard::tooSmallToJudge).
void addIncludeSmallFacesOption(QCommandLineParser& parser);

void addVerdictJson(QJsonObject& object, const fakelens::EvidenceVerdict& verdict);
// "FAKE (P 0.8274, rule ...)" or "no face: no verdict", for the text output.
QString verdictLine(const fakelens::EvidenceVerdict& verdict);

} // namespace cli
