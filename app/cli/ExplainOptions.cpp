#include "ExplainOptions.h"

#include "CliSupport.h"

#include "core/Error.h"
#include "explain/ExplainerRegistry.h"

#include <algorithm>

namespace cli {

void addExplainOptions(QCommandLineParser& parser) {
    parser.addOption(
        {"method",
         Text::tr("lime|lime_adv|shap|shap_adv|sobol|sobol_adv|rise|rise_adv|all, or a "
                  "comma-separated list (default all)."),
         "M", "all"});
    parser.addOption({"seed", Text::tr("Random seed (default 0)."), "N", "0"});
    parser.addOption({"segments", Text::tr("SLIC superpixels (default 50)."), "N", "50"});
    parser.addOption({"samples",
                      Text::tr("Samples per method (LIME/SHAP evaluations, RISE masks; SOBOL "
                               "designs = N/64 rounded down to a power of two). "
                               "Default: the paper's settings."),
                      "N"});
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

fakelens::ExplainRequest requestFromOptions(const QCommandLineParser& parser) {
    fakelens::ExplainRequest request;
    request.methods = {parser.value("method").toStdString()};
    request.methods = fakelens::expandMethodNames(request.methods);
    bool ok = true;
    request.seed = parser.value("seed").toULongLong(&ok);
    if (!ok)
        throw fakelens::Error(fakelens::ErrorCode::InvalidArgument, "--seed", "must be a non-negative integer");
    request.slic.segments = parser.value("segments").toInt(&ok);
    if (!ok || request.slic.segments < 2 || request.slic.segments > 1000)
        throw fakelens::Error(fakelens::ErrorCode::InvalidArgument, "--segments", "must be between 2 and 1000");
    if (parser.isSet("samples")) {
        const int n = parser.value("samples").toInt(&ok);
        if (!ok || n < 8)
            throw fakelens::Error(fakelens::ErrorCode::InvalidArgument, "--samples", "must be at least 8");
        request.settings = fakelens::scaledToSamples(request.settings, n);
    }
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
