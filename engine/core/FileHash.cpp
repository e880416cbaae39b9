#include "core/FileHash.h"

#include "core/Error.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace fakelens {

QString sha256OfFile(const QString& path, ProgressReporter progress, CancelToken cancel) {
    const QFileInfo info(path);
    if (!info.exists())
        throw Error(ErrorCode::FileNotFound, path.toStdString(), "file not found");
    if (!info.isFile())
        throw Error(ErrorCode::FileUnreadable, path.toStdString(), "not a regular file");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) // evidence is only ever opened read-only
        throw Error(ErrorCode::FileUnreadable, path.toStdString(), file.errorString().toStdString());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const qint64 total = std::max<qint64>(1, file.size());
    qint64 done = 0;
    constexpr qint64 kChunk = 1 << 20;
    QByteArray buffer;
    for (;;) {
        cancel.throwIfCancelled();
        buffer = file.read(kChunk);
        if (buffer.isEmpty()) {
            if (file.error() != QFileDevice::NoError)
                throw Error(ErrorCode::FileUnreadable, path.toStdString(), file.errorString().toStdString());
            break;
        }
        hash.addData(buffer);
        done += buffer.size();
        progress.report(double(done) / double(total), "hash");
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace fakelens
