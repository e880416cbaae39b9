#pragma once

#include "explain/ExplanationRunner.h"

#include <QCommandLineParser>

namespace cli {

// The options `explain` and `bench` share: --method, --seed, --segments, --samples,
// --nes-iterations, --paper-compatible, --nes-noise.
void addExplainOptions(QCommandLineParser& parser);

// --nes-noise per-pixel|per-channel, for every command that runs NES.
void addNesNoiseOption(QCommandLineParser& parser);
void applyNesNoiseOption(const QCommandLineParser& parser, fakelens::NesSettings& nes); // throws

// --method's help: the registry's method names, "all", or a list.
QString methodOptionHelp();
// --samples N and --param METHOD.KEY=VALUE (repeatable), the options that set the methods'
// parameters; every command that explains adds them with this.
void addMethodParameterOptions(QCommandLineParser& parser);
// Applies --samples N (the one scaling rule) and then each --param to `settings`; throws
// fakelens::Error(InvalidArgument) naming the method and key of a bad parameter.
void applyMethodParameterOptions(const QCommandLineParser& parser, fakelens::ExplainerSettings& settings);

// The engine request those options describe; throws fakelens::Error(InvalidArgument).
fakelens::ExplainRequest requestFromOptions(const QCommandLineParser& parser);

} // namespace cli
