#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace fakelens {

// The tables of a case file (README.md beside this file describes each column).
namespace caseSchema {

constexpr const char* kFormat = "fakelens-case"; // meta.format
constexpr int kSchemaVersion = 6;                // meta.schema_version this build writes

// Creates every table and the audit triggers in an empty database, and fills `meta`. The caller
// holds the transaction.
void create(QSqlDatabase& db);

// Brings a case of an older schema up to kSchemaVersion; the caller holds the transaction.
// 1 -> 2 adds the evidence metadata; 2 -> 3 the verdict's inconclusive band and small-face
// counts; 3 -> 4 faces.origin; 4 -> 5 the robustness re-test (README.md beside this file lists
// each version's change).
void migrate(QSqlDatabase& db, int fromVersion);

// The tables saveAnalysis() replaces as a whole (not meta, case_details, findings, audit).
const QStringList& analysisTables();

} // namespace caseSchema
} // namespace fakelens
