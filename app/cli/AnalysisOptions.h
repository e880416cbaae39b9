#pragma once

#include "faces/FaceDetector.h"
#include "case/AnalysisBuilder.h"

#include <QCommandLineParser>
#include <QStringList>

#include <memory>

namespace cli {

// The options of an analysis, shared by `analyse` (into a case) and `report PATH` (straight to
// a PDF), so that both run the same analysis from the same words.
void addAnalysisOptions(QCommandLineParser& parser);

// The job those options describe for `evidencePath`. Throws fakelens::Error(InvalidArgument).
fakelens::ReportJob analysisJobFromOptions(const QCommandLineParser& parser, const QString& evidencePath,
                                           const QString& command, const QStringList& arguments);

// Who the case's audit trail names: --examiner, else the login name.
QString auditName(const QCommandLineParser& parser);

} // namespace cli
