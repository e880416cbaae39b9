#include "support/FolderSnapshot.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

QStringList folderSnapshot(const QString& folder, bool withHashes) {
    QStringList entries;
    QDirIterator it(folder, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        QString entry = QStringLiteral("%1 %2 %3")
                            .arg(info.filePath())
                            .arg(info.size())
                            .arg(info.lastModified().toMSecsSinceEpoch());
        if (withHashes && info.isFile()) {
            QFile file(info.filePath());
            QCryptographicHash sha(QCryptographicHash::Sha256);
            if (file.open(QIODevice::ReadOnly) && sha.addData(&file))
                entry += ' ' + QString::fromLatin1(sha.result().toHex());
            else
                entry += QStringLiteral(" unreadable");
        }
        entries << entry;
    }
    entries.sort();
    return entries;
}
