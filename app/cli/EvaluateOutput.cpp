#include "EvaluateOutput.h"

#include "CliSupport.h"

#include "evaluate/EvaluationSummary.h"
#include "evaluate/TableRenderer.h"

#include <QJsonDocument>
#include <QSaveFile>

namespace cli {

void addTableOutputOptions(QCommandLineParser& parser) {
    parser.addOption(
        {"csv", Text::tr("Also write the tables as CSV (one value per line) to FILE."), "FILE"});
    parser.addOption(
        {"json", Text::tr("Print the tables as one JSON document instead of Markdown.")});
}

int printEvaluationTables(const fakelens::MergedResults& results, const QCommandLineParser& parser) {
    for (const std::string& warning : results.warnings)
        printError(Text::tr("warning: %1").arg(QString::fromStdString(warning)));
    int duplicates = 0;
    const fakelens::EvaluationSummary summary = fakelens::summarize(results.header, results.results, &duplicates);

    if (parser.isSet("csv")) {
        const QString path = parser.value("csv");
        QSaveFile file(path);
        const QByteArray csv = fakelens::renderCsv(summary).toUtf8();
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
            printError(fakelens::Error(fakelens::ErrorCode::FileUnwritable, path.toStdString(),
                                       file.errorString().toStdString()));
            return kInputFailed;
        }
    }
    if (parser.isSet("json"))
        printLine(QString::fromUtf8(QJsonDocument(fakelens::renderJson(summary)).toJson(QJsonDocument::Indented)));
    else
        printLine(fakelens::renderMarkdown(summary));
    return kOk;
}

} // namespace cli
