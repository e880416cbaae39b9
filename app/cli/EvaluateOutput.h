#pragma once

#include "evaluate/ResultsFile.h"

#include <QCommandLineParser>

// What `evaluate` and `merge` print: the same tables from the same records, so that merging
// shard files gives exactly the single run's output.
namespace cli {

// --csv FILE and --json.
void addTableOutputOptions(QCommandLineParser& parser);

// Summarises `results` and writes the tables: CSV to --csv FILE (atomically), then JSON
// (--json) or Markdown on stdout. Warnings go to stderr. Returns an exit code.
int printEvaluationTables(const fakelens::MergedResults& results, const QCommandLineParser& parser);

} // namespace cli
