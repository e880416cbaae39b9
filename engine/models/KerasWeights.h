#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace fakelens {

// One weight array of a Keras HDF5 file, e.g. conv2d_5 / "kernel".
struct KerasArray {
    std::vector<std::int64_t> shape;
    std::vector<float> values;
};

// The weights of a Keras 2 HDF5 file (save_weights or whole-model save), per layer and variable,
// with the layer order of the file's `layer_names` attribute.
struct KerasWeights {
    std::vector<std::string> layerNames;                              // model order
    std::map<std::string, std::map<std::string, KerasArray>> layers; // layer -> var -> array

    // Reads with the HDF5 C library. Throws Error(ModelInvalid) for anything that is not a
    // Keras weight file, naming the file and the problem.
    static KerasWeights read(const std::string& path);
};

} // namespace fakelens
