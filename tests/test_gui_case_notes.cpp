// The Notes panel (issue #14): the examiner's notes, bookmarks and conclusion go into the case
// file at once, one audited change each; a separate read-only CaseFile sees exactly what was done,
// a fresh window opening the case shows them, and opening other evidence empties the panel.
#include "support/GuiCaseTestSupport.h"
#include "support/SyntheticDetector.h"
#include "support/TestPaths.h"

#include "ImageConversion.h"
#include "case/CaseController.h"
#include "case/CaseFile.h"
#include "case/CaseNotesController.h"
#include "case/CaseNotesPanel.h"
#include "core/Timecode.h"
#include "session/WorkbenchSession.h"
#include "window/MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTimer>
#include <QWheelEvent>
#include <QtTest>

#include <opencv2/core.hpp>

#include <memory>

using namespace fakelens;
using namespace fakelens::ui;

namespace {

const QString kExaminer = QStringLiteral("E. Xaminer");

// The synthetic face crop taken whole (no face detection); the examiner is named in the settings.
AppSettings notesSettings() {
    AppSettings s;
    s.modelPath = testpaths::kerasWeights("Meso4_DF");
    s.detectFaces = false;
    s.examinerName = kExaminer;
    return s;
}

using guitest::saveScreenshot;

void showWithSyntheticDetector(MainWindow& window) { guitest::showWithSyntheticDetector(window, QSize(1300, 900)); }

// Answers the next modal question box with `button` (from inside its exec()); `asked` says
// whether one came within 10 s.
void answerNextQuestion(QMessageBox::StandardButton button, std::shared_ptr<bool> asked) {
    auto* timer = new QTimer(qApp);
    auto deadline = std::make_shared<QElapsedTimer>();
    deadline->start();
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button, asked, deadline] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            *asked = true;
            box->button(button)->click();
        } else if (deadline->elapsed() < 10000) {
            return;
        }
        timer->deleteLater();
        timer->stop();
    });
    timer->start(20);
}

// Picks `path` in the next modal file dialog (Save case as…).
void chooseInNextFileDialog(const QString& path, std::shared_ptr<bool> chosen) {
    auto* timer = new QTimer(qApp);
    auto deadline = std::make_shared<QElapsedTimer>();
    deadline->start();
    QObject::connect(timer, &QTimer::timeout, timer, [timer, path, chosen, deadline] {
        if (auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget())) {
            *chosen = true;
            dialog->selectFile(path);
            static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept checks the name like the Save button
        } else if (deadline->elapsed() < 10000) {
            return;
        }
        timer->deleteLater();
        timer->stop();
    });
    timer->start(20);
}

// Waits for the panel's next write or read to be shown.
bool waitForChange(QSignalSpy& changed, int count) {
    return QTest::qWaitFor([&] { return changed.count() >= count; }, 30000);
}

} // namespace

class TestGuiCaseNotes : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        image_ = testpaths::output("gui/evidence/notes-face.png");
        QVERIFY(toQImage(makeSyntheticImage()).save(image_, "PNG"));
        casePath_ = testpaths::output("gui/notes-face.fakelens");
        QFile::remove(casePath_);
    }

    // Without a case, adding a note asks to save one first. Answered No, nothing is written and
    // the typed note stays; answered Yes, Save case as… saves the case and the note goes into it.
    void withoutACaseAddingAsksToSaveFirst() {
        // Save case as… proposes <report folder>/notes-face.fakelens: a folder of this test alone.
        const QString folder = testpaths::output("gui/notes-asked");
        QDir(folder).removeRecursively();
        QVERIFY(QDir().mkpath(folder));
        AppSettings settings = notesSettings();
        settings.reportFolder = folder;
        MainWindow window(settings);
        showWithSyntheticDetector(window);
        window.openPath(image_);
        QTRY_VERIFY_WITH_TIMEOUT(window.session().currentFrame().scored, 20000);
        CaseNotesController* notes = window.caseNotes();
        CaseNotesPanel* panel = notes->panel();
        const QString text = QStringLiteral("a note that waits for its case");
        panel->newNoteEdit()->setText(text);
        auto asked = std::make_shared<bool>(false);
        answerNextQuestion(QMessageBox::No, asked);
        QTest::mouseClick(panel->addButton(), Qt::LeftButton);
        QVERIFY(*asked);
        QVERIFY(window.caseController()->casePath().isEmpty());
        QCOMPARE(panel->table()->rowCount(), 0);
        QCOMPARE(panel->newNoteEdit()->text(), text); // not lost

        const QString asCase = QDir(folder).filePath(QStringLiteral("notes-face.fakelens"));
        QCOMPARE(window.caseController()->defaultCasePath(), asCase);
        auto askedAgain = std::make_shared<bool>(false);
        auto chosen = std::make_shared<bool>(false);
        answerNextQuestion(QMessageBox::Yes, askedAgain);
        chooseInNextFileDialog(asCase, chosen);
        QTest::mouseClick(panel->addButton(), Qt::LeftButton);
        QVERIFY(*askedAgain);
        QVERIFY(*chosen);
        QTRY_COMPARE_WITH_TIMEOUT(int(notes->findings().size()), 1, 30000);
        QCOMPARE(notes->findings()[0].text, text);
        QCOMPARE(window.caseController()->casePath(), QFileInfo(asCase).absoluteFilePath());
        const std::unique_ptr<CaseFile> file = CaseFile::open(asCase, true);
        QCOMPARE(int(file->findings().size()), 1);
        QCOMPARE(file->findings()[0].text, text);
        QCOMPARE(file->findings()[0].frame, -1); // a note on the whole case
    }

    void notesGoToTheCaseFileAtOnce() {
        MainWindow window(notesSettings());
        showWithSyntheticDetector(window);
        WorkbenchSession& session = window.session();
        window.openPath(image_);
        QTRY_VERIFY_WITH_TIMEOUT(session.currentFrame().scored, 20000);
        QCOMPARE(window.faceCount(), 1);

        CaseController* cases = window.caseController();
        CaseNotesController* notes = window.caseNotes();
        CaseNotesPanel* panel = notes->panel();
        QSignalSpy changed(notes, &CaseNotesController::changed);
        QSignalSpy failed(notes, &CaseNotesController::failed);
        QSignalSpy saved(cases, &CaseController::saved);
        QCOMPARE(cases->saveTo(casePath_), QString());
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 30000);
        QVERIFY(waitForChange(changed, 1)); // the new case's (empty) notes are read
        QVERIFY(panel->conclusionEdit()->isEnabled());

        // A note on the whole case.
        panel->newNoteEdit()->setText(QStringLiteral("Lighting on the left cheek"));
        QTest::mouseClick(panel->addButton(), Qt::LeftButton);
        QVERIFY(waitForChange(changed, 2));
        QCOMPARE(int(notes->findings().size()), 1);
        const qint64 caseNote = notes->findings()[0].id;
        QVERIFY(panel->newNoteEdit()->text().isEmpty());

        // A bookmark on the shown frame and the selected face.
        session.selectFace(0);
        panel->newNoteEdit()->setText(QStringLiteral("Blending seam along the jaw"));
        QTest::mouseClick(panel->bookmarkButton(), Qt::LeftButton);
        QVERIFY(waitForChange(changed, 3));
        QCOMPARE(int(notes->findings().size()), 2);
        const CaseFinding bookmark = notes->findings()[1];
        QCOMPARE(bookmark.frame, 0);
        QCOMPARE(bookmark.faceIndex, 0); // the face's section in the case
        QCOMPARE(bookmark.status, FindingStatus::ToCheck);
        QCOMPARE(bookmark.author, kExaminer);
        QCOMPARE(panel->table()->rowCount(), 2);
        QVERIFY2(panel->table()->item(1, CaseNotesPanel::WhereColumn)->text().contains("face section 1"),
                 qPrintable(panel->table()->item(1, CaseNotesPanel::WhereColumn)->text()));

        // The bookmark's status becomes "warning" in its combo box, as the examiner picks it.
        auto* status = qobject_cast<QComboBox*>(panel->table()->cellWidget(panel->rowOf(bookmark.id),
                                                                           CaseNotesPanel::StatusColumn));
        QVERIFY(status);
        QCOMPARE(status->currentText(), QString("to check"));
        // The wheel over a status the examiner has not clicked into scrolls, and changes nothing.
        QWheelEvent wheel(QPointF(5, 5), status->mapToGlobal(QPointF(5, 5)), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(status, &wheel);
        QCOMPARE(status->currentText(), QString("to check"));
        status->setFocus();
        QTest::keyClick(status, Qt::Key_Down);
        QVERIFY(waitForChange(changed, 4));
        QCOMPARE(notes->findings()[1].status, FindingStatus::Warning);

        // The case note's text is edited in place.
        panel->table()->item(panel->rowOf(caseNote), CaseNotesPanel::TextColumn)
            ->setText(QStringLiteral("Lighting on the left cheek differs from the right"));
        QVERIFY(waitForChange(changed, 5));
        QCOMPARE(notes->findings()[0].text, QString("Lighting on the left cheek differs from the right"));

        // The conclusion.
        const QString conclusion = QStringLiteral("Signs of face swapping; see the jaw line.");
        panel->conclusionEdit()->setPlainText(conclusion);
        QVERIFY(panel->saveConclusionButton()->isEnabled());
        QTest::mouseClick(panel->saveConclusionButton(), Qt::LeftButton);
        QVERIFY(waitForChange(changed, 6));
        QCOMPARE(notes->conclusion(), conclusion);
        QVERIFY(!panel->saveConclusionButton()->isEnabled());

        // The case note is removed, after a confirmation.
        panel->table()->selectRow(panel->rowOf(caseNote));
        QVERIFY(panel->removeButton()->isEnabled());
        auto asked = std::make_shared<bool>(false);
        answerNextQuestion(QMessageBox::Yes, asked);
        QTest::mouseClick(panel->removeButton(), Qt::LeftButton);
        QVERIFY(*asked);
        QVERIFY(waitForChange(changed, 7));
        QCOMPARE(int(notes->findings().size()), 1);
        QCOMPARE(panel->table()->rowCount(), 1);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        saveScreenshot(window, "case_notes_01_window.png");
        saveScreenshot(*window.caseNotes()->dock(), "case_notes_02_panel.png");

        // A separate read-only CaseFile holds exactly that.
        const std::unique_ptr<CaseFile> file = CaseFile::open(casePath_, true);
        const std::vector<CaseFinding> stored = file->findings();
        QCOMPARE(int(stored.size()), 1);
        QCOMPARE(stored[0].id, bookmark.id);
        QCOMPARE(stored[0].text, QString("Blending seam along the jaw"));
        QCOMPARE(stored[0].status, FindingStatus::Warning);
        QCOMPARE(stored[0].frame, 0);
        QCOMPARE(stored[0].faceIndex, 0);
        QCOMPARE(stored[0].author, kExaminer);
        QCOMPARE(file->caseDetails().conclusion, conclusion);
        QStringList actions;
        for (const AuditEntry& e : file->audit()) {
            actions << e.action;
            if (e.action.startsWith("finding") || e.action == "case details edited")
                QCOMPARE(e.who, kExaminer);
        }
        QCOMPARE(actions, QStringList({"case created", "analysis saved", "finding added", "finding added",
                                       "finding updated", "finding updated", "case details edited",
                                       "finding removed"}));
    }

    void aFreshWindowShowsTheNotes() {
        MainWindow window(notesSettings());
        showWithSyntheticDetector(window);
        CaseNotesController* notes = window.caseNotes();
        CaseNotesPanel* panel = notes->panel();
        QSignalSpy changed(notes, &CaseNotesController::changed);
        window.caseController()->openCase(casePath_);
        QVERIFY(waitForChange(changed, 1));
        QTRY_VERIFY_WITH_TIMEOUT(window.session().media() && window.session().currentFrame().scored, 20000);
        QCOMPARE(panel->table()->rowCount(), 1);
        QCOMPARE(panel->table()->item(0, CaseNotesPanel::TextColumn)->text(), QString("Blending seam along the jaw"));
        QCOMPARE(qobject_cast<QComboBox*>(panel->table()->cellWidget(0, CaseNotesPanel::StatusColumn))->currentText(),
                 QString("warning"));
        QCOMPARE(panel->table()->item(0, CaseNotesPanel::AuthorColumn)->text(), kExaminer);
        QCOMPARE(panel->conclusionEdit()->toPlainText(), QString("Signs of face swapping; see the jaw line."));
        // Clicking the bookmark shows its frame with its face selected.
        window.session().selectFace(-1);
        const QRect cell = panel->table()->visualItemRect(panel->table()->item(0, CaseNotesPanel::TextColumn));
        QTest::mouseClick(panel->table()->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_COMPARE_WITH_TIMEOUT(window.session().selectedFace(), 0, 10000);
        saveScreenshot(*notes->dock(), "case_notes_03_reopened.png");

        // A conclusion typed is saved when the examiner leaves the field, even without the button.
        window.activateWindow();
        QTRY_VERIFY_WITH_TIMEOUT(window.isActiveWindow(), 5000);
        const int before = changed.count();
        panel->conclusionEdit()->setFocus();
        QTRY_VERIFY_WITH_TIMEOUT(panel->conclusionEdit()->hasFocus(), 5000);
        panel->conclusionEdit()->moveCursor(QTextCursor::End);
        QTest::keyClicks(panel->conclusionEdit(), QStringLiteral(" Confirmed."));
        panel->newNoteEdit()->setFocus();
        QVERIFY(waitForChange(changed, before + 1));
        QCOMPARE(notes->conclusion(), QString("Signs of face swapping; see the jaw line. Confirmed."));

        // Other evidence: the panel empties (nothing is written to the case).
        const QString other = testpaths::output("gui/evidence/notes-other.png");
        QVERIFY(toQImage(cv::Mat(256, 256, CV_32FC3, cv::Scalar(0.3, 0.5, 0.7))).save(other, "PNG"));
        window.openPath(other);
        QTRY_COMPARE_WITH_TIMEOUT(panel->table()->rowCount(), 0, 20000);
        QVERIFY(panel->conclusionEdit()->toPlainText().isEmpty());
        QVERIFY(!panel->conclusionEdit()->isEnabled());
        const std::unique_ptr<CaseFile> file = CaseFile::open(casePath_, true);
        QCOMPARE(int(file->findings().size()), 1);
        QCOMPARE(file->caseDetails().conclusion, QString("Signs of face swapping; see the jaw line. Confirmed."));
        QCOMPARE(file->audit().back().action, QString("case details edited"));
    }

    // A bookmark made with Ctrl+B on a video frame gives its frame and timecode; clicking it
    // from another frame goes back there with its face selected.
    void aVideoBookmarkGoesBackToItsFrame() {
        AppSettings settings = notesSettings();
        settings.timelineStep = 250; // the timeline is not what this test is about
        MainWindow window(settings);
        showWithSyntheticDetector(window);
        WorkbenchSession& session = window.session();
        window.openPath(testpaths::shared("samples/videos/ffpp_519_515_deepfakes.mp4"));
        QTRY_VERIFY_WITH_TIMEOUT(session.media() && session.currentFrame().scored, 30000);
        QVERIFY(session.media()->isVideo && session.media()->fps > 0);
        session.showFrame(12);
        QTRY_VERIFY_WITH_TIMEOUT(session.currentFrame().frameIndex == 12 && session.currentFrame().scored, 30000);
        session.selectFace(0);

        const QString videoCase = testpaths::output("gui/notes-video.fakelens");
        QFile::remove(videoCase);
        CaseNotesController* notes = window.caseNotes();
        CaseNotesPanel* panel = notes->panel();
        QSignalSpy changed(notes, &CaseNotesController::changed);
        QSignalSpy saved(window.caseController(), &CaseController::saved);
        QCOMPARE(window.caseController()->saveTo(videoCase), QString());
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 60000);
        QVERIFY(waitForChange(changed, 1));

        window.activateWindow(); // shortcuts go to the active window
        panel->newNoteEdit()->setFocus();
        QTest::keyClicks(panel->newNoteEdit(), QStringLiteral("Mouth flickers here"));
        QTest::keyClick(panel->newNoteEdit(), Qt::Key_B, Qt::ControlModifier);
        QVERIFY(waitForChange(changed, 2));
        QCOMPARE(int(notes->findings().size()), 1);
        const CaseFinding bookmark = notes->findings()[0];
        QCOMPARE(bookmark.text, QString("Mouth flickers here"));
        QCOMPARE(bookmark.frame, 12);
        QCOMPARE(bookmark.faceIndex, 0);
        const QString where = panel->table()->item(0, CaseNotesPanel::WhereColumn)->text();
        const QString time = QString::fromStdString(timecode(12 / session.media()->fps));
        QVERIFY2(where.contains(QStringLiteral("frame 12 (%1)").arg(time)), qPrintable(where));

        session.showFrame(0);
        QTRY_VERIFY_WITH_TIMEOUT(session.currentFrame().frameIndex == 0 && session.currentFrame().scored, 30000);
        session.selectFace(-1);
        const QRect cell = panel->table()->visualItemRect(panel->table()->item(0, CaseNotesPanel::WhereColumn));
        QTest::mouseClick(panel->table()->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_VERIFY_WITH_TIMEOUT(session.currentFrame().frameIndex == 12 && session.currentFrame().scored, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(session.selectedFace(), 0, 10000);
        saveScreenshot(*notes->dock(), "case_notes_04_video.png");
        const std::unique_ptr<CaseFile> file = CaseFile::open(videoCase, true);
        QCOMPARE(int(file->findings().size()), 1);
        QCOMPARE(file->findings()[0].frame, 12);
    }

    // A case whose evidence is missing, opened while other evidence is shown: its notes can be
    // read and a note on the whole case added, but a bookmark would point at another file's frame.
    void noBookmarkOnOtherEvidence() {
        const QString gone = testpaths::output("gui/evidence/notes-gone.png");
        const QString goneCase = testpaths::output("gui/notes-gone.fakelens");
        QFile::remove(gone);
        QFile::remove(goneCase);
        QVERIFY(QFile::copy(image_, gone));
        {
            MainWindow window(notesSettings());
            showWithSyntheticDetector(window);
            window.openPath(gone);
            QTRY_VERIFY_WITH_TIMEOUT(window.session().currentFrame().scored, 20000);
            QSignalSpy saved(window.caseController(), &CaseController::saved);
            QCOMPARE(window.caseController()->saveTo(goneCase), QString());
            QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 30000);
        }
        QVERIFY(QFile::remove(gone));

        MainWindow window(notesSettings());
        showWithSyntheticDetector(window);
        window.openPath(image_);
        QTRY_VERIFY_WITH_TIMEOUT(window.session().currentFrame().scored, 20000);
        CaseNotesController* notes = window.caseNotes();
        QSignalSpy changed(notes, &CaseNotesController::changed);
        QSignalSpy failed(notes, &CaseNotesController::failed);
        window.caseController()->openCase(goneCase);
        QVERIFY(waitForChange(changed, 1));
        QTest::mouseClick(notes->panel()->bookmarkButton(), Qt::LeftButton);
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.first().first().toString().contains("not the evidence of the case"),
                 qPrintable(failed.first().first().toString()));
        notes->panel()->newNoteEdit()->setText(QStringLiteral("The evidence file is missing"));
        QTest::mouseClick(notes->panel()->addButton(), Qt::LeftButton);
        QVERIFY(waitForChange(changed, 2));
        const std::unique_ptr<CaseFile> file = CaseFile::open(goneCase, true);
        QCOMPARE(int(file->findings().size()), 1);
        QCOMPARE(file->findings()[0].frame, -1);
    }

private:
    QString image_;
    QString casePath_;
};

QTEST_MAIN(TestGuiCaseNotes)
#include "test_gui_case_notes.moc"
