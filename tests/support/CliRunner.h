#pragma once

#include <QString>
#include <QStringList>

// Runs fakelens-cli with a bounded wait and keeps what it printed, in the C (English) locale.
struct CliResult {
    bool finished = false;   // false: killed after the time limit
    bool crashed = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    double seconds = 0;
};

// `environment` entries (NAME=value) are added to the inherited environment; `workingDirectory`
// (default: the test's own) is where the CLI runs, e.g. inside an evidence folder.
CliResult runCli(const QStringList& arguments, int timeoutMs = 30000, const QStringList& environment = {},
                 const QString& workingDirectory = {});
