#include "case/EvidenceCheck.h"

#include "case/AnalysisSources.h"

#include <QFileInfo>

namespace fakelens {

QString evidenceCheck(const EvidenceInfo& evidence) {
    if (!QFileInfo(evidence.path).isFile())
        return QStringLiteral("missing");
    QString now;
    try {
        // The hash the analysis stored (describeEvidence() uses the same function).
        now = sha256OfFile(evidence.path);
    } catch (const Error& error) {
        return QStringLiteral("unreadable (%1)").arg(QString::fromStdString(error.detail()));
    }
    if (now.compare(evidence.sha256, Qt::CaseInsensitive) == 0)
        return QStringLiteral("ok");
    return QStringLiteral("changed (sha256 now %1, case says %2)").arg(now, evidence.sha256);
}

} // namespace fakelens
