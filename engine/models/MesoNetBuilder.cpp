#include "models/MesoNetBuilder.h"

#include "core/Error.h"

#include <algorithm>
#include <cctype>
#include <sstream>

namespace fakelens {

namespace {

constexpr int kInputSide = 256;
constexpr float kBatchNormEpsilon = 1e-3f; // Keras' default

struct ConvSpec {
    int kernel;
    int in;
    int out;
    int dilation;
};

// Convolutions in numeric layer order. MesoInception's Inception modules list their branches as
// 1x1 | 1x1->3x3 | 1x1->3x3 dil 2 | 1x1->3x3 dil 3 (see shared/README.md).
std::vector<ConvSpec> inceptionModule(int in, int a, int b, int c, int d) {
    return {{1, in, a, 1}, {1, in, b, 1}, {3, b, b, 1}, {1, in, c, 1},
            {3, c, c, 2},  {1, in, d, 1}, {3, d, d, 3}};
}

std::vector<ConvSpec> meso4Convs() { return {{3, 3, 8, 1}, {5, 8, 8, 1}, {5, 8, 16, 1}, {5, 16, 16, 1}}; }

std::vector<ConvSpec> mesoInceptionConvs() {
    std::vector<ConvSpec> convs = inceptionModule(3, 1, 4, 4, 2);
    const auto second = inceptionModule(11, 2, 4, 4, 2);
    convs.insert(convs.end(), second.begin(), second.end());
    convs.push_back({5, 12, 16, 1});
    convs.push_back({5, 16, 16, 1});
    return convs;
}

std::string shapeText(const std::vector<std::int64_t>& shape) {
    std::ostringstream s;
    s << '(';
    for (size_t i = 0; i < shape.size(); ++i)
        s << (i ? "," : "") << shape[i];
    s << ')';
    return s.str();
}

// Trailing number of a Keras layer name ("conv2d_12" -> 12); layers without one keep file order.
long suffixNumber(const std::string& name) {
    size_t i = name.size();
    while (i > 0 && std::isdigit(static_cast<unsigned char>(name[i - 1])))
        --i;
    return i == name.size() ? -1 : std::stol(name.substr(i));
}

enum class LayerKind { Conv, BatchNorm, Dense, Other };

LayerKind kindOf(const std::map<std::string, KerasArray>& vars) {
    if (vars.count("gamma") && vars.count("beta") && vars.count("moving_mean") &&
        vars.count("moving_variance"))
        return LayerKind::BatchNorm;
    const auto kernel = vars.find("kernel");
    if (kernel != vars.end() && kernel->second.shape.size() == 4)
        return LayerKind::Conv;
    if (kernel != vars.end() && kernel->second.shape.size() == 2)
        return LayerKind::Dense;
    return LayerKind::Other;
}

class Builder {
public:
    Builder(const KerasWeights& weights, std::string source) : w_(weights), source_(std::move(source)) {
        for (const std::string& name : w_.layerNames) {
            const auto& vars = w_.layers.at(name);
            if (vars.empty())
                continue;
            switch (kindOf(vars)) {
            case LayerKind::Conv: convs_.push_back(name); break;
            case LayerKind::BatchNorm: norms_.push_back(name); break;
            case LayerKind::Dense: denses_.push_back(name); break;
            case LayerKind::Other:
                fail("layer '" + name + "' has weights MesoNet does not use");
            }
        }
        for (auto* list : {&convs_, &norms_, &denses_})
            std::stable_sort(list->begin(), list->end(), [](const std::string& a, const std::string& b) {
                return suffixNumber(a) < suffixNumber(b);
            });
    }

    [[noreturn]] void fail(const std::string& what) const {
        throw Error(ErrorCode::ModelInvalid, source_, what);
    }

    NetworkDefinition build() {
        NetworkDefinition def;
        const bool inception = convs_.size() == 16;
        if (convs_.size() != 4 && !inception)
            fail("MesoNet needs 4 (Meso4) or 16 (MesoInception4) convolution layers, the file has " +
                 std::to_string(convs_.size()));
        def.architecture = inception ? "MesoInception4" : "Meso4";
        const std::vector<ConvSpec> specs = inception ? mesoInceptionConvs() : meso4Convs();
        const std::vector<int> normWidths = inception ? std::vector<int>{11, 12, 16, 16}
                                                      : std::vector<int>{8, 8, 16, 16};
        if (norms_.size() != normWidths.size())
            fail(def.architecture + " needs 4 BatchNormalization layers, the file has " +
                 std::to_string(norms_.size()));
        if (denses_.size() != 2)
            fail(def.architecture + " needs 2 Dense layers, the file has " + std::to_string(denses_.size()));

        for (size_t i = 0; i < specs.size(); ++i)
            addConv(def, "c" + std::to_string(i), convs_[i], specs[i]);
        for (size_t i = 0; i < normWidths.size(); ++i)
            addNorm(def, "n" + std::to_string(i), norms_[i], normWidths[i]);
        const int finalSide = kInputSide / (2 * 2 * 2 * 4);
        addDense(def, "d0", denses_[0], finalSide * finalSide * 16, 16, finalSide, 16);
        addDense(def, "d1", denses_[1], 16, 1, 0, 0);
        def.torchScript = inception ? mesoInceptionSource() : meso4Source();
        return def;
    }

private:
    const KerasArray& array(const std::string& layer, const char* var) const {
        const auto& vars = w_.layers.at(layer);
        const auto it = vars.find(var);
        if (it == vars.end())
            fail("layer '" + layer + "' has no '" + var + "' weights");
        return it->second;
    }

    void expectShape(const std::string& layer, const char* var, const std::vector<std::int64_t>& want) const {
        const KerasArray& a = array(layer, var);
        if (a.shape != want)
            fail("layer '" + layer + "' " + var + " has shape " + shapeText(a.shape) + ", MesoNet expects " +
                 shapeText(want));
    }

    void addConv(NetworkDefinition& def, const std::string& id, const std::string& layer, const ConvSpec& s) {
        expectShape(layer, "kernel", {s.kernel, s.kernel, s.in, s.out});
        expectShape(layer, "bias", {s.out});
        const KerasArray& k = array(layer, "kernel");
        NamedParameter weight{id + "_w", {s.out, s.in, s.kernel, s.kernel}, {}};
        weight.values.resize(k.values.size());
        // Keras (kh, kw, in, out) -> torch (out, in, kh, kw)
        for (int y = 0; y < s.kernel; ++y)
            for (int x = 0; x < s.kernel; ++x)
                for (int i = 0; i < s.in; ++i)
                    for (int o = 0; o < s.out; ++o)
                        weight.values[((size_t(o) * s.in + i) * s.kernel + y) * s.kernel + x] =
                            k.values[((size_t(y) * s.kernel + x) * s.in + i) * s.out + o];
        def.parameters.push_back(std::move(weight));
        def.parameters.push_back({id + "_b", {s.out}, array(layer, "bias").values});
    }

    void addNorm(NetworkDefinition& def, const std::string& id, const std::string& layer, int width) {
        const std::pair<const char*, const char*> vars[] = {
            {"gamma", "_g"}, {"beta", "_b"}, {"moving_mean", "_m"}, {"moving_variance", "_v"}};
        for (const auto& [var, suffix] : vars) {
            expectShape(layer, var, {width});
            def.parameters.push_back({id + suffix, {width}, array(layer, var).values});
        }
    }

    // Keras flattens the last feature map in (H, W, C) order, torch in (C, H, W): permute the
    // first dense layer's inputs once here instead of the activations on every forward.
    void addDense(NetworkDefinition& def, const std::string& id, const std::string& layer, int in, int out,
                  int side, int channels) {
        expectShape(layer, "kernel", {in, out});
        expectShape(layer, "bias", {out});
        const KerasArray& k = array(layer, "kernel");
        NamedParameter weight{id + "_w", {out, in}, std::vector<float>(size_t(in) * out)};
        for (int r = 0; r < in; ++r) {
            int torchColumn = r;
            if (side > 0) {
                const int c = r % channels, hw = r / channels;
                torchColumn = c * side * side + hw;
            }
            for (int o = 0; o < out; ++o)
                weight.values[size_t(o) * in + torchColumn] = k.values[size_t(r) * out + o];
        }
        def.parameters.push_back(std::move(weight));
        def.parameters.push_back({id + "_b", {out}, array(layer, "bias").values});
    }

    static std::string conv(const std::string& input, int index, int padding, int dilation) {
        const std::string id = "self.c" + std::to_string(index);
        return "torch.relu(torch.conv2d(" + input + ", " + id + "_w, " + id + "_b, [1, 1], [" +
               std::to_string(padding) + ", " + std::to_string(padding) + "], [" + std::to_string(dilation) +
               ", " + std::to_string(dilation) + "], 1))";
    }

    static std::string normPool(int index, int pool) {
        const std::string id = "self.n" + std::to_string(index);
        const std::string p = std::to_string(pool);
        return "    x = torch.batch_norm(x, " + id + "_g, " + id + "_b, " + id + "_m, " + id +
               "_v, False, 0.0, " + std::to_string(kBatchNormEpsilon) + ", False)\n" +
               "    x = torch.max_pool2d(x, [" + p + ", " + p + "], [" + p + ", " + p + "], [0, 0], [1, 1], False)\n";
    }

    static std::string head() {
        return "    x = torch.flatten(x, 1)\n"
               "    x = torch.leaky_relu(torch.linear(x, self.d0_w, self.d0_b), 0.1)\n"
               "    return torch.sigmoid(torch.linear(x, self.d1_w, self.d1_b))\n";
    }

    // The last convolution block is a method of its own, "conv4" (the card's gradcam_layer):
    // Grad-CAM finds its call in the graph and reads its output and gradient there.
    static std::string lastConvMethod(int index) {
        return "def conv4(self, x):\n    return " + conv("x", index, 2, 1) + "\n";
    }

    static std::string meso4Source() {
        return lastConvMethod(3) +
               "def forward(self, x):\n"
               "    x = " + conv("x", 0, 1, 1) + "\n" + normPool(0, 2) +
               "    x = " + conv("x", 1, 2, 1) + "\n" + normPool(1, 2) +
               "    x = " + conv("x", 2, 2, 1) + "\n" + normPool(2, 2) +
               "    x = self.conv4(x)\n" + normPool(3, 4) + head();
    }

    static std::string inception(int first) {
        return "    x = torch.cat([" + conv("x", first, 0, 1) + ", " + conv(conv("x", first + 1, 0, 1), first + 2, 1, 1) +
               ", " + conv(conv("x", first + 3, 0, 1), first + 4, 2, 2) + ", " +
               conv(conv("x", first + 5, 0, 1), first + 6, 3, 3) + "], 1)\n";
    }

    static std::string mesoInceptionSource() {
        return lastConvMethod(15) +
               "def forward(self, x):\n" + inception(0) + normPool(0, 2) + inception(7) + normPool(1, 2) +
               "    x = " + conv("x", 14, 2, 1) + "\n" + normPool(2, 2) +
               "    x = self.conv4(x)\n" + normPool(3, 4) + head();
    }

    const KerasWeights& w_;
    std::string source_;
    std::vector<std::string> convs_, norms_, denses_;
};

} // namespace

NetworkDefinition buildMesoNet(const KerasWeights& weights, const std::string& source) {
    return Builder(weights, source).build();
}

ModelCard mesoNetCard(const std::string& name) {
    ModelCard card;
    card.name = name;
    card.description = "MesoNet (Afchar et al., WIFS 2018), native LibTorch from Keras weights";
    card.inputWidth = card.inputHeight = kInputSide;
    card.scale = 1.0 / 255.0;
    card.output = OutputKind::SigmoidReal;
    card.classes = {"real"};
    card.threshold = 0.5;
    card.crop = CropPolicy::MesoNet;
    card.gradcamLayer = "conv4"; // the last convolution block, a method of the native network
    return card;
}

} // namespace fakelens
