#include "support/KerasFileWriter.h"

#include <hdf5.h>

#include <stdexcept>
#include <vector>

namespace {

void writeStringList(hid_t object, const char* name, const std::vector<std::string>& values) {
    size_t width = 1;
    for (const auto& v : values)
        width = std::max(width, v.size());
    std::vector<char> buffer(width * std::max<size_t>(1, values.size()), '\0');
    for (size_t i = 0; i < values.size(); ++i)
        std::copy(values[i].begin(), values[i].end(), buffer.begin() + long(i * width));
    const hid_t type = H5Tcopy(H5T_C_S1);
    H5Tset_size(type, width);
    const hsize_t dims[1] = {values.size()};
    const hid_t space = values.empty() ? H5Screate(H5S_NULL) : H5Screate_simple(1, dims, nullptr);
    const hid_t attr = H5Acreate2(object, name, type, space, H5P_DEFAULT, H5P_DEFAULT);
    if (!values.empty())
        H5Awrite(attr, type, buffer.data());
    H5Aclose(attr);
    H5Sclose(space);
    H5Tclose(type);
}

} // namespace

void writeKerasFile(const fakelens::KerasWeights& weights, const QString& path) {
    const hid_t file = H5Fcreate(path.toLocal8Bit().constData(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT);
    if (file < 0)
        throw std::runtime_error("cannot create " + path.toStdString());
    writeStringList(file, "layer_names", weights.layerNames);
    for (const auto& layerName : weights.layerNames) {
        const hid_t layer = H5Gcreate2(file, layerName.c_str(), H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
        std::vector<std::string> names;
        const auto it = weights.layers.find(layerName);
        if (it != weights.layers.end() && !it->second.empty()) {
            const hid_t inner = H5Gcreate2(layer, layerName.c_str(), H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
            for (const auto& [var, array] : it->second) {
                names.push_back(layerName + "/" + var + ":0");
                std::vector<hsize_t> dims(array.shape.begin(), array.shape.end());
                const hid_t space = H5Screate_simple(int(dims.size()), dims.data(), nullptr);
                const hid_t ds = H5Dcreate2(inner, (var + ":0").c_str(), H5T_IEEE_F32LE, space, H5P_DEFAULT,
                                            H5P_DEFAULT, H5P_DEFAULT);
                H5Dwrite(ds, H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT, array.values.data());
                H5Dclose(ds);
                H5Sclose(space);
            }
            H5Gclose(inner);
        }
        writeStringList(layer, "weight_names", names);
        H5Gclose(layer);
    }
    H5Fclose(file);
}
