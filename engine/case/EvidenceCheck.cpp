#include "case/EvidenceCheck.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace fakelens {

QString evidenceCheck(const EvidenceInfo& evidence) {
    if (!QFileInfo(evidence.path).isFile())
        return QStringLiteral("missing");
    QFile file(evidence.path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unreadable (%1)").arg(file.errorString());
    // The same hash as describeEvidence() (ReportSources.cpp): SHA-256 of the bytes, lower-case
    // hex.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return QStringLiteral("unreadable (%1)").arg(file.errorString());
    const QString now = QString::fromLatin1(hash.result().toHex());
    if (now.compare(evidence.sha256, Qt::CaseInsensitive) == 0)
        return QStringLiteral("ok");
    return QStringLiteral("changed (sha256 now %1, case says %2)").arg(now, evidence.sha256);
}

} // namespace fakelens
