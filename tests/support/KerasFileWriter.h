#pragma once

#include "models/KerasWeights.h"

#include <QString>

// Writes a KerasWeights structure back as a Keras-style HDF5 file (layer_names, weight_names,
// <layer>/<layer>/<var>:0 datasets), so tests can make damaged copies of the real weights.
void writeKerasFile(const fakelens::KerasWeights& weights, const QString& path);
