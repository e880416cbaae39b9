#include "models/KerasWeights.h"

#include "core/Error.h"

#include <hdf5.h>

#include <functional>
#include <mutex>
#include <optional>

namespace fakelens {

namespace {

// The HDF5 library is not thread-safe in Debian's default build; serialise all use.
std::mutex& hdf5Mutex() {
    static std::mutex m;
    return m;
}

// Closes an HDF5 handle when it goes out of scope.
class Handle {
public:
    Handle(hid_t id, herr_t (*closer)(hid_t)) : id_(id), closer_(closer) {}
    ~Handle() {
        if (id_ >= 0)
            closer_(id_);
    }
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;
    hid_t get() const { return id_; }
    bool valid() const { return id_ >= 0; }

private:
    hid_t id_;
    herr_t (*closer_)(hid_t);
};

constexpr std::int64_t kMaxValuesPerArray = 64LL * 1024 * 1024; // 256 MB of floats

class Reader {
public:
    explicit Reader(std::string path) : path_(std::move(path)) {}

    [[noreturn]] void fail(const std::string& what) const {
        throw Error(ErrorCode::ModelInvalid, path_, what);
    }

    // A string-array attribute (fixed or variable length), e.g. layer_names.
    std::vector<std::string> stringList(hid_t object, const char* name) const {
        if (H5Aexists(object, name) <= 0)
            return {};
        Handle attr(H5Aopen(object, name, H5P_DEFAULT), H5Aclose);
        Handle type(H5Aget_type(attr.get()), H5Tclose);
        Handle space(H5Aget_space(attr.get()), H5Sclose);
        if (!attr.valid() || !type.valid() || !space.valid())
            fail(std::string("cannot read attribute '") + name + "'");
        const hssize_t count = H5Sget_simple_extent_npoints(space.get());
        if (count == 0)
            return {}; // Keras stores an empty (untyped) list for layers without weights
        if (count < 0 || count > 100000)
            fail(std::string("attribute '") + name + "' has an implausible size");
        if (H5Tget_class(type.get()) != H5T_STRING)
            fail(std::string("attribute '") + name + "' is not a list of strings");
        std::vector<std::string> out;
        if (H5Tis_variable_str(type.get()) > 0) {
            std::vector<char*> raw(size_t(count), nullptr);
            Handle memType(H5Tcopy(H5T_C_S1), H5Tclose);
            H5Tset_size(memType.get(), H5T_VARIABLE);
            if (H5Aread(attr.get(), memType.get(), raw.data()) < 0)
                fail(std::string("cannot read attribute '") + name + "'");
            for (char* s : raw)
                out.emplace_back(s ? s : "");
            H5Dvlen_reclaim(memType.get(), space.get(), H5P_DEFAULT, raw.data());
        } else {
            const size_t size = H5Tget_size(type.get());
            if (size == 0 || size > 4096)
                fail(std::string("attribute '") + name + "' has an implausible string size");
            std::vector<char> raw(size * size_t(count));
            if (H5Aread(attr.get(), type.get(), raw.data()) < 0)
                fail(std::string("cannot read attribute '") + name + "'");
            for (hssize_t i = 0; i < count; ++i) {
                const char* s = raw.data() + size_t(i) * size;
                size_t len = 0;
                while (len < size && s[len] != '\0')
                    ++len;
                out.emplace_back(s, len);
            }
        }
        return out;
    }

    KerasArray dataset(hid_t parent, const std::string& name) const {
        Handle ds(H5Dopen2(parent, name.c_str(), H5P_DEFAULT), H5Dclose);
        if (!ds.valid())
            fail("missing weight array '" + name + "'");
        Handle space(H5Dget_space(ds.get()), H5Sclose);
        const int rank = H5Sget_simple_extent_ndims(space.get());
        if (rank < 1 || rank > 4)
            fail("weight array '" + name + "' has rank " + std::to_string(rank));
        hsize_t dims[4] = {0, 0, 0, 0};
        H5Sget_simple_extent_dims(space.get(), dims, nullptr);
        KerasArray array;
        std::int64_t total = 1;
        for (int i = 0; i < rank; ++i) {
            array.shape.push_back(std::int64_t(dims[i]));
            total *= std::int64_t(dims[i]);
            if (total > kMaxValuesPerArray)
                fail("weight array '" + name + "' is implausibly large");
        }
        array.values.resize(size_t(total));
        if (total > 0 &&
            H5Dread(ds.get(), H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT, array.values.data()) < 0)
            fail("cannot read weight array '" + name + "' as floats");
        return array;
    }

private:
    std::string path_;
};

std::string variableName(const std::string& weightName) {
    // "conv2d_5/kernel:0" -> "kernel"
    std::string s = weightName.substr(weightName.rfind('/') + 1);
    const auto colon = s.find(':');
    return colon == std::string::npos ? s : s.substr(0, colon);
}

} // namespace

KerasWeights KerasWeights::read(const std::string& path) {
    std::lock_guard<std::mutex> lock(hdf5Mutex());
    H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr); // errors become our exceptions, not stderr noise
    const Reader reader(path);

    if (H5Fis_hdf5(path.c_str()) <= 0)
        reader.fail("not an HDF5 file");
    Handle file(H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT), H5Fclose);
    if (!file.valid())
        reader.fail("cannot open the HDF5 file (truncated or corrupt?)");

    // A whole-model save keeps the weights under /model_weights; save_weights at the root.
    hid_t root = file.get();
    std::optional<Handle> weightsGroup;
    if (H5Lexists(file.get(), "model_weights", H5P_DEFAULT) > 0) {
        weightsGroup.emplace(H5Gopen2(file.get(), "model_weights", H5P_DEFAULT), H5Gclose);
        root = weightsGroup->get();
    }

    KerasWeights weights;
    weights.layerNames = reader.stringList(root, "layer_names");
    if (weights.layerNames.empty())
        reader.fail("no 'layer_names' attribute: not a Keras weight file");

    for (const std::string& layer : weights.layerNames) {
        if (H5Lexists(root, layer.c_str(), H5P_DEFAULT) <= 0)
            reader.fail("layer '" + layer + "' is listed but missing");
        Handle group(H5Gopen2(root, layer.c_str(), H5P_DEFAULT), H5Gclose);
        if (!group.valid())
            reader.fail("layer '" + layer + "' is not a group");
        const std::vector<std::string> names = reader.stringList(group.get(), "weight_names");
        auto& vars = weights.layers[layer];
        for (const std::string& weightName : names)
            vars[variableName(weightName)] = reader.dataset(group.get(), weightName);
    }
    return weights;
}

} // namespace fakelens
