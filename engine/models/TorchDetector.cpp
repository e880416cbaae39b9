// The only file of the models stage that includes LibTorch: the TorchScript and the native
// (NetworkDefinition) detectors share the same runtime here.
#include "models/TorchBackend.h"

#include "core/AllocatorPolicy.h"
#include "core/Error.h"

#include <torch/script.h>
#include <torch/torch.h>
#include <torch/csrc/jit/api/function_impl.h>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <thread>

namespace fakelens {

namespace {

std::string firstLine(const std::string& text) {
    const auto end = text.find('\n');
    return end == std::string::npos ? text : text.substr(0, end);
}

// TorchScript interpreter errors carry a traceback; the cause is on the last non-empty line.
std::string lastLine(const std::string& text) {
    std::string trimmed = text;
    while (!trimmed.empty() && (trimmed.back() == '\n' || trimmed.back() == ' '))
        trimmed.pop_back();
    const auto start = trimmed.rfind('\n');
    return start == std::string::npos ? trimmed : trimmed.substr(start + 1);
}

// Thread counts are process-wide in LibTorch; set them once, before the first parallel work.
// The allocator policy too: without it every forward page-faults its tensors in again.
void configureThreads(int threads) {
    keepFreedMemoryForReuse();
    static std::once_flag once;
    std::call_once(once, [threads] {
        const int n = threads > 0 ? threads : int(std::max(1u, std::thread::hardware_concurrency()));
        torch::set_num_threads(n);
        try {
            torch::set_num_interop_threads(1);
        } catch (const c10::Error&) {
            // Already started by an earlier caller: harmless, the intra-op count is what matters.
        }
    });
}

torch::Device chooseDevice(DeviceChoice choice, const std::string& subject) {
    const bool haveCuda = torch::cuda::is_available();
    if (choice == DeviceChoice::Cuda && !haveCuda)
        throw Error(ErrorCode::DeviceUnavailable, subject,
                    "CUDA was requested but LibTorch sees no CUDA device (Debian's LibTorch is "
                    "CPU-only; build against a CUDA LibTorch via CMAKE_PREFIX_PATH)");
    if (choice != DeviceChoice::Cpu && haveCuda)
        return torch::Device(torch::kCUDA, 0);
    return torch::Device(torch::kCPU);
}

// The dotted GetAttr path from the graph's `self` to `object` ("l4", "features.7"); empty when
// `object` is not a submodule reached that way.
std::string attributePath(torch::jit::Value* object, torch::jit::Value* self) {
    std::string path;
    while (object != self) {
        torch::jit::Node* node = object->node();
        if (node->kind() != c10::prim::GetAttr)
            return {};
        const std::string name = node->s(c10::attr::name);
        path = path.empty() ? name : name + "." + path;
        object = node->input(0);
    }
    return path;
}

// Grad-CAM's view of the model: a copy of `forward`'s graph that returns (A, s), A = the output of
// the card's gradcam_layer (a call of that submodule's forward, or of that method of the model)
// and s = the value the fake score is computed from: the input of the final sigmoid when the graph
// ends in one (its logit), else the model's output. Only the graph's top level is searched, so the
// layer must be called exactly once there.
struct LayerTap {
    std::unique_ptr<torch::jit::GraphFunction> function;
    bool logit = false; // s is the pre-sigmoid logit
};

LayerTap tapLayer(const torch::jit::Module& module, const std::string& layer, bool sigmoidOutput,
                  const std::string& subject) {
    std::shared_ptr<torch::jit::Graph> graph = module.get_method("forward").graph()->copy();
    torch::jit::Value* self = graph->inputs().at(0);
    std::vector<torch::jit::Node*> calls;
    std::string known;
    for (torch::jit::Node* node : graph->nodes()) {
        if (node->kind() != c10::prim::CallMethod)
            continue;
        const std::string method = node->s(c10::attr::name);
        torch::jit::Value* object = node->input(0);
        const std::string name = object == self ? method
                                 : method == "forward" ? attributePath(object, self) : std::string();
        if (name.empty())
            continue;
        if (name == layer)
            calls.push_back(node);
        known += (known.empty() ? "" : ", ") + name;
    }
    if (calls.size() != 1 || calls[0]->outputs().size() != 1 ||
        !calls[0]->output()->type()->isSubtypeOf(*c10::TensorType::get()))
        throw Error(ErrorCode::ModelCardInvalid, subject,
                    "model card field 'gradcam_layer' names '" + layer + "', which " +
                        (calls.empty() ? std::string("forward() does not call")
                                       : calls.size() > 1 ? "forward() calls more than once"
                                                          : "does not return one tensor") +
                        " (layers forward() calls: " + (known.empty() ? "none" : known) + ")");
    torch::jit::Value* output = graph->outputs().at(0);
    LayerTap tap;
    if (sigmoidOutput && output->node()->kind() == c10::aten::sigmoid) {
        output = output->node()->input(0);
        tap.logit = true;
    }
    torch::jit::Node* tuple = graph->createTuple({calls[0]->output(), output});
    tuple->insertBefore(graph->return_node());
    graph->eraseOutput(0);
    graph->registerOutput(tuple->output());
    // SIMPLE: run the graph as written; the profiling executor would specialise it for the
    // first call's shapes and gradient requirements, which buys nothing for one forward.
    tap.function = std::make_unique<torch::jit::GraphFunction>("fakelens_gradcam_forward", graph, nullptr,
                                                               torch::jit::ExecutorExecutionMode::SIMPLE);
    return tap;
}

// Forwards of 8 images on CPU: bench's probe of the frozen, channels-last Meso4 on the 2-core
// development machine (2026-12-07, four runs) gave 570-582 images/s at batch 8 against 504-565
// at 4, 426-449 at 16 and less at 32 and 64. 8 also divides the explainers' 64-image calls and
// the NES sample's 80 evenly.
constexpr int kCpuBatch = 8;

class TorchDetector : public Detector {
public:
    TorchDetector(torch::jit::Module module, ModelCard card, std::string path, const DetectorOptions& options)
        : module_(std::move(module)), card_(std::move(card)), path_(std::move(path)),
          device_(chooseDevice(options.device, path_)),
          batchSize_(options.batchSize > 0 ? options.batchSize : (device_.is_cuda() ? 64 : kCpuBatch)) {
        module_.eval();
        module_.to(device_);
        identityNormalisation_ = std::abs(card_.scale * 255.0 - 1.0) < 1e-12 &&
                                 card_.mean == std::array<double, 3>{0, 0, 0} &&
                                 card_.std == std::array<double, 3>{1, 1, 1};
        const auto opts = torch::TensorOptions().dtype(torch::kFloat).device(device_);
        mean_ = torch::tensor({card_.mean[0], card_.mean[1], card_.mean[2]}, opts.dtype(torch::kDouble))
                    .to(torch::kFloat);
        invStd_ = torch::tensor({1.0 / card_.std[0], 1.0 / card_.std[1], 1.0 / card_.std[2]},
                                opts.dtype(torch::kDouble))
                      .to(torch::kFloat);
        // Frozen modules are inlined: the layer Grad-CAM names no longer exists in them.
        // freeze() returns a copy, so the module as loaded stays for the gradient path.
        gradientModule_ = module_;
        optimise();
        checkOutputShape();
        if (!card_.gradcamLayer.empty())
            tap_ = tapLayer(gradientModule_, card_.gradcamLayer, card_.output != OutputKind::Softmax, path_);
    }

    const ModelCard& card() const override { return card_; }
    std::string deviceName() const override { return device_.is_cuda() ? "cuda:0" : "cpu"; }
    std::string modelPath() const override { return path_; }
    int batchSize() const override { return batchSize_; }
    void setBatchSize(int images) override { batchSize_ = std::max(1, images); }

    bool supportsGradients() const override { return tap_.function != nullptr; }

    LayerGradients layerGradients(const cv::Mat& inputRgbFloat) override {
        if (!tap_.function)
            return Detector::layerGradients(inputRgbFloat);
        if (inputRgbFloat.type() != CV_32FC3 || inputRgbFloat.cols != card_.inputWidth ||
            inputRgbFloat.rows != card_.inputHeight)
            throw Error(ErrorCode::InvalidArgument, "detector input",
                        "must be a float RGB image of the model's input size");
        const cv::Mat image = inputRgbFloat.isContinuous() ? inputRgbFloat : inputRgbFloat.clone();
        torch::AutoGradMode enableGrad(true);
        // A leaf that wants a gradient puts the whole forward on the tape, whether or not the
        // model's parameters require gradients themselves.
        const torch::Tensor pixels =
            torch::from_blob(const_cast<float*>(image.ptr<float>()), {1, card_.inputHeight, card_.inputWidth, 3},
                             torch::kFloat)
                .clone()
                .requires_grad_(true);
        torch::jit::Stack stack{gradientModule_._ivalue(), networkInput(pixels)};
        try {
            tap_.function->run(stack);
        } catch (const c10::Error& e) {
            throw Error(ErrorCode::ModelInvalid, path_, "forward failed: " + firstLine(e.what_without_backtrace()));
        } catch (const std::exception& e) {
            throw Error(ErrorCode::ModelInvalid, path_, "forward failed: " + lastLine(e.what()));
        }
        const auto outputs = stack.back().toTuple()->elements();
        const torch::Tensor a = outputs.at(0).toTensor();
        const torch::Tensor y = outputs.at(1).toTensor().reshape({1, -1});
        if (a.dim() != 4 || a.size(0) != 1)
            throw Error(ErrorCode::ModelCardInvalid, path_,
                        "model card field 'gradcam_layer' names '" + card_.gradcamLayer +
                            "', whose output is not a feature map (N x C x h x w)");
        const torch::Tensor score = fakeScore(y);
        if (!std::isfinite(score.item<double>()))
            throw Error(ErrorCode::InvalidArgument, path_,
                        "the fake score's log-odds are not finite (the model's output saturates); "
                        "Grad-CAM needs the logit before the output's sigmoid");
        torch::Tensor grad = torch::autograd::grad({score}, {a}, {}, false, false, true).at(0);
        if (!grad.defined()) // the score does not depend on this layer
            grad = torch::zeros_like(a);

        LayerGradients out;
        out.layer = card_.gradcamLayer;
        out.channels = int(a.size(1));
        out.height = int(a.size(2));
        out.width = int(a.size(3));
        const torch::Tensor aCpu = a.detach().to(torch::kCPU, torch::kFloat).contiguous();
        const torch::Tensor gCpu = grad.to(torch::kCPU, torch::kFloat).contiguous();
        out.activations.assign(aCpu.data_ptr<float>(), aCpu.data_ptr<float>() + aCpu.numel());
        out.gradients.assign(gCpu.data_ptr<float>(), gCpu.data_ptr<float>() + gCpu.numel());
        out.score = score.item<double>();
        // P(fake) as fakeProbabilities() computes it: the model's own (float) output, widened.
        const torch::Tensor modelOutput = tap_.logit ? torch::sigmoid(y.detach()) : y.detach();
        out.fakeProbability = toFakeProbability(modelOutput.to(torch::kCPU, torch::kDouble)).item<double>();
        return out;
    }

    std::vector<double> fakeProbabilities(const float* nhwc, int count) override {
        std::vector<double> out;
        out.reserve(size_t(std::max(0, count)));
        const size_t imageFloats = size_t(card_.inputHeight) * card_.inputWidth * 3;
        for (int start = 0; start < count; start += batchSize_) {
            const int n = std::min(batchSize_, count - start);
            const torch::Tensor p = forwardBatch(nhwc + size_t(start) * imageFloats, n);
            const double* data = p.data_ptr<double>();
            out.insert(out.end(), data, data + n);
        }
        return out;
    }

private:
    // FakeLens' pixel domain (NHWC RGB [0,1]) -> what the network takes: the card's channel
    // order and normalisation, NCHW.
    torch::Tensor networkInput(torch::Tensor x) const {
        if (device_.is_cuda())
            x = x.to(device_);
        if (card_.channelOrder == ChannelOrder::BGR)
            x = x.flip({3});
        if (!identityNormalisation_)
            x = (x * float(card_.scale * 255.0) - mean_) * invStd_;
        // NHWC memory viewed as NCHW is exactly the channels-last layout: no copy.
        return x.permute({0, 3, 1, 2});
    }

    torch::Tensor forwardBatch(const float* nhwc, int n) {
        torch::InferenceMode guard;
        const torch::Tensor x = networkInput(torch::from_blob(
            const_cast<float*>(nhwc), {n, card_.inputHeight, card_.inputWidth, 3}, torch::kFloat));
        torch::jit::IValue result;
        try {
            result = module_.forward({x});
        } catch (const c10::Error& e) {
            throw Error(ErrorCode::ModelInvalid, path_, "forward failed: " + firstLine(e.what_without_backtrace()));
        } catch (const std::exception& e) { // TorchScript interpreter errors are plain runtime_errors
            throw Error(ErrorCode::ModelInvalid, path_, "forward failed: " + lastLine(e.what()));
        }
        if (!result.isTensor())
            throw Error(ErrorCode::ModelInvalid, path_, "the model's output is not a single tensor");
        // Widened to double before any arithmetic: see Detector::fakeProbabilities.
        return toFakeProbability(result.toTensor().to(torch::kCPU, torch::kDouble).reshape({n, -1}));
    }

    torch::Tensor toFakeProbability(const torch::Tensor& y) const {
        switch (card_.output) {
        case OutputKind::SigmoidReal: return (1.0 - y.select(1, 0)).contiguous();
        case OutputKind::SigmoidFake: return y.select(1, 0).contiguous();
        case OutputKind::Softmax:
            return (1.0 - torch::softmax(y, 1).select(1, card_.realIndex)).contiguous();
        }
        return y;
    }

    // The fake score Grad-CAM differentiates: log(P(fake) / (1 - P(fake))), see LayerGradients.
    // From the logit where the graph exposes it (no saturation); else from the output itself.
    torch::Tensor fakeScore(const torch::Tensor& y) const {
        switch (card_.output) {
        case OutputKind::SigmoidReal: return tap_.logit ? -y[0][0] : torch::logit(1.0 - y[0][0]);
        case OutputKind::SigmoidFake: return tap_.logit ? y[0][0] : torch::logit(y[0][0]);
        case OutputKind::Softmax: {
            const torch::Tensor real = y[0][card_.realIndex];
            const torch::Tensor others = torch::cat({y[0].slice(0, 0, card_.realIndex),
                                                     y[0].slice(0, card_.realIndex + 1)});
            return torch::logsumexp(others, 0) - real;
        }
        }
        return y[0][0];
    }

    // Freezing folds the parameters into the graph as constants: measured on this 2-core CPU
    // with channels-last input, Meso4 ran at ~560 images/s frozen (batch 1-4) against ~225 as
    // loaded and ~460 after optimize_for_inference, whose MKLDNN layouts collapse at batch 8+.
    // Models that cannot be frozen run as they are.
    void optimise() {
        if (device_.is_cuda())
            return;
        try {
            module_ = torch::jit::freeze(module_);
        } catch (const std::exception&) {
        }
    }

    void checkOutputShape() {
        const std::vector<float> zeros(size_t(card_.inputHeight) * card_.inputWidth * 3, 0.5f);
        torch::InferenceMode guard;
        torch::Tensor x = torch::from_blob(const_cast<float*>(zeros.data()),
                                           {1, card_.inputHeight, card_.inputWidth, 3}, torch::kFloat)
                              .to(device_)
                              .permute({0, 3, 1, 2});
        torch::jit::IValue result;
        try {
            result = module_.forward({x});
        } catch (const c10::Error& e) {
            throw Error(ErrorCode::ModelInvalid, path_, inputRefused(firstLine(e.what_without_backtrace())));
        } catch (const std::exception& e) {
            throw Error(ErrorCode::ModelInvalid, path_, inputRefused(lastLine(e.what())));
        }
        if (!result.isTensor())
            throw Error(ErrorCode::ModelInvalid, path_, "the model's output is not a single tensor");
        const auto numel = result.toTensor().numel();
        const bool sigmoid = card_.output != OutputKind::Softmax;
        if (sigmoid && numel != 1)
            throw Error(ErrorCode::ModelCardInvalid, path_,
                        "the card says one sigmoid output but the model gives " + std::to_string(numel) +
                            " values per image");
        if (!sigmoid && numel != std::int64_t(card_.classes.size()))
            throw Error(ErrorCode::ModelCardInvalid, path_,
                        "the card names " + std::to_string(card_.classes.size()) +
                            " classes but the model gives " + std::to_string(numel) + " values per image");
    }

    std::string inputRefused(const std::string& why) const {
        return "the model does not accept a " + std::to_string(card_.inputWidth) + "x" +
               std::to_string(card_.inputHeight) + " RGB image as its card says (" + why + ")";
    }

    torch::jit::Module module_;
    torch::jit::Module gradientModule_; // as loaded (not frozen): Grad-CAM's layer is still there
    LayerTap tap_;                      // empty when the card names no gradcam_layer
    ModelCard card_;
    std::string path_;
    torch::Device device_;
    int batchSize_;
    bool identityNormalisation_ = true;
    torch::Tensor mean_;
    torch::Tensor invStd_;
};

} // namespace

bool cudaAvailable() { return torch::cuda::is_available(); }

std::unique_ptr<Detector> createTorchScriptDetector(const std::string& modelPath, const ModelCard& card,
                                                    const DetectorOptions& options) {
    configureThreads(options.threads);
    torch::jit::Module module;
    try {
        module = torch::jit::load(modelPath, torch::kCPU);
    } catch (const c10::Error& e) {
        throw Error(ErrorCode::ModelInvalid, modelPath,
                    "not a loadable TorchScript model (" + firstLine(e.what_without_backtrace()) + ")");
    } catch (const std::exception& e) {
        throw Error(ErrorCode::ModelInvalid, modelPath, std::string("not a loadable TorchScript model (") +
                                                             firstLine(e.what()) + ")");
    }
    return std::make_unique<TorchDetector>(std::move(module), card, modelPath, options);
}

std::unique_ptr<Detector> createNativeDetector(const NetworkDefinition& network, const ModelCard& card,
                                               const std::string& modelPath, const DetectorOptions& options) {
    configureThreads(options.threads);
    torch::jit::Module module(network.architecture);
    for (const NamedParameter& p : network.parameters) {
        torch::Tensor t = torch::from_blob(const_cast<float*>(p.values.data()), p.shape, torch::kFloat).clone();
        module.register_parameter(p.name, t, /*is_buffer=*/false);
    }
    try {
        module.define(network.torchScript);
    } catch (const c10::Error& e) {
        throw Error(ErrorCode::Internal, modelPath,
                    "cannot compile the " + network.architecture + " network: " + firstLine(e.what_without_backtrace()));
    }
    return std::make_unique<TorchDetector>(std::move(module), card, modelPath, options);
}

} // namespace fakelens
