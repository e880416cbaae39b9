#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace fakelens {

// A network described without any torch type: TorchScript source for `forward` plus named
// float parameters. Native architectures (MesoNet from Keras weights) are built this way so that
// only one translation unit of the engine needs the torch headers.
struct NamedParameter {
    std::string name;
    std::vector<std::int64_t> shape;
    std::vector<float> values;
};

struct NetworkDefinition {
    std::string architecture;  // e.g. "Meso4"
    std::string torchScript;   // source of the module's methods, using self.<parameter name>
    std::vector<NamedParameter> parameters;
};

} // namespace fakelens
