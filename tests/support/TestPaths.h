#pragma once

#include <QDir>
#include <QFileInfo>
#include <QString>

// Where tests find the shared data, the repository's own resources and the CLI.
namespace testpaths {

inline QString shared(const QString& relative) {
    return QDir(QStringLiteral(FAKELENS_SHARED_DIR)).filePath(relative);
}
inline QString source(const QString& relative) {
    return QDir(QStringLiteral(FAKELENS_SOURCE_DIR)).filePath(relative);
}
// A scratch folder for files a test writes; created on demand.
QString output(const QString& relative);
inline QString cli() { return QStringLiteral(FAKELENS_CLI_PATH); }

// ../shared/models/<stem>.pt and the FakeLens card for it in resources/models/<stem>.json.
inline QString torchScriptModel(const QString& stem) { return shared("models/" + stem + ".pt"); }
inline QString kerasWeights(const QString& stem) { return shared("models/" + stem + ".h5"); }
inline QString modelCard(const QString& stem) { return source("resources/models/" + stem + ".json"); }

} // namespace testpaths
