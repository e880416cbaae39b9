// Settings are written when they change, not on a clean quit: the test runs the workbench in a
// child process (this executable, in a child mode, wired as app/gui/main.cpp wires it: QSettings
// from the user's config folder, MainWindow, SettingsAutosave), changes the examiner's name in
// the real Settings dialog, SIGKILLs the child at once, then starts it again and reads the name
// back from the Settings dialog of the new session.
#include "support/TestPaths.h"

#include "AppSettings.h"
#include "settings/SettingsAutosave.h"
#include "settings/SettingsDialog.h"
#include "settings/SettingsFlow.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <cstdio>
#include <memory>

using namespace fakelens;
using namespace fakelens::ui;

namespace {

constexpr char kChildMode[] = "FAKELENS_AUTOSAVE_CHILD"; // "change:<name>" or "show"
const QString kNewName = QStringLiteral("Κ. Εξεταστής (killed)");

// Finds the open Settings dialog, applies `edit` to it and presses OK (or Cancel).
void whenSettingsOpen(const std::function<void(SettingsDialog&)>& edit, bool accept) {
    QTimer::singleShot(0, [edit, accept] {
        auto* dialog = qobject_cast<SettingsDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            whenSettingsOpen(edit, accept); // not shown yet
            return;
        }
        edit(*dialog);
        accept ? dialog->accept() : dialog->reject();
    });
}

// The child: a workbench session as app/gui/main.cpp starts it.
int runChild(int argc, char** argv, const QString& mode) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("FakeLens"));
    QApplication::setApplicationName(QStringLiteral("FakeLens"));
    QSettings store;
    MainWindow window(AppSettings::load(store));
    // "change-at-exit:" is the old wiring (save on a clean quit only), as a control.
    std::unique_ptr<SettingsAutosave> autosave;
    if (!mode.startsWith(QLatin1String("change-at-exit:")))
        autosave = std::make_unique<SettingsAutosave>(window, store);
    window.show();
    if (mode.startsWith(QLatin1String("change"))) {
        const QString name = mode.section(QLatin1Char(':'), 1);
        whenSettingsOpen([name](SettingsDialog& d) { d.findChild<QLineEdit*>(QStringLiteral("examinerEdit"))->setText(name); }, true);
        editSettings(window);
        std::printf("changed\n");
        std::fflush(stdout);
        const int code = app.exec(); // runs until the parent kills it
        window.settings().save(store);
        return code;
    }
    QString shown;
    whenSettingsOpen([&shown](SettingsDialog& d) { shown = d.findChild<QLineEdit*>(QStringLiteral("examinerEdit"))->text(); }, false);
    editSettings(window);
    std::printf("examiner=%s\n", shown.toUtf8().constData());
    std::fflush(stdout);
    return 0;
}

} // namespace

class TestGuiSettingsAutosave : public QObject {
    Q_OBJECT

    QProcess* startChild(const QString& mode) {
        auto* child = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kChildMode), mode);
        env.insert(QStringLiteral("HOME"), home_.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home_.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child->setProcessEnvironment(env);
        child->setProcessChannelMode(QProcess::SeparateChannels);
        child->start(QCoreApplication::applicationFilePath(), {});
        return child;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(home_.isValid());
        // The child's first session: the test model (no model search) and an old name.
        QSettings store(home_.filePath(QStringLiteral("config/FakeLens/FakeLens.conf")), QSettings::IniFormat);
        AppSettings s;
        s.modelPath = testpaths::kerasWeights("Meso4_DF");
        s.examinerName = QStringLiteral("Old Name");
        s.save(store);
        store.sync();
        QCOMPARE(store.status(), QSettings::NoError);
    }

    void killedSessionKeepsTheExaminersName() {
        QProcess* child = startChild(QStringLiteral("change:") + kNewName);
        QVERIFY2(child->waitForStarted(20000), qPrintable(child->errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(child->canReadLine() || child->state() == QProcess::NotRunning, 60000);
        QCOMPARE(child->readLine().trimmed(), QByteArray("changed"));
        QCOMPARE(child->state(), QProcess::Running); // still up: nothing was written at a clean quit
        child->kill(); // SIGKILL: no destructors, no exit handlers
        QVERIFY(child->waitForFinished(20000));
        QCOMPARE(child->exitStatus(), QProcess::CrashExit);

        QProcess* next = startChild(QStringLiteral("show"));
        QVERIFY(next->waitForFinished(60000));
        QCOMPARE(next->exitCode(), 0);
        const QString out = QString::fromUtf8(next->readAllStandardOutput()).trimmed();
        QCOMPARE(out, QStringLiteral("examiner=") + kNewName);
    }

    // And it can fail: the same session wired as before (settings written only on a clean quit)
    // loses the name when killed.
    void withoutAutosaveAKilledSessionLosesIt() {
        QProcess* child = startChild(QStringLiteral("change-at-exit:Lost Name"));
        QVERIFY2(child->waitForStarted(20000), qPrintable(child->errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(child->canReadLine() || child->state() == QProcess::NotRunning, 60000);
        QCOMPARE(child->readLine().trimmed(), QByteArray("changed"));
        child->kill();
        QVERIFY(child->waitForFinished(20000));
        QSettings store(home_.filePath(QStringLiteral("config/FakeLens/FakeLens.conf")), QSettings::IniFormat);
        QVERIFY(store.contains("report/examiner"));
        QVERIFY(store.value("report/examiner").toString() != QStringLiteral("Lost Name"));
    }

private:
    QTemporaryDir home_;
};

int main(int argc, char** argv) {
    const QString mode = qEnvironmentVariable(kChildMode);
    if (!mode.isEmpty())
        return runChild(argc, argv, mode);
    QApplication app(argc, argv);
    TestGuiSettingsAutosave test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_gui_settings_autosave.moc"
