#pragma once

#include <QStringList>

// One function per fakelens-cli subcommand; each takes the arguments after the subcommand's
// name (with the program name first, as QCommandLineParser expects) and returns the exit code.
namespace cli {

int runDetect(const QStringList& arguments);
int runExplain(const QStringList& arguments);
int runBench(const QStringList& arguments);
int runEvaluate(const QStringList& arguments);
int runCalibrate(const QStringList& arguments);
int runMerge(const QStringList& arguments);
int runReport(const QStringList& arguments);
int runAnalyse(const QStringList& arguments);
int runCase(const QStringList& arguments);
int runTemporal(const QStringList& arguments);

} // namespace cli
