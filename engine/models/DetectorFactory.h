#pragma once

#include "models/Detector.h"

#include <memory>
#include <string>

namespace fakelens {

struct DetectorOptions {
    DeviceChoice device = DeviceChoice::Auto;
    std::string cardPath;  // TorchScript only (a Keras .h5 refuses one); default: <model stem>.json beside the model
    int threads = 0;       // intra-op threads; 0 = all cores
    int batchSize = 0;     // images per forward; 0 = the device's best (CPU 8, CUDA 64)
};

// Loads a detector, choosing the implementation by the file's content: a Keras HDF5 weight
// file selects the native MesoNet, a TorchScript archive the TorchScript detector (with its
// model card). Throws Error naming the file and the problem.
std::unique_ptr<Detector> loadDetector(const std::string& modelPath, const DetectorOptions& options = {});

// The model card FakeLens uses for a TorchScript file when none is given.
std::string defaultCardPath(const std::string& modelPath);

// The installed default model (Meso4_DF): searched in the FakeLens data folders; empty if none.
std::string defaultModelPath();

// True when this build of LibTorch can use a CUDA device on this machine.
bool cudaAvailable();

} // namespace fakelens
