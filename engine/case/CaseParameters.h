#pragma once

#include "report/ReportInput.h"

#include <QSqlDatabase>

namespace fakelens {

// ReportParameters as rows of the `parameters` table, one per field with a dotted name
// ("explain.settings.limeSamples", "evaluation.attack.sigma"), so a reader of the case sees
// every setting by name and a later version can add one without a new column. The caller holds
// the transaction; readParameters throws Error(CorruptData) naming a missing parameter.
void writeParameters(QSqlDatabase& db, const ReportParameters& parameters);
ReportParameters readParameters(QSqlDatabase& db);

} // namespace fakelens
