#pragma once

#include "models/DetectorFactory.h"

#include <memory>
#include <string>
#include <vector>

namespace fakelens {

// Several detectors as one: a face's P(fake) is the largest of the members' scores, so the
// ensemble calls a face fake when any member does (e.g. Meso4_DF and Meso4_F2F, each trained on
// one manipulation). The members must agree on the input (size, crop) and on the threshold, so
// that "the larger score" means the same for each. In the engine, so that the CLI (`--model A
// --model B`), the workbench and a saved case use one and the same combination.
class EnsembleDetector : public Detector {
public:
    // Throws Error(InvalidArgument) for fewer than two members or members that disagree.
    explicit EnsembleDetector(std::vector<std::unique_ptr<Detector>> members);

    const ModelCard& card() const override { return card_; }
    std::string deviceName() const override;
    // The members' files joined by " + ": unique per ensemble (the NES cache keys on it).
    std::string modelPath() const override { return path_; }
    std::vector<std::string> modelFiles() const override;
    std::vector<double> fakeProbabilities(const float* nhwc, int count) override;
    using Detector::fakeProbabilities;

    int memberCount() const { return int(members_.size()); }
    Detector& member(int i) { return *members_[size_t(i)]; }

private:
    std::vector<std::unique_ptr<Detector>> members_;
    ModelCard card_;
    std::string path_;
};

// Loads every model file with `options` and combines them; a single file loads as itself.
std::unique_ptr<Detector> loadEnsemble(const std::vector<std::string>& modelPaths, const DetectorOptions& options);

} // namespace fakelens
