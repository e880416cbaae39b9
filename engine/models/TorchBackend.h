#pragma once

#include "models/DetectorFactory.h"
#include "models/NetworkDefinition.h"

#include <memory>
#include <string>

namespace fakelens {

// The engine's single doorway to LibTorch (implemented in TorchDetector.cpp, the only file of
// the models stage that includes torch headers, to keep builds fast).
std::unique_ptr<Detector> createTorchScriptDetector(const std::string& modelPath, const ModelCard& card,
                                                    const DetectorOptions& options);
std::unique_ptr<Detector> createNativeDetector(const NetworkDefinition& network, const ModelCard& card,
                                               const std::string& modelPath, const DetectorOptions& options);

} // namespace fakelens
