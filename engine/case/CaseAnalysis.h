#pragma once

#include "report/ReportInput.h"

#include <QSqlDatabase>

namespace fakelens {

// The analysis of a case as rows of its tables (CaseSchema.cpp). writeAnalysis() replaces the
// previous analysis (every table of caseSchema::analysisTables() and case_details) and never
// touches findings, meta or audit; the caller holds the transaction. readAnalysis() is the
// inverse, without findings; it throws Error(CorruptData) naming the table and row when rows
// are missing or inconsistent.
void writeAnalysis(QSqlDatabase& db, const ReportInput& analysis);
ReportInput readAnalysis(QSqlDatabase& db);
// The evidence row alone (readAnalysis() reads it too).
EvidenceInfo readEvidence(QSqlDatabase& db);

// case_details only (setCaseDetails() and writeAnalysis()).
void writeCaseDetails(QSqlDatabase& db, const CaseDetails& details);
CaseDetails readCaseDetails(QSqlDatabase& db);

} // namespace fakelens
