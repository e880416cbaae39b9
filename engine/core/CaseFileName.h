#pragma once

#include <QString>

namespace fakelens {

// A FakeLens case is a file named "*.fakelens". The suffix is what tells a case from evidence
// before it is read: the workbench opens a dropped or named case as a case, and the image loader
// says "this is a case" rather than "not a supported image".
inline const QString& caseFileSuffix() {
    static const QString suffix = QStringLiteral("fakelens");
    return suffix;
}

// True when `path` ends in ".fakelens" (any case).
bool hasCaseFileSuffix(const QString& path);

// `path` with ".fakelens" added when it has another or no suffix.
QString withCaseFileSuffix(const QString& path);

} // namespace fakelens
