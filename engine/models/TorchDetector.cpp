// The only file of the models stage that includes LibTorch: the TorchScript and the native
// (NetworkDefinition) detectors share the same runtime here.
#include "models/TorchBackend.h"

#include "core/AllocatorPolicy.h"
#include "core/Error.h"

#include <torch/script.h>
#include <torch/torch.h>

#include <algorithm>
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

class TorchDetector : public Detector {
public:
    TorchDetector(torch::jit::Module module, ModelCard card, std::string path, const DetectorOptions& options)
        : module_(std::move(module)), card_(std::move(card)), path_(std::move(path)),
          device_(chooseDevice(options.device, path_)),
          batchSize_(options.batchSize > 0 ? options.batchSize : (device_.is_cuda() ? 64 : 4)) {
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
        optimise();
        checkOutputShape();
    }

    const ModelCard& card() const override { return card_; }
    std::string deviceName() const override { return device_.is_cuda() ? "cuda:0" : "cpu"; }
    std::string modelPath() const override { return path_; }
    int batchSize() const override { return batchSize_; }
    void setBatchSize(int images) override { batchSize_ = std::max(1, images); }

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
    torch::Tensor forwardBatch(const float* nhwc, int n) {
        torch::InferenceMode guard;
        torch::Tensor x = torch::from_blob(const_cast<float*>(nhwc),
                                           {n, card_.inputHeight, card_.inputWidth, 3}, torch::kFloat);
        if (device_.is_cuda())
            x = x.to(device_);
        if (card_.channelOrder == ChannelOrder::BGR)
            x = x.flip({3});
        if (!identityNormalisation_)
            x = (x * float(card_.scale * 255.0) - mean_) * invStd_;
        // NHWC memory viewed as NCHW is exactly the channels-last layout: no copy.
        x = x.permute({0, 3, 1, 2});
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
