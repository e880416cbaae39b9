#include "core/EvidenceFolder.h"

#include "core/Error.h"

#include <QDir>
#include <QFileInfo>

namespace fakelens {

namespace {

// The absolute path with the symbolic links of its longest existing ancestor resolved; the part
// that does not exist yet (a folder `explain --out` will create) is appended as written.
QString realLocation(const QString& path) {
    QString existing = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QString rest;
    while (!QFileInfo::exists(existing)) {
        const QFileInfo info(existing);
        const QString parent = info.path();
        if (parent == existing)
            break;
        rest = rest.isEmpty() ? info.fileName() : info.fileName() + QLatin1Char('/') + rest;
        existing = parent;
    }
    const QString canonical = QFileInfo(existing).canonicalFilePath();
    const QString base = canonical.isEmpty() ? existing : canonical;
    return rest.isEmpty() ? base : QDir::cleanPath(base + QLatin1Char('/') + rest);
}

} // namespace

bool isInsideFolder(const QString& path, const QString& folder) {
    const QString p = realLocation(path);
    const QString f = realLocation(folder);
    return p == f || p.startsWith(f.endsWith(QLatin1Char('/')) ? f : f + QLatin1Char('/'));
}

void checkOutsideEvidenceFolder(const QString& output, const QString& evidenceFolder) {
    if (output.isEmpty() || evidenceFolder.isEmpty() || !isInsideFolder(output, evidenceFolder))
        return;
    throw Error(ErrorCode::InvalidArgument, QFileInfo(output).absoluteFilePath().toStdString(),
                "is in the evidence's folder " + QDir::cleanPath(QFileInfo(evidenceFolder).absoluteFilePath()).toStdString() +
                    " (FakeLens never writes there); write it to another folder");
}

QString evidenceFolderOf(const QString& evidencePath) { return QFileInfo(evidencePath).absolutePath(); }

} // namespace fakelens
