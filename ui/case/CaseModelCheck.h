#pragma once

#include "report/ReportInput.h"

#include <QCoreApplication>
#include <QString>

namespace fakelens::ui {

// Opening a case: is the workbench's model the case's, and if not, can the case's model be
// loaded (every file of it there, with the SHA-256 the case recorded)? Hashes model files, so it
// runs on the engine worker.
struct CaseModelCheck {
    Q_DECLARE_TR_FUNCTIONS(CaseModelCheck)

public:
    // `loadedPaths`: the loaded model's files (an ensemble's joined by " + "); "" when none is loaded.
    static CaseModelCheck of(const QString& loadedPaths, const ModelInfo& caseModel);

    bool loadedIsCases = false; // the loaded model is the case's (by SHA-256, else by path)
    bool loadable = false;      // the case's model files are there with the case's SHA-256
    QString reason;             // why they cannot be loaded (file missing / hash differs), else ""
};

} // namespace fakelens::ui
