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

// The engine request those options describe; throws fakelens::Error(InvalidArgument).
fakelens::ExplainRequest requestFromOptions(const QCommandLineParser& parser);

} // namespace cli
