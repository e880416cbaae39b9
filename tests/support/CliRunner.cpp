#include "support/CliRunner.h"

#include "support/TestPaths.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>

CliResult runCli(const QStringList& arguments, int timeoutMs, const QStringList& environment,
                 const QString& workingDirectory) {
    QProcess process;
    // The tests compare the CLI's English messages: a machine set to German, Greek or Italian
    // would otherwise get translated ones. The caller's own entries override these.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"LC_ALL", "LANGUAGE", "LC_MESSAGES"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (const QString& entry : environment) {
        const int equals = entry.indexOf('=');
        env.insert(entry.left(equals), entry.mid(equals + 1));
    }
    process.setProcessEnvironment(env);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    QElapsedTimer timer;
    timer.start();
    process.start(testpaths::cli(), arguments);
    CliResult r;
    r.finished = process.waitForFinished(timeoutMs);
    if (!r.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    r.seconds = timer.elapsed() / 1000.0;
    r.crashed = process.exitStatus() == QProcess::CrashExit;
    r.exitCode = process.exitCode();
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}
