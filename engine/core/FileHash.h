#pragma once

#include "core/CancelToken.h"
#include "core/Progress.h"

#include <QString>

namespace fakelens {

// SHA-256 (lower-case hex) of a file, read read-only in 1 MiB chunks so that a video of
// several GB neither fills memory nor blocks a cancel. Progress under "hash". Throws
// Error(FileNotFound / FileUnreadable) naming the file, CancelledError when cancelled.
// The one file hash of FakeLens: evidence, model files, calibration datasets and cases
// compare what it returns.
QString sha256OfFile(const QString& path, ProgressReporter progress = {}, CancelToken cancel = {});

} // namespace fakelens
