#pragma once

#include <QString>

namespace fakelens {

// True when `path` is `folder` or lies below it. Real locations are compared: the existing part
// of each path has its symbolic links resolved, so a link cannot hide that two paths are one.
bool isInsideFolder(const QString& path, const QString& folder);

// The one rule for every file and folder FakeLens writes (reports, cases, heatmaps, results):
// never in the folder that holds the evidence, nor below it. Evidence may sit on a write-blocked
// medium, and an evidence folder must stay as it was received (README, "Evidence integrity").
// `evidenceFolder` is that folder: an evidence file's folder, or the folder of images a batch
// command reads. Throws Error(InvalidArgument, output, "is in the evidence's folder ...").
void checkOutsideEvidenceFolder(const QString& output, const QString& evidenceFolder);

// The folder that holds an evidence file.
QString evidenceFolderOf(const QString& evidencePath);

} // namespace fakelens
