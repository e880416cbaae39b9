#pragma once

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// The "cold" side of `fakelens-cli bench`: what a user waits for, measured on a fresh process.
namespace cli {

struct ColdRun {
    bool ok = false;
    double seconds = 0;        // wall time of the whole child process
    long long inferences = 0;  // every explanation's plus each face's NES sample, from its JSON
    QString error;             // why it failed, when !ok
};

// A child `fakelens-cli` process (this very executable), timed from start to exit.
struct ChildRun {
    bool ok = false;     // started, exited 0
    double seconds = 0;  // wall time of the whole process
    QByteArray out;      // its stdout
    QString error;       // why it failed, when !ok
};
ChildRun runTimedChild(const QStringList& arguments);

// bench's model and explanation options as given on its command line, to pass on to a child
// (explain, evaluate and analyse take them all): every value of a repeated option (--model
// twice is an ensemble, --param). Options not set are not passed, so the child runs with its
// own defaults, as a user's would.
QStringList passedOnOptions(const QCommandLineParser& bench);

// Runs `fakelens-cli explain IMAGE --method M1,M2,... --out TMPDIR --json` as a child process
// (this very executable) and times it from start to exit: library loading,
// model load, face detection, the explanations and the PNGs included. Only the model and
// explanation options set on bench's own command line are passed on, so by default the child
// runs with explain's defaults, as a user would. The fastest of `rounds` runs counts, as for
// bench's other figures: a moment of other load on the machine then moves no side of a ratio.
// The first failed run ends it and is returned.
ColdRun runColdExplain(const QCommandLineParser& benchOptions, const QString& image, const QStringList& methods,
                       int rounds);

// bench's figures for a cold run against the best forward rate: cold_seconds, cold_inferences,
// cold_ratio_to_bound (null and cold_error when the run failed) into `json`; the text columns.
void addColdFields(const ColdRun& run, double bestImagesPerSecond, QJsonObject& json);
QString coldColumns(const ColdRun& run, double bestImagesPerSecond);

} // namespace cli
