#include "case/CaseModelCheck.h"

#include "case/AnalysisSources.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

namespace fakelens::ui {

namespace {

const QString kJoin = QStringLiteral(" + "); // how an ensemble's paths and hashes are joined

// Whether the model files at `paths` are the case's model. By SHA-256 where both sides have one
// (a path may be relative, or the file moved); else by path.
bool sameModel(const QString& paths, const ModelInfo& caseModel) {
    QStringList hashes;
    for (const QString& path : paths.split(kJoin)) {
        if (!QFileInfo(path).isFile() || caseModel.sha256.isEmpty())
            return paths == caseModel.path;
        hashes << sha256OfFile(path);
    }
    return hashes.join(kJoin).compare(caseModel.sha256, Qt::CaseInsensitive) == 0;
}

} // namespace

CaseModelCheck CaseModelCheck::of(const QString& loadedPaths, const ModelInfo& caseModel) {
    CaseModelCheck check;
    check.loadedIsCases = !loadedPaths.isEmpty() && sameModel(loadedPaths, caseModel);
    if (check.loadedIsCases || caseModel.path.isEmpty())
        return check;
    const QStringList files = caseModel.path.split(kJoin);
    const QStringList hashes = caseModel.sha256.split(kJoin);
    for (int i = 0; i < files.size(); ++i) {
        const QString shown = QDir::toNativeSeparators(files[i]);
        if (!QFileInfo(files[i]).isFile()) {
            check.reason = tr("its file %1 is missing").arg(shown);
            return check;
        }
        if (caseModel.sha256.isEmpty() || hashes.size() != files.size()) {
            check.reason = tr("the case records no SHA-256 of %1, so it cannot be checked").arg(shown);
            return check;
        }
        if (sha256OfFile(files[i]).compare(hashes[i], Qt::CaseInsensitive) != 0) {
            check.reason = tr("the SHA-256 of %1 differs from the case's (the file was changed or replaced)").arg(shown);
            return check;
        }
    }
    check.loadable = true;
    return check;
}

} // namespace fakelens::ui
