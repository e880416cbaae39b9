#include "core/CaseFileName.h"

#include <QFileInfo>

namespace fakelens {

bool hasCaseFileSuffix(const QString& path) {
    return QFileInfo(path).suffix().compare(caseFileSuffix(), Qt::CaseInsensitive) == 0;
}

QString withCaseFileSuffix(const QString& path) {
    return hasCaseFileSuffix(path) ? path : path + QLatin1Char('.') + caseFileSuffix();
}

} // namespace fakelens
