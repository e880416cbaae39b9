#include "case/CaseController.h"

#include "core/CaseFileName.h"
#include "evaluate/EvaluationController.h"
#include "report/ReportExporter.h"
#include "session/ExplanationController.h"
#include "session/RobustnessController.h"
#include "session/WorkbenchSession.h"
#include "settings/SettingsFlow.h"
#include "window/MainWindow.h"
#include "window/WorkbenchActions.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <functional>
#include <memory>
#include <utility>

// File › New case…, the unsaved changes it asks about, and what opening a case applies to the
// workbench, kept apart from CaseController.cpp so that each file stays readable.
namespace fakelens::ui {

namespace {

// Calls `made` when `jobs` finishes a job it ran. A kept result that restore() shows again
// finishes with no `started` before it: that is no change to the case. A job dropped by clear()
// (another face) never finishes.
template <class JobController>
void onResultMade(JobController& jobs, QObject* context, const std::function<void()>& made) {
    auto running = std::make_shared<bool>(false);
    QObject::connect(&jobs, &JobController::started, context, [running] { *running = true; });
    QObject::connect(&jobs, &JobController::finished, context, [running, made] {
        if (std::exchange(*running, false))
            made();
    });
    QObject::connect(&jobs, &JobController::failed, context, [running] { *running = false; });
    QObject::connect(&jobs, &JobController::cancelled, context, [running] { *running = false; });
    QObject::connect(&jobs, &JobController::cleared, context, [running] { *running = false; });
}

} // namespace

void CaseController::trackUnsavedChanges() {
    // Unsaved changes: a finished explanation, evaluation or robustness re-test, each of which a
    // saved case keeps.
    WorkbenchSession& session = window_.session();
    const auto made = [this] { resultMade(); };
    onResultMade(session.explanations(), this, made);
    onResultMade(session.evaluations(), this, made);
    onResultMade(session.robustness(), this, made);
}

void CaseController::resultMade() {
    ++changes_;
    updateTitle();
}

void CaseController::updateActions() {
    actions_.saveCase->setEnabled(!busy_);
    actions_.saveCaseAs->setEnabled(!busy_);
    actions_.openCase->setEnabled(!busy_);
    const bool evidence = window_.session().media().has_value();
    actions_.newCase->setEnabled(evidence && !busy_);
    // A disabled action says why (its tooltip and status tip).
    const QString tip = !evidence ? tr("Open an image or a video first: a new case holds the analysis of the open "
                                       "evidence.")
                        : busy_   ? tr("The case is being saved or opened; wait until it is done.")
                                  : tr("Start a new case for the open evidence: case ID, examiner and case file "
                                       "(Ctrl+Shift+N)");
    actions_.newCase->setToolTip(tip);
    actions_.newCase->setStatusTip(tip);
}

void CaseController::newCaseWithDialog() {
    if (!window_.session().media() || busy_)
        return; // the action is disabled then, and says why
    if (hasUnsavedChanges()) {
        switch (chooser_->unsavedChanges(&window_, QFileInfo(casePath_).fileName())) {
        case CaseChooser::Unsaved::Cancel:
            return;
        case CaseChooser::Unsaved::Discard:
            break;
        case CaseChooser::Unsaved::Save:
            // Saving runs on the worker: the new case is asked for once it is saved.
            afterSave_ = [this] { askNewCaseDetails(); };
            save();
            if (!busy_)
                afterSave_ = nullptr; // no file chosen, or saving could not start (failed says why)
            return;
        }
    }
    askNewCaseDetails();
}

void CaseController::askNewCaseDetails() {
    WorkbenchSession& session = window_.session();
    if (!session.media())
        return; // the evidence was closed meanwhile
    const std::optional<CaseChooser::Details> details =
        chooser_->newCaseDetails(&window_, session.settings().examinerName);
    if (!details)
        return;
    const QString caseId = details->caseId.trimmed();
    if (caseId.isEmpty()) {
        emit failed(tr("A new case needs a case ID; no case was written."));
        return;
    }
    // "<evidence>_<case ID>.fakelens" in the report folder, never beside the evidence.
    QString safeId = caseId;
    safeId.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("_"));
    const QString stem = QFileInfo(session.media()->path).completeBaseName() + QLatin1Char('_') + safeId;
    const QString folder = ReportExporter::defaultFolder(session.settings().reportFolder);
    const QString path = chooser_->saveCasePath(&window_, QDir(folder).filePath(withCaseFileSuffix(stem)));
    if (path.isEmpty())
        return;
    const QString problem = newCase(caseId, details->examiner.trimmed(), withCaseFileSuffix(path));
    if (!problem.isEmpty())
        emit failed(problem);
}

QString CaseController::newCase(const QString& caseId, const QString& examiner, const QString& path) {
    if (caseId.trimmed().isEmpty())
        return tr("A new case needs a case ID; no case was written.");
    if (!path.isEmpty() && QFileInfo::exists(path))
        return tr("%1 exists already; a new case is written to a new file. Nothing was saved.")
            .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    const QString problem = startSave(path, caseId.trimmed(), examiner, true);
    if (!problem.isEmpty())
        return problem;
    // The report dialog offers this case ID again, for this evidence only.
    AppSettings& settings = window_.session().mutableSettings();
    settings.reportCaseId = caseId.trimmed();
    settings.reportCaseEvidence = window_.session().media()->path;
    settings.examinerName = examiner;
    emit window_.settingsChanged();
    return {};
}

void CaseController::applyCaseSettings(const ReportInput& analysis, bool loadModel) {
    // Through the toggle, so the menu shows it and the setting is kept like the examiner's own.
    if (actions_.detectFaces->isChecked() != analysis.parameters.faceDetection)
        actions_.detectFaces->setChecked(analysis.parameters.faceDetection);
    AppSettings settings = window_.session().settings();
    // The case's verdict rule: faces too small to judge counted or left out, as when it was made.
    settings.includeSmallFaces = analysis.verdict.smallFacesIncluded;
    if (loadModel) {
        // The case's model (its files were just checked against the case's SHA-256), loaded the way
        // Tools › Models… loads one: the session loads it on the engine worker.
        const QStringList files = analysis.model.path.split(QStringLiteral(" + "));
        settings.modelPath = files.first();
        settings.ensembleModels = files.size() > 1 ? files : QStringList();
    }
    if (settings.includeSmallFaces != window_.session().settings().includeSmallFaces || loadModel)
        applySettings(window_, settings);
}

} // namespace fakelens::ui
