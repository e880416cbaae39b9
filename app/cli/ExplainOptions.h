#pragma once

#include "explain/ExplanationRunner.h"

#include <QCommandLineParser>

namespace cli {

// The options `explain` and `bench` share: --method, --seed, --segments, --samples,
// --nes-iterations, --paper-compatible.
void addExplainOptions(QCommandLineParser& parser);

// The engine request those options describe; throws fakelens::Error(InvalidArgument).
fakelens::ExplainRequest requestFromOptions(const QCommandLineParser& parser);

} // namespace cli
