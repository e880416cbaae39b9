#pragma once

#include "core/CancelToken.h"
#include "core/Progress.h"
#include "report/ReportDocument.h"
#include "report/ReportInput.h"

namespace fakelens {

// Turns the report's data into its blocks, in reading order: title and case, findings,
// evidence, model, (videos) score timeline and frame table, how to read the report, one section
// per face (a new page each), and the parameters needed to reproduce every figure.
// `pixelsPerInch`: see ReportDocument.
ReportDocument composeReport(const ReportInput& input, double pixelsPerInch, ProgressReporter progress = {},
                             CancelToken cancel = {});

// The parts, one file each.
void composeFaceSection(ReportDocument& document, const ReportInput& input, const ReportFace& face, int number);
void composeParameters(ReportDocument& document, const ReportInput& input);
void composeMetadataAppendix(ReportDocument& document, const ReportInput& input);
// "12 item(s), listed in the appendix ..." (and why some could not be read): the Evidence row.
QString metadataSummary(const EvidenceMetadata& metadata);

// The report's width for figures, in pixels at 96 per inch (ReportDocument::px()): A4 less margins.
constexpr int kReportBodyWidth = 650;

} // namespace fakelens
