#include "case/CaseNotesController.h"

#include "ErrorMessages.h"
#include "case/CaseController.h"
#include "case/CaseFile.h"
#include "jobs/EngineJobQueue.h"
#include "jobs/JobWatcher.h"
#include "session/ResultMemory.h"
#include "session/WorkbenchSession.h"
#include "widgets/MessageBar.h"
#include "window/MainWindow.h"
#include "window/WorkbenchActions.h"

#include <QAction>
#include <QDockWidget>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QStatusBar>

namespace fakelens::ui {

struct CaseNotesController::State {
    std::vector<CaseFinding> findings;
    QString conclusion;
    std::optional<std::vector<NoteFace>> faces;
    double fps = 0;
    QString evidence; // with the faces: the path of the evidence the case analysed
    qint64 added = 0; // the id of the finding the change added
};

namespace {

std::vector<NoteFace> faceSections(const ReportInput& analysis) {
    std::vector<NoteFace> faces;
    for (const ReportFace& f : analysis.faces) {
        NoteFace face;
        face.frame = f.frame;
        face.trackId = f.trackId;
        face.faceId = f.faceIndex + 1; // as CaseResults keys the workbench's faces
        face.box = QRectF(f.face.box.x, f.face.box.y, f.face.box.width, f.face.box.height);
        faces.push_back(face);
    }
    return faces;
}

// The face section of the face the examiner selected; -1 when the case has no section for it
// (the note then stays on the frame alone).
int sectionOf(const std::vector<NoteFace>& sections, const NoteFace& face) {
    for (size_t i = 0; i < sections.size(); ++i)
        if (sections[i].frame == face.frame && sections[i].faceId == face.faceId && sameFaceBox(sections[i].box, face.box))
            return int(i);
    return -1;
}

} // namespace

CaseNotesController::CaseNotesController(MainWindow& window, WorkbenchActions& actions, CaseController& cases)
    : QObject(&window), window_(window), cases_(cases) {
    panel_ = new CaseNotesPanel(&window);
    dock_ = new QDockWidget(tr("Notes"), &window);
    dock_->setObjectName(QStringLiteral("notesDock"));
    dock_->setWidget(panel_);
    window.addDockWidget(Qt::BottomDockWidgetArea, dock_);
    // Below the frame, low enough to leave the frame most of the height.
    window.resizeDocks({dock_}, {260}, Qt::Vertical);
    actions.addPanelToggle(dock_->toggleViewAction());

    connect(actions.bookmark, &QAction::triggered, this, [this] { addNote(panel_->newNoteEdit()->text().trimmed(), true); });
    connect(panel_, &CaseNotesPanel::addRequested, this, [this](const QString& text) { addNote(text, false); });
    connect(panel_, &CaseNotesPanel::bookmarkRequested, this, [this](const QString& text) { addNote(text, true); });
    connect(panel_, &CaseNotesPanel::statusChangeRequested, this, &CaseNotesController::setStatus);
    connect(panel_, &CaseNotesPanel::textChangeRequested, this, &CaseNotesController::setText);
    connect(panel_, &CaseNotesPanel::removeRequested, this, [this](qint64 id) { remove(id); });
    connect(panel_, &CaseNotesPanel::conclusionSaveRequested, this, &CaseNotesController::saveConclusion);
    connect(panel_, &CaseNotesPanel::findingActivated, this, &CaseNotesController::goToFinding);

    connect(&cases_, &CaseController::saved, this, [this](const QString& path) {
        caseChanged(path);
        if (waiting_) { // the note that asked for the case
            const NoteRequest note = *waiting_;
            waiting_.reset();
            add(note);
        }
    });
    connect(&cases_, &CaseController::opened, this, [this](const QString& path) { caseChanged(path); });
    connect(&cases_, &CaseController::failed, this, [this] { waiting_.reset(); });
    // After CaseController's own handler, which forgets the case when other evidence is opened.
    connect(&window_.session(), &WorkbenchSession::mediaOpened, this, [this] { evidenceOpened(); });
    connect(&window_.session(), &WorkbenchSession::frameAnalysed, this, [this] { frameAnalysed(); });
    connect(this, &CaseNotesController::failed, this, [this](const QString& message) {
        window_.statusBar()->clearMessage();
        window_.messageBar()->showMessage(message, MessageBar::Kind::Error);
    });
}

CaseNotesController::~CaseNotesController() = default;

QString CaseNotesController::who() const {
    return auditSigner(window_.session().settings().examinerName);
}

void CaseNotesController::caseChanged(const QString& path) {
    if (path == casePath_) {
        // The same case saved again: its face sections may have changed; the panel stays as it is.
        submit({}, true, tr("The notes of the case could not be read."));
        return;
    }
    casePath_ = path;
    caseEvidence_.clear();
    ++generation_;
    findings_.clear();
    faces_.clear();
    conclusion_.clear();
    panel_->setCaseName(QFileInfo(path).fileName());
    submit({}, true, tr("The notes of the case could not be read."));
}

void CaseNotesController::evidenceOpened() {
    if (cases_.casePath() == casePath_)
        return; // the case's own evidence: its notes stay
    casePath_.clear();
    caseEvidence_.clear();
    ++generation_;
    findings_.clear();
    faces_.clear();
    conclusion_.clear();
    waiting_.reset();
    goTo_.reset();
    panel_->setCaseName({});
    emit changed();
}

void CaseNotesController::addNote(const QString& text, bool bookmark) {
    WorkbenchSession& session = window_.session();
    NoteRequest note;
    note.finding.status = FindingStatus::ToCheck;
    note.finding.text = text.isEmpty() ? (bookmark ? tr("Bookmark") : tr("Note")) : text;
    note.untitled = text.isEmpty();
    if (bookmark) {
        if (!session.media()) {
            emit failed(tr("Open an image or a video first: a bookmark is on its shown frame."));
            return;
        }
        // A case whose evidence is missing may be open beside other evidence: its frames are not
        // the case's.
        if (!casePath_.isEmpty() && QFileInfo(session.media()->path).absoluteFilePath() != caseEvidence_) {
            emit failed(tr("The shown evidence is not the evidence of the case %1 (or the case is still being "
                           "read): a bookmark there would point at the wrong frame. Add a note without a frame, "
                           "or open the case's evidence.")
                            .arg(QFileInfo(casePath_).fileName()));
            return;
        }
        note.finding.frame = session.currentFrame().frameIndex;
        if (const AnalysedFace* face = session.selectedFaceData()) {
            NoteFace selected;
            selected.frame = session.currentFrame().frameIndex;
            selected.faceId = face->id;
            selected.box = face->box;
            note.face = selected;
        }
    }
    if (!casePath_.isEmpty()) {
        add(note);
        panel_->newNoteEdit()->clear();
        return;
    }
    // Notes live only in a case file: never keep one where it could be lost.
    if (!session.media()) {
        emit failed(tr("Open an image or a video and save it as a case first: notes are kept in the case file."));
        return;
    }
    if (QMessageBox::question(&window_, tr("Save the case first"),
                              tr("Notes are kept in the case file, and no case is saved yet. Save the analysis as a "
                                 "case now? The note is added to it once it is saved.")) != QMessageBox::Yes)
        return;
    waiting_ = note;
    cases_.saveAsWithDialog();
    if (!cases_.isBusy())
        waiting_.reset(); // no file chosen, or saving could not start (failed says why)
    else
        panel_->newNoteEdit()->clear();
}

void CaseNotesController::add(const NoteRequest& note) {
    CaseFinding finding = note.finding;
    finding.author = who();
    finding.created = QDateTime::currentDateTimeUtc();
    const std::optional<NoteFace> face = note.face;
    const QString author = finding.author;
    submit([finding, face, author](CaseFile& file) mutable {
        if (face)
            finding.faceIndex = sectionOf(faceSections(file.loadAnalysis()), *face);
        file.addFinding(finding, author);
    }, false, tr("The note was not added."), note.untitled, note.untitled ? QString() : note.finding.text);
}

// Changes the finding `id` as the file holds it now, so that no other field is overwritten.
static void updateStored(CaseFile& file, qint64 id, const std::function<void(CaseFinding&)>& edit, const QString& who) {
    for (CaseFinding f : file.findings())
        if (f.id == id) {
            edit(f);
            file.updateFinding(f, who);
            return;
        }
    throw Error(ErrorCode::InvalidArgument, file.path().toStdString(),
                CaseNotesController::tr("the note is no longer in the case").toStdString());
}

void CaseNotesController::setStatus(qint64 id, FindingStatus status) {
    for (const CaseFinding& f : findings_)
        if (f.id == id && f.status == status)
            return; // the same status picked again: no change, no audit row
    const QString author = who();
    submit([id, status, author](CaseFile& file) { updateStored(file, id, [status](CaseFinding& f) { f.status = status; }, author); },
           false, tr("The status of the note was not changed."));
}

void CaseNotesController::setText(qint64 id, const QString& text) {
    const QString author = who();
    submit([id, text, author](CaseFile& file) { updateStored(file, id, [text](CaseFinding& f) { f.text = text; }, author); },
           false, tr("The note was not changed."));
}

void CaseNotesController::remove(qint64 id, bool confirmed) {
    if (!confirmed) {
        QString text;
        for (const CaseFinding& f : findings_)
            if (f.id == id)
                text = f.text;
        if (QMessageBox::question(&window_, tr("Remove note"),
                                  tr("Remove the note \"%1\" from the case? The audit trail keeps that it was removed.")
                                      .arg(text)) != QMessageBox::Yes)
            return;
    }
    const QString author = who();
    submit([id, author](CaseFile& file) { file.removeFinding(id, author); }, false, tr("The note was not removed."));
}

void CaseNotesController::saveConclusion(const QString& conclusion) {
    const QString author = who();
    // Only the conclusion changes: the case ID and examiner the file holds stay.
    submit([conclusion, author](CaseFile& file) {
        const CaseDetails d = file.caseDetails();
        file.setCaseDetails(d.caseId, d.examiner, conclusion, author);
    }, false, tr("The conclusion was not saved."));
}

void CaseNotesController::submit(std::function<void(CaseFile&)> change, bool withFaces, const QString& whatFailed,
                                 bool editAdded, const QString& typed) {
    if (casePath_.isEmpty()) {
        emit failed(tr("No case is open: save the case first (File › Save case as…)."));
        return;
    }
    const QString path = casePath_;
    const quint64 generation = generation_;
    ++pending_;
    // Never cancelled: a change the examiner made is written even when another follows at once.
    // The one worker runs them in the order they were made.
    auto future = window_.session().queue().submit<State>(
        JobPriority::Interactive, CancelToken(), [change, withFaces, path](JobContext<State>&) {
            State state;
            const std::unique_ptr<CaseFile> file = CaseFile::open(path, !change);
            if (change) {
                const std::vector<CaseFinding> before = file->findings();
                change(*file);
                for (const CaseFinding& f : file->findings()) {
                    bool known = false;
                    for (const CaseFinding& b : before)
                        known |= b.id == f.id;
                    if (!known)
                        state.added = f.id;
                }
            }
            state.findings = file->findings();
            state.conclusion = file->caseDetails().conclusion;
            if (withFaces) {
                const ReportInput analysis = file->loadAnalysis();
                state.faces = faceSections(analysis);
                state.fps = analysis.evidence.isVideo ? analysis.evidence.fps : 0;
                state.evidence = QFileInfo(analysis.evidence.path).absoluteFilePath();
            }
            return state;
        });
    watchJob<State>(this, future, [this, generation, whatFailed, editAdded, typed](const JobResult<State>& result) {
        --pending_;
        if (generation != generation_)
            return; // the case was closed or another opened meanwhile
        if (result.error) {
            emit failed(whatFailed + QLatin1Char(' ') + describeError(*result.error));
            if (!typed.isEmpty() && panel_->newNoteEdit()->text().isEmpty())
                panel_->newNoteEdit()->setText(typed); // the examiner's words are not lost
        } else if (result.value) {
            findings_ = result.value->findings;
            conclusion_ = result.value->conclusion;
            if (result.value->faces) {
                faces_ = *result.value->faces;
                fps_ = result.value->fps;
                caseEvidence_ = result.value->evidence;
            }
        }
        // Also after a failure: the panel shows what the file holds, not what was asked.
        panel_->setFindings(findings_, faces_, fps_);
        panel_->setConclusion(conclusion_);
        if (result.value && editAdded && result.value->added != 0)
            panel_->editText(result.value->added);
        emit changed();
    });
}

void CaseNotesController::goToFinding(qint64 id) {
    WorkbenchSession& session = window_.session();
    if (!session.media() || QFileInfo(session.media()->path).absoluteFilePath() != caseEvidence_)
        return; // other evidence is shown: the finding's frame is not one of its frames
    for (const CaseFinding& f : findings_) {
        if (f.id != id)
            continue;
        const NoteFace* face = f.faceIndex >= 0 && f.faceIndex < int(faces_.size()) ? &faces_[size_t(f.faceIndex)] : nullptr;
        // A note on a face section alone (fakelens-cli case note --face N) goes to that face's frame.
        const int frame = f.frame >= 0 ? f.frame : face ? face->frame : -1;
        if (frame < 0)
            return;
        goTo_.reset();
        if (face && face->frame == frame)
            goTo_ = *face;
        if (session.currentFrame().frameIndex != frame || !session.currentFrame().scored)
            session.showFrame(frame);
        else
            frameAnalysed();
        return;
    }
}

void CaseNotesController::frameAnalysed() {
    if (!goTo_)
        return;
    WorkbenchSession& session = window_.session();
    const FrameAnalysis& frame = session.currentFrame();
    if (frame.frameIndex != goTo_->frame)
        return;
    const NoteFace target = *goTo_;
    goTo_.reset();
    for (size_t i = 0; i < frame.faces.size(); ++i)
        if (frame.faces[i].id == target.faceId && sameFaceBox(frame.faces[i].box, target.box)) {
            session.selectFace(int(i));
            return;
        }
}

} // namespace fakelens::ui
