// The malformed corpus (tests/support/MalformedCorpus.h) through the GUI: every broken image and
// video opened in the workbench, every broken model and card chosen in the settings. Each ends in a
// message in the window naming the file (or, where the damage may still decode, in a shown frame),
// within 30 s, and the window stays usable: the last case is followed by a good image.
#include "support/MalformedCorpus.h"
#include "support/TestPaths.h"

#include "session/WorkbenchSession.h"
#include "widgets/MessageBar.h"
#include "window/MainWindow.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QtTest>

using namespace fakelens::ui;

namespace {

AppSettings quickSettings() {
    AppSettings s;
    s.modelPath = testpaths::kerasWeights("Meso4_DF");
    s.detectFaces = false; // the whole picture as one face: the decoding is under test here
    return s;
}

} // namespace

class TestGuiMalformed : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        cases_ = corpus::generate(testpaths::output("malformed-corpus-gui"));
        QVERIFY(cases_.size() >= 200);
        window_ = std::make_unique<MainWindow>(quickSettings());
        window_->resize(1200, 800);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    }

    void brokenMediaIsAMessage_data() { rows({corpus::Kind::Image, corpus::Kind::Video}); }

    void brokenMediaIsAMessage() {
        QFETCH(int, index);
        const corpus::Case& c = cases_[index];
        WorkbenchSession& session = window_->session();
        window_->messageBar()->dismiss();
        QSignalSpy errors(&session, &WorkbenchSession::errorOccurred);
        QSignalSpy frameErrors(&session, &WorkbenchSession::frameFailed);
        QSignalSpy analysed(&session, &WorkbenchSession::frameAnalysed);
        window_->openPath(c.path);
        const auto opened = [&] { return session.media() && session.media()->path == c.path; };
        QTRY_VERIFY_WITH_TIMEOUT(errors.count() + frameErrors.count() > 0 || (opened() && analysed.count() > 0), 30000);
        const bool failed = errors.count() + frameErrors.count() > 0;
        if (c.expect == corpus::Expect::Error)
            QVERIFY2(failed, "an unusable file was opened without a message");
        if (failed) {
            QTRY_VERIFY_WITH_TIMEOUT(window_->messageBar()->isVisible(), 5000);
            QCOMPARE(window_->messageBar()->kind(), MessageBar::Kind::Error);
            QVERIFY2(window_->messageBar()->text().contains(QFileInfo(c.path).fileName()),
                     qPrintable(window_->messageBar()->text()));
        }
    }

    void brokenModelIsAMessage_data() { rows({corpus::Kind::Model, corpus::Kind::Card}); }

    void brokenModelIsAMessage() {
        QFETCH(int, index);
        const corpus::Case& c = cases_[index];
        WorkbenchSession& session = window_->session();
        window_->messageBar()->dismiss();
        QSignalSpy failed(&session, &WorkbenchSession::modelFailed);
        QSignalSpy loaded(&session, &WorkbenchSession::modelLoaded);
        AppSettings settings = quickSettings();
        settings.modelPath = c.path;
        session.applySettings(settings);
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() + loaded.count() > 0, 30000);
        if (c.expect == corpus::Expect::Error)
            QVERIFY2(failed.count() > 0, "an unusable model was loaded without a message");
        if (failed.count() > 0) {
            QTRY_VERIFY_WITH_TIMEOUT(window_->messageBar()->isVisible(), 5000);
            const QString text = window_->messageBar()->text();
            const bool named = text.contains(QFileInfo(c.path).fileName()) ||
                               (!c.cardPath.isEmpty() && text.contains(QFileInfo(c.cardPath).fileName()));
            QVERIFY2(named, qPrintable(text));
        }
    }

    // After all of that the workbench still opens and scores a good face.
    void theWindowIsStillUsable() {
        WorkbenchSession& session = window_->session();
        session.applySettings(quickSettings());
        window_->messageBar()->dismiss();
        const QString face = testpaths::shared("samples/faces/fake/df00204.jpg");
        window_->openPath(face);
        QTRY_VERIFY_WITH_TIMEOUT(session.media() && session.media()->path == face && session.currentFrame().scored, 30000);
        QCOMPARE(window_->faceCount(), 1);
        QVERIFY(session.currentFrame().faces[0].fake());
    }

private:
    void rows(std::initializer_list<corpus::Kind> kinds) {
        QTest::addColumn<int>("index");
        for (int i = 0; i < cases_.size(); ++i)
            if (std::find(kinds.begin(), kinds.end(), cases_[i].kind) != kinds.end())
                QTest::newRow(qPrintable(corpus::kindName(cases_[i].kind) + ": " + cases_[i].name)) << i;
    }

    QVector<corpus::Case> cases_;
    std::unique_ptr<MainWindow> window_;
};

QTEST_MAIN(TestGuiMalformed)
#include "test_gui_malformed.moc"
