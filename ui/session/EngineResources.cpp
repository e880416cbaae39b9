#include "session/EngineResources.h"

#include "core/Error.h"

namespace fakelens::ui {

EngineResources::EngineResources(EngineConfig config) : config_(std::move(config)) {}

EngineResources::~EngineResources() = default;

Detector& EngineResources::detector() {
    if (!detector_) {
        if (config_.detectorFactory) {
            detector_ = config_.detectorFactory();
        } else {
            if (config_.modelPath.empty())
                throw Error(ErrorCode::ModelInvalid, {},
                            "no model file is set and no installed Meso4_DF model was found "
                            "(run packaging/setup.sh, or set the model file)");
            detector_ = loadDetector(config_.modelPath, config_.detectorOptions);
        }
        if (!detector_)
            throw Error(ErrorCode::ModelInvalid, config_.modelPath, "the detector could not be created");
    }
    return *detector_;
}

const FaceDetector* EngineResources::faceDetector(bool detectFaces) {
    if (!detectFaces)
        return nullptr;
    if (!faceDetector_)
        faceDetector_ = std::make_unique<FaceDetector>(config_.faceOptions);
    return faceDetector_.get();
}

ModelSummary EngineResources::summary() {
    Detector& d = detector();
    ModelSummary s;
    s.name = QString::fromStdString(d.card().name);
    s.device = QString::fromStdString(d.deviceName());
    s.path = QString::fromStdString(d.modelPath());
    s.threshold = d.card().threshold;
    s.card = d.card();
    s.gradients = d.supportsGradients();
    return s;
}

} // namespace fakelens::ui
