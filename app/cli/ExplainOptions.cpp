#include "ExplainOptions.h"

#include "CliSupport.h"

#include "core/Error.h"
#include "explain/ExplainerRegistry.h"

#include <algorithm>

namespace cli {

void addExplainOptions(QCommandLineParser& parser) {
    // --methods is the name `analyse` and `evaluate` use; both are accepted everywhere.
    parser.addOption({{"method", "methods"}, methodOptionHelp(), "M", "all"});
    parser.addOption({"seed", Text::tr("Random seed (default 0)."), "N", "0"});
    parser.addOption({"segments", Text::tr("SLIC superpixels (default 50)."), "N", "50"});
    addMethodParameterOptions(parser);
    parser.addOption({"nes-iterations",
                      Text::tr("NES iterations for the adversarial sample (default 80)."), "N"});
    parser.addOption(
        {"paper-compatible",
         Text::tr("Use the paper's code's NES step rule (clip each step, no projection).")});
    addNesNoiseOption(parser);
}

void addNesNoiseOption(QCommandLineParser& parser) {
    parser.addOption({"nes-noise",
                      Text::tr("NES noise: per-pixel (Algorithm 1: one value per pixel, shared by R, G "
                               "and B; default) or per-channel."),
                      "MODE", "per-pixel"});
}

void applyNesNoiseOption(const QCommandLineParser& parser, fakelens::NesSettings& nes) {
    const QString mode = parser.value("nes-noise");
    if (mode != "per-pixel" && mode != "per-channel")
        throw fakelens::Error(fakelens::ErrorCode::InvalidArgument, "--nes-noise",
                              "must be per-pixel or per-channel, not '" + mode.toStdString() + "'");
    nes.perChannel = mode == "per-channel";
}

QString methodOptionHelp() {
    return Text::tr("%1, or a comma-separated list (default all: every method, classic and adversarial).")
        .arg(QString::fromStdString(fakelens::methodChoicesText()));
}

void addMethodParameterOptions(QCommandLineParser& parser) {
    QStringList scaled, parameters;
    for (const fakelens::MethodDescriptor* m : fakelens::methodDescriptors())
        for (const fakelens::ParameterSpec& spec : m->parameters) {
            const QString name = QString::fromStdString(m->name).toLower() + "." + QString::fromStdString(spec.key);
            parameters << QStringLiteral("%1 (%2)").arg(name).arg(spec.defaultValue);
            if (spec.scaling == fakelens::SamplesScaling::Samples)
                scaled << name + " = N";
            else if (spec.scaling == fakelens::SamplesScaling::PowerOfTwoOfSamplesOver64)
                // ExplainerSettings::scaleToSamples() is the rule; these words must say all of it.
                scaled << name + " = " + Text::tr("N/64 rounded down to a power of two, at least 2 (2 for any N "
                                                  "under 256)");
        }
    parser.addOption({"samples",
                      Text::tr("Samples per method: %1. Default: the paper's settings.").arg(scaled.join("; ")),
                      "N"});
    parser.addOption({"param",
                      Text::tr("Set one method parameter, METHOD.KEY=VALUE (repeatable, applied after "
                               "--samples). Parameters and defaults: %1.")
                          .arg(parameters.join(", ")),
                      "METHOD.KEY=VALUE"});
}

void applyMethodParameterOptions(const QCommandLineParser& parser, fakelens::ExplainerSettings& settings) {
    if (parser.isSet("samples")) {
        bool ok = false;
        const int n = parser.value("samples").toInt(&ok);
        if (!ok || n < 8 || n > 1000000)
            throw fakelens::Error(fakelens::ErrorCode::InvalidArgument, "--samples", "must be from 8 to 1000000");
        settings.scaleToSamples(n);
    }
    for (const QString& assignment : parser.values("param"))
        settings.assign(assignment.toStdString());
    fakelens::checkExplainerSettings(settings);
}

fakelens::ExplainRequest requestFromOptions(const QCommandLineParser& parser) {
    fakelens::ExplainRequest request;
    // Checked here, so that a misspelt name fails before the model loads; expanded by the engine,
    // which knows what "all" means for the loaded detector (a gradient method needs gradients).
    request.methods = {parser.value("method").toStdString()};
    fakelens::expandMethodNames(request.methods);
    bool ok = true;
    request.seed = parser.value("seed").toULongLong(&ok);
    if (!ok)
        throw fakelens::Error(fakelens::ErrorCode::InvalidArgument, "--seed", "must be a non-negative integer");
    request.slic.segments = parser.value("segments").toInt(&ok);
    if (!ok || request.slic.segments < 2 || request.slic.segments > 1000)
        throw fakelens::Error(fakelens::ErrorCode::InvalidArgument, "--segments", "must be between 2 and 1000");
    applyMethodParameterOptions(parser, request.settings);
    if (parser.isSet("nes-iterations")) {
        request.nes.maxIterations = parser.value("nes-iterations").toInt(&ok);
        if (!ok || request.nes.maxIterations < 1)
            throw fakelens::Error(fakelens::ErrorCode::InvalidArgument, "--nes-iterations", "must be at least 1");
    }
    request.nes.paperCompatible = parser.isSet("paper-compatible");
    applyNesNoiseOption(parser, request.nes);
    return request;
}


} // namespace cli
