#include "support/TestPaths.h"

namespace testpaths {

QString output(const QString& relative) {
    QDir root(QStringLiteral(FAKELENS_TEST_OUTPUT_DIR));
    const QString path = root.filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    return path;
}

} // namespace testpaths
