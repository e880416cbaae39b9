#pragma once

#include "evaluate/CalibrationRecord.h"

#include <QString>

#include <optional>

namespace fakelens {

// The one sentence that states a model's measured error rates wherever the model is described
// (the report's model section, the Models dialog, `calibrate`'s text output):
// "On df, 30 faces (15 fake, 15 real): AUC 0.93; at threshold 0.50 this model misses 13 % of
// fakes and flags 7 % of reals." or, without a record, "This model has no calibration record."
// English, like the report it is printed in.
QString calibrationStatement(const std::optional<CalibrationRecord>& record);

// The statement for the model file with this SHA-256, from the record beside it; a record for
// another model file counts as none, and the sentence then says why it was refused.
QString calibrationStatementForModel(const QString& modelFile, const QString& modelSha256);

} // namespace fakelens
