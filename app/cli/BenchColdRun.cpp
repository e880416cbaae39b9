#include "BenchColdRun.h"

#include "CliSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace cli {

namespace {

// bench's options that change what a child computes, as explain, evaluate and analyse all
// name them; passed on only when set.
const QStringList kValueOptions = {"model", "card", "device", "threads", "seed", "segments",
                                   "samples", "param", "nes-iterations", "nes-noise"};
const QStringList kFlagOptions = {"paper-compatible"};

// Sums the detector inferences of explain --json: each explanation's, plus each face's NES
// sample once (the _adv methods of one face share it, as in the run itself).
long long inferencesOf(const QJsonObject& root) {
    long long total = 0;
    for (const QJsonValue& face : root["faces"].toArray()) {
        for (const QJsonValue& e : face.toObject()["explanations"].toArray())
            total += (long long)e.toObject()["inferences"].toDouble();
        total += (long long)face.toObject()["adversarial"].toObject()["inferences"].toDouble();
    }
    return total;
}

ColdRun runChild(const QCommandLineParser& benchOptions, const QString& image, const QStringList& methods) {
    ColdRun run;
    QTemporaryDir tmp;
    if (!tmp.isValid()) {
        run.error = tmp.errorString();
        return run;
    }
    // A folder the child has to create, as for a user's first --out.
    const ChildRun child = runTimedChild(QStringList{"explain", image, "--method", methods.join(','), "--out",
                                                     tmp.filePath("out"), "--json"} +
                                         passedOnOptions(benchOptions));
    run.seconds = child.seconds;
    if (!child.ok) {
        run.error = child.error;
        return run;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(child.out, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        run.error = parseError.errorString();
        return run;
    }
    run.inferences = inferencesOf(document.object());
    run.ok = run.inferences > 0;
    if (!run.ok)
        run.error = QStringLiteral("no inferences in the output");
    return run;
}

} // namespace

ChildRun runTimedChild(const QStringList& arguments) {
    ChildRun run;
    // The child inherits the user's environment as it is (core/OpenMpPolicy.h: FakeLens gives
    // libgomp its wait policy without changing the environment) and gets its own policy as a
    // user's process would.
    QProcess child;
    QElapsedTimer timer;
    timer.start();
    child.start(QCoreApplication::applicationFilePath(), arguments);
    // Four hours: far above any paper-settings run of one face here (an evaluation with the
    // budget search is the longest), so only a hung child is cut short.
    const bool finished = child.waitForFinished(4 * 3'600'000);
    run.seconds = timer.nsecsElapsed() / 1e9;
    if (!finished) {
        child.kill();
        child.waitForFinished();
        run.error = child.error() == QProcess::FailedToStart ? child.errorString() : QStringLiteral("timed out");
        return run;
    }
    run.out = child.readAllStandardOutput();
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        run.error = QString::fromUtf8(child.readAllStandardError()).trimmed();
        if (run.error.isEmpty())
            run.error = QStringLiteral("exit code %1").arg(child.exitCode());
        return run;
    }
    run.ok = true;
    return run;
}

QStringList passedOnOptions(const QCommandLineParser& bench) {
    QStringList arguments;
    for (const QString& name : kValueOptions)
        if (bench.isSet(name))
            for (const QString& value : bench.values(name))
                arguments << "--" + name << value;
    for (const QString& name : kFlagOptions)
        if (bench.isSet(name))
            arguments << "--" + name;
    return arguments;
}

ColdRun runColdExplain(const QCommandLineParser& benchOptions, const QString& image, const QStringList& methods,
                       int rounds) {
    ColdRun fastest;
    for (int round = 0; round < rounds; ++round) {
        const ColdRun run = runChild(benchOptions, image, methods);
        // The table shows "-" for it: say why, and go on with the other methods.
        if (!run.ok) {
            printError(
                Text::tr("bench: the cold run of explain --method %1 failed: %2").arg(methods.join(','), run.error));
            return run;
        }
        if (round == 0 || run.seconds < fastest.seconds)
            fastest = run;
    }
    return fastest;
}

void addColdFields(const ColdRun& run, double bestImagesPerSecond, QJsonObject& json) {
    json["cold_seconds"] = run.ok ? QJsonValue(run.seconds) : QJsonValue();
    json["cold_inferences"] = run.ok ? QJsonValue(double(run.inferences)) : QJsonValue();
    json["cold_ratio_to_bound"] =
        run.ok ? QJsonValue(run.seconds / (run.inferences / bestImagesPerSecond)) : QJsonValue();
    if (!run.ok)
        json["cold_error"] = run.error;
}

QString coldColumns(const ColdRun& run, double bestImagesPerSecond) {
    if (!run.ok)
        return QStringLiteral("%1 %2").arg("-", 8).arg("-", 10);
    return QStringLiteral("%1 %2")
        .arg(run.seconds, 8, 'f', 2)
        .arg(run.seconds / (run.inferences / bestImagesPerSecond), 10, 'f', 2);
}

} // namespace cli
