#pragma once

#include <QString>
#include <QStringList>

// Every entry under `folder` (files and sub-folders, hidden ones too) as "path size mtime", plus
// the SHA-256 of each file when `withHashes`, sorted: two snapshots differ when anything was
// added, removed, resized, touched or (with hashes) rewritten. Tests take one before and after a
// run to show that nothing was written beside the evidence.
QStringList folderSnapshot(const QString& folder, bool withHashes = false);
