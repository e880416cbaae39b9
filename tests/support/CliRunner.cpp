#include "support/CliRunner.h"

#include "support/TestPaths.h"

#include <QElapsedTimer>
#include <QProcess>

CliResult runCli(const QStringList& arguments, int timeoutMs, const QStringList& environment) {
    QProcess process;
    if (!environment.isEmpty()) {
        QStringList env = QProcess::systemEnvironment();
        env << environment;
        process.setEnvironment(env);
    }
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
