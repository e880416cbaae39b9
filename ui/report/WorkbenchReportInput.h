#pragma once

#include "core/CancelToken.h"
#include "core/Progress.h"
#include "report/ReportAssembler.h"

#include <QString>

#include <optional>

namespace fakelens::ui {

class EngineResources;

// The report input of a workbench snapshot, made on the engine worker the same way for the PDF
// export and for File › Save case (one analysis, one verdict): re-reads and hashes the evidence
// (it must still be the file that was opened; else `refusal` says why and nothing is returned),
// describes the model, scores a video's most suspicious timeline frame again for its section,
// and assembles. Progress goes from 0 to 1 ("open", "hash", "model", "suspect").
std::optional<ReportInput> workbenchReportInput(const WorkbenchSnapshot& snapshot, EngineResources& resources,
                                                const ProgressReporter& progress, const CancelToken& cancel,
                                                QString& refusal);

} // namespace fakelens::ui
