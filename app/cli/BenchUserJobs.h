#pragma once

#include <QCommandLineParser>
#include <QJsonArray>
#include <QString>
#include <QStringList>

// bench's "user jobs" (`bench --jobs`): the longer things a user runs, each as fresh
// fakelens-cli processes with the user's defaults, timed from start to exit and set against the
// forward bound of the detector inferences they report (issue 16).
namespace cli {

// The bench options of the user jobs.
void addUserJobOptions(QCommandLineParser& parser);

// Runs, for `image` and `methods` (bench's --method list, as names the CLI takes):
//   evaluate IMAGE --methods M --no-budget   the paper's evaluation of the face (RANDOM, k = 1..topk)
//   evaluate IMAGE --methods M               the same with the minimal-budget search (unless --no-budget)
//   analyse IMAGE --methods M --case C, then report --case C --out R.pdf   the main job
// and appends one text line per job to `lines` and one object per job to `json` (job,
// cold_seconds, cold_inferences, cold_ratio_to_bound; null and cold_error when it failed).
// Inferences are read back from what the job wrote (the results file; the case), so they are
// the job's own count: explanations, NES samples, attacks and budget attacks. The robustness
// re-test of `analyse` (a few dozen forwards) is not counted, which leaves its ratio a little
// high rather than flattering.
void benchUserJobs(const QCommandLineParser& parser, const QString& image, const QStringList& methods,
                   double bestImagesPerSecond, QStringList& lines, QJsonArray& json);

} // namespace cli
