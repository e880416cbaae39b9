#include "case/CaseController.h"

#include "ErrorMessages.h"
#include "case/AnalysedFrames.h"
#include "case/CaseFile.h"
#include "case/CaseModelCheck.h"
#include "case/DialogCaseChooser.h"
#include "case/EvidenceCheck.h"
#include "core/CaseFileName.h"
#include "core/EvidenceFolder.h"
#include "jobs/EngineJobQueue.h"
#include "jobs/JobWatcher.h"
#include "report/ReportExporter.h"
#include "case/AnalysisSources.h"
#include "report/WorkbenchReportInput.h"
#include "session/ResultMemory.h"
#include "session/WorkbenchSession.h"
#include "widgets/MessageBar.h"
#include "window/MainWindow.h"
#include "window/WorkbenchActions.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStatusBar>
#include <QTimer>

#include <utility>

namespace fakelens::ui {

namespace {

struct SaveOutcome {
    QString refusal; // set when nothing was saved for a reason of the workbench's own
};

struct OpenOutcome {
    ReportInput analysis;
    QString check;        // evidenceCheck()
    CaseModelCheck model; // the workbench's model against the case's
};

QString absolute(const QString& path) { return path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath(); }

} // namespace

CaseController::CaseController(MainWindow& window, WorkbenchActions& actions)
    : QObject(&window), window_(window), actions_(actions), chooser_(std::make_unique<DialogCaseChooser>()) {
    connect(actions_.newCase, &QAction::triggered, this, &CaseController::newCaseWithDialog);
    connect(actions_.saveCase, &QAction::triggered, this, &CaseController::save);
    connect(actions_.saveCaseAs, &QAction::triggered, this, &CaseController::saveAsWithDialog);
    connect(actions_.openCase, &QAction::triggered, this, &CaseController::openWithDialog);
    connect(&actions_, &WorkbenchActions::recentCaseChosen, this, &CaseController::openCase);
    actions_.setRecentCases(window_.session().settings().recentCases);
    // Connected after the window's own handlers, so the case's title and warning come last.
    connect(&window_.session(), &WorkbenchSession::mediaOpened, this,
            [this](const MediaInfo& media) { evidenceOpened(media.path); });
    connect(&window_.session(), &WorkbenchSession::frameAnalysed, this, [this] { frameAnalysed(); });
    trackUnsavedChanges();
    updateActions();
    connect(this, &CaseController::failed, this, [this](const QString& message) {
        window_.statusBar()->clearMessage();
        window_.messageBar()->showMessage(message, MessageBar::Kind::Error);
    });
}

CaseController::~CaseController() { requests_.cancel(); }

void CaseController::setChooser(std::unique_ptr<CaseChooser> chooser) { chooser_ = std::move(chooser); }

QString CaseController::defaultCasePath() const {
    const auto& media = window_.session().media();
    QString stem = media ? QFileInfo(media->path).completeBaseName() : QString();
    if (stem.isEmpty())
        stem = QStringLiteral("case");
    // Never beside the evidence by default: it may sit on a read-only or write-blocked medium.
    const QString folder = ReportExporter::defaultFolder(window_.session().settings().reportFolder);
    return QDir(folder).filePath(withCaseFileSuffix(stem));
}

void CaseController::save() {
    if (casePath_.isEmpty()) {
        saveAsWithDialog();
        return;
    }
    const QString problem = saveTo(casePath_);
    if (!problem.isEmpty())
        emit failed(problem);
}

void CaseController::saveAsWithDialog() {
    if (!window_.session().media()) {
        emit failed(tr("Open an image or a video first: a case holds the analysis of one evidence."));
        return;
    }
    const QString path = chooser_->saveCasePath(&window_, casePath_.isEmpty() ? defaultCasePath() : casePath_);
    if (path.isEmpty())
        return;
    const QString problem = saveTo(withCaseFileSuffix(path));
    if (!problem.isEmpty())
        emit failed(problem);
}

void CaseController::openWithDialog() {
    const QStringList recent = window_.session().settings().recentCases;
    const QString folder = recent.isEmpty() ? ReportExporter::defaultFolder(window_.session().settings().reportFolder)
                                            : QFileInfo(recent.first()).absolutePath();
    const QString path = chooser_->openCasePath(&window_, folder);
    if (!path.isEmpty())
        openCase(path);
}

void CaseController::setBusy(bool busy, const QString& text) {
    busy_ = busy;
    busyText_ = busy ? text : QString();
    busyFraction_ = -1;
    updateActions();
    emit busyChanged();
}

QString CaseController::saveTo(const QString& path) {
    const AppSettings& settings = window_.session().settings();
    const QString evidence = window_.session().media() ? window_.session().media()->path : QString();
    const QString caseId = absolute(settings.reportCaseEvidence) == absolute(evidence) ? settings.reportCaseId : QString();
    return startSave(path, caseId, settings.examinerName, false);
}

QString CaseController::startSave(const QString& path, const QString& caseId, const QString& examiner, bool fresh) {
    WorkbenchSession& session = window_.session();
    if (!session.media())
        return tr("Open an image or a video first: a case holds the analysis of one evidence.");
    if (!session.currentFrame().scored || session.isAnalysingFrame())
        return tr("The faces of the shown frame are still being detected; save the case when they are in.");
    if (busy_)
        return tr("The case is being saved or opened; wait until it is done.");
    if (path.isEmpty())
        return tr("Choose where to save the case.");

    const QString evidence = session.media()->path;
    if (isInsideFolder(path, evidenceFolderOf(evidence)))
        return tr("%1 is in the evidence's folder, which FakeLens never writes to; save the case in another folder. "
                  "Nothing was saved.")
            .arg(QDir::toNativeSeparators(absolute(path)));
    const WorkbenchSnapshot snapshot = window_.reportExporter()->takeSnapshot(caseId, examiner);
    const QString who = auditSigner(examiner);
    const QString target = absolute(path);
    std::shared_ptr<EngineResources> resources = session.resources();
    const LatestRequest::Ticket ticket = requests_.renew();
    const quint64 changes = changes_; // what this save holds; later results stay unsaved
    setBusy(true, tr("Saving the case %1…").arg(QFileInfo(target).fileName()));

    auto future = session.queue().submit<SaveOutcome>(
        JobPriority::Interactive, ticket.cancel, [snapshot, resources, target, who, fresh](JobContext<SaveOutcome>& ctx) {
            SaveOutcome outcome;
            std::optional<ReportInput> input =
                workbenchReportInput(snapshot, *resources, ctx.progress(), ctx.cancel(), outcome.refusal);
            if (!input)
                return outcome;
            const bool existed = QFileInfo::exists(target);
            if (fresh && existed) { // a new case never replaces a case (nor any other file)
                outcome.refusal = tr("%1 exists already; a new case is written to a new file. Nothing was saved.")
                                      .arg(QDir::toNativeSeparators(target));
                return outcome;
            }
            std::unique_ptr<CaseFile> file = existed ? CaseFile::open(target, false) : CaseFile::create(target);
            try {
                if (existed) {
                    if (file->hasAnalysis()) {
                        const EvidenceInfo before = file->loadAnalysis().evidence;
                        if (before.sha256 != input->evidence.sha256) {
                            outcome.refusal = tr("The case %1 holds the analysis of other evidence (%2, SHA-256 %3); "
                                                 "this evidence's SHA-256 is %4. Nothing was saved: save to a new case "
                                                 "file.")
                                                  .arg(QFileInfo(target).fileName(), before.path,
                                                       before.sha256.left(16) + QStringLiteral("…"),
                                                       input->evidence.sha256.left(16) + QStringLiteral("…"));
                            return outcome;
                        }
                    }
                    // What the examiner typed into the case stays (the workbench does not edit it).
                    const CaseDetails kept = file->caseDetails();
                    if (input->caseDetails.caseId.isEmpty())
                        input->caseDetails.caseId = kept.caseId;
                    if (input->caseDetails.examiner.isEmpty())
                        input->caseDetails.examiner = kept.examiner;
                    input->caseDetails.conclusion = kept.conclusion;
                }
                file->saveAnalysis(*input, who);
            } catch (...) {
                if (!existed) {
                    file.reset();
                    QFile::remove(target); // a case that never held an analysis is not left behind
                }
                throw;
            }
            return outcome;
        });
    watchJob<SaveOutcome>(this, future, [this, ticket, target, evidence, changes](const JobResult<SaveOutcome>& result) {
        if (!requests_.isCurrent(ticket))
            return;
        setBusy(false);
        std::function<void()> next = std::exchange(afterSave_, nullptr);
        if (result.cancelled) {
            window_.statusBar()->showMessage(tr("Saving the case was cancelled."), 4000);
        } else if (result.error) {
            emit failed(tr("The case was not saved. %1").arg(describeError(*result.error)));
        } else if (result.value && !result.value->refusal.isEmpty()) {
            emit failed(result.value->refusal);
        } else if (result.value) {
            casePath_ = target;
            caseEvidence_ = absolute(evidence);
            savedChanges_ = changes;
            rememberCase(target);
            updateTitle();
            window_.messageBar()->showMessage(tr("Case saved: %1.").arg(QDir::toNativeSeparators(target)),
                                              MessageBar::Kind::Notice);
            emit saved(target);
            if (next) // New case… waited for this save
                QTimer::singleShot(0, this, next);
        }
    }, [this, ticket](double fraction, const QString&) {
        if (!requests_.isCurrent(ticket))
            return;
        busyFraction_ = fraction;
        emit busyChanged();
    });
    return {};
}

void CaseController::openCase(const QString& path) {
    if (busy_) {
        emit failed(tr("The case is being saved or opened; wait until it is done."));
        return;
    }
    const QString target = absolute(path);
    const LatestRequest::Ticket ticket = requests_.renew();
    const std::optional<ModelSummary> model = window_.session().model();
    const QString modelPaths = model ? model->path : QString();
    setBusy(true, tr("Opening the case %1 and checking its evidence…").arg(QFileInfo(target).fileName()));
    auto future = window_.session().queue().submit<OpenOutcome>(
        JobPriority::Interactive, ticket.cancel, [target, modelPaths](JobContext<OpenOutcome>& ctx) {
            OpenOutcome outcome;
            const std::unique_ptr<CaseFile> file = CaseFile::open(target, false);
            if (!file->hasAnalysis())
                throw Error(ErrorCode::InvalidArgument, target.toStdString(),
                            tr("the case holds no analysis yet").toStdString());
            outcome.analysis = file->loadAnalysis();
            ctx.cancel().throwIfCancelled();
            outcome.check = evidenceCheck(outcome.analysis.evidence); // hashes the whole file
            outcome.model = CaseModelCheck::of(modelPaths, outcome.analysis.model);
            return outcome;
        });
    watchJob<OpenOutcome>(this, future, [this, ticket, target, modelPaths](const JobResult<OpenOutcome>& result) {
        if (!requests_.isCurrent(ticket))
            return;
        setBusy(false);
        if (result.cancelled)
            return;
        if (result.error) {
            emit failed(tr("The case %1 could not be opened; nothing was changed. %2")
                            .arg(QDir::toNativeSeparators(target), describeError(*result.error)));
            return;
        }
        if (!result.value)
            return;
        const ReportInput& analysis = result.value->analysis;
        const QString check = result.value->check;
        casePath_ = target;
        caseEvidence_ = absolute(analysis.evidence.path);
        caseEvidenceSha_ = analysis.evidence.sha256;
        savedChanges_ = changes_;
        rememberCase(target);
        pendingAnalysis_.reset();
        pendingWarning_.clear();
        goTo_ = CaseFaceLocation();
        emit opened(target, check);
        if (check == QLatin1String("missing")) {
            updateTitle();
            emit failed(tr("The evidence of the case %1 is missing: %2 is not there. The case's analysis cannot be "
                           "shown on its faces; the case file was not changed.")
                            .arg(QFileInfo(target).fileName(), QDir::toNativeSeparators(analysis.evidence.path)));
            return;
        }
        if (check == QLatin1String("ok")) {
            pendingAnalysis_ = analysis;
        } else {
            pendingWarning_ = tr("The evidence %1 is NOT the file the case %2 analysed: %3. The workbench shows the "
                                 "file as it is now; the case's results are not put on its faces.")
                                  .arg(QDir::toNativeSeparators(analysis.evidence.path), QFileInfo(target).fileName(), check);
        }
        const CaseModelCheck& model = result.value->model;
        // Before the evidence opens: a changed setting drops the results kept for the faces, and
        // the case's results are put on them once the evidence is open.
        applyCaseSettings(analysis, !model.loadedIsCases && model.loadable);
        // Compared with the model loaded when the case was opened (none yet: nothing to say).
        if (!modelPaths.isEmpty() && !model.loadedIsCases && !model.loadable) {
            // The saved results stay as they were made; only new work uses the loaded model. A lasting
            // banner: a notice would go with the first analysed frame, before anyone reads it.
            const QString note =
                tr("The case was analysed with the model %1 (%2); the workbench has %3 loaded. The case's results are "
                   "shown as saved; new explanations and evaluations would come from %3. Tools › Models… loads the "
                   "case's model.")
                    .arg(QString::fromStdString(analysis.model.card.name), QDir::toNativeSeparators(analysis.model.path),
                         window_.session().model() ? window_.session().model()->name : QString());
            const QString why = tr("The case's model was not loaded: %1.").arg(model.reason);
            pendingWarning_ = (pendingWarning_.isEmpty() ? QString() : pendingWarning_ + QStringLiteral(" ")) + note +
                              QStringLiteral(" ") + why;
        }
        if (analysis.evidence.isVideo)
            window_.session().setCaseFrames(analysis.evidence.path, frameSelectionOf(analysis.framesAnalysed));
        window_.openPath(analysis.evidence.path);
    });
}

void CaseController::evidenceOpened(const QString& evidencePath) {
    const bool caseEvidence = !casePath_.isEmpty() && absolute(evidencePath) == caseEvidence_;
    if (!caseEvidence) {
        // Other evidence: Save must not go to the case of the previous one.
        casePath_.clear();
        caseEvidence_.clear();
        pendingAnalysis_.reset();
        pendingWarning_.clear();
        goTo_ = CaseFaceLocation();
        savedChanges_ = changes_; // the results of the evidence before are gone with it
        updateTitle();
        updateActions();
        return;
    }
    updateActions();
    WorkbenchSession& session = window_.session();
    if (pendingAnalysis_) {
        goTo_ = rememberCaseResults(*pendingAnalysis_, session.media() && session.media()->isVideo, session.results());
        session.restoreDrawnBoxes(drawnBoxesOf(*pendingAnalysis_)); // the faces the examiner drew come back
        pendingAnalysis_.reset();
    }
    updateTitle();
    if (!pendingWarning_.isEmpty()) {
        // Loud and lasting: an error banner stays until the examiner acts.
        window_.messageBar()->showMessage(pendingWarning_, MessageBar::Kind::Error);
        pendingWarning_.clear();
    }
}

void CaseController::frameAnalysed() {
    if (goTo_.frame < 0)
        return;
    WorkbenchSession& session = window_.session();
    const FrameAnalysis& frame = session.currentFrame();
    if (frame.frameIndex != goTo_.frame) {
        session.showFrame(goTo_.frame); // the workbench opened at frame 0
        return;
    }
    const CaseFaceLocation target = goTo_;
    goTo_ = CaseFaceLocation();
    for (size_t i = 0; i < frame.faces.size(); ++i)
        if (frame.faces[i].id == target.faceId && sameFaceBox(frame.faces[i].box, target.box)) {
            session.selectFace(int(i));
            return;
        }
}

void CaseController::updateTitle() {
    const auto& media = window_.session().media();
    // "*": the workbench holds results the case file does not.
    const QString caseName = QFileInfo(casePath_).fileName() + (hasUnsavedChanges() ? QStringLiteral("*") : QString());
    if (casePath_.isEmpty())
        window_.setWindowTitle(media ? tr("FakeLens — %1").arg(QFileInfo(media->path).fileName()) : tr("FakeLens"));
    else if (media && absolute(media->path) == caseEvidence_)
        window_.setWindowTitle(tr("FakeLens — %1 — case %2").arg(QFileInfo(media->path).fileName(), caseName));
    else
        window_.setWindowTitle(tr("FakeLens — case %1").arg(caseName));
}

void CaseController::rememberCase(const QString& path) {
    window_.session().mutableSettings().addRecentCase(path);
    actions_.setRecentCases(window_.session().settings().recentCases);
    emit window_.settingsChanged();
}

} // namespace fakelens::ui
