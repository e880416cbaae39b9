#pragma once

#include "explain/AdversarialSampleCache.h"
#include "faces/FaceDetector.h"
#include "models/DetectorFactory.h"
#include "models/ModelCard.h"

#include <QString>

#include <functional>
#include <memory>
#include <string>

namespace fakelens::ui {

// What the loaded model tells the window (toolbar, verdict threshold).
struct ModelSummary {
    QString name;
    QString device;
    QString path;
    double threshold = 0.5;
    ModelCard card; // threshold, inconclusive band and face-size limit of the verdict
    bool gradients = false; // the detector gives gradients: methods that need them can run
};

// How to obtain the detector: from a model file, or (tests, embedding) from a factory.
struct EngineConfig {
    std::string modelPath;
    DetectorOptions detectorOptions;
    FaceDetectorOptions faceOptions;
    std::function<std::unique_ptr<Detector>()> detectorFactory; // overrides modelPath when set
};

// The detector, the face detector and the NES sample cache of one model configuration, loaded
// on first use. Used only inside engine jobs, which run one at a time: that is what keeps the
// (not thread-safe) detector safe. A new configuration gets a new object; jobs still running
// keep the old one alive through their shared_ptr.
class EngineResources {
public:
    explicit EngineResources(EngineConfig config);
    ~EngineResources();

    Detector& detector(); // throws Error when the model cannot be loaded
    // The face detector (loaded on first use; ~100 MB of landmarks), or null for whole-image
    // mode, in which each frame is taken as one face.
    const FaceDetector* faceDetector(bool detectFaces);
    AdversarialSampleCache& adversarialCache() { return adversarialCache_; }
    ModelSummary summary();

private:
    EngineConfig config_;
    std::unique_ptr<Detector> detector_;
    std::unique_ptr<FaceDetector> faceDetector_;
    AdversarialSampleCache adversarialCache_;
};

} // namespace fakelens::ui
