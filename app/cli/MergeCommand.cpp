// fakelens-cli merge: one set of tables from the results files of a run's shards (or of runs
// with identical parameters).
#include "CliSupport.h"
#include "Commands.h"
#include "EvaluateOutput.h"

#include "evaluate/ResultsFile.h"

namespace cli {

int runMerge(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Combine the results files of `fakelens-cli evaluate --shard I/N` runs into the "
                 "tables a single run would "
                 "print (same order, same rounding). The files must share every parameter (model "
                 "hash, seed, settings) and the FakeLens version: a file that differs is refused, "
                 "naming it and the field. An image in several files is counted once (matched by its "
                 "path below the dataset folder, so a file from a run of another folder is warned about: "
                 "its images would count twice); a record cut by a killed run is ignored."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        "FILE", Text::tr("Results files (JSON Lines) of one run's shards."), "FILE...");
    addTableOutputOptions(parser);
    if (!parseOrExplain(parser, arguments))
        return kUsage;
    if (parser.positionalArguments().isEmpty()) {
        printError(Text::tr("merge: give at least one results FILE"));
        return kUsage;
    }
    std::vector<std::string> files;
    for (const QString& file : parser.positionalArguments())
        files.push_back(file.toStdString());
    fakelens::MergedResults merged;
    try {
        merged = fakelens::mergeResultsFiles(files);
    } catch (const fakelens::Error& e) {
        printError(e);
        return e.code() == fakelens::ErrorCode::InvalidArgument ? kUsage : kInputFailed;
    }
    return printEvaluationTables(merged, parser);
}

} // namespace cli
