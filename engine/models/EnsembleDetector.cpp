#include "models/EnsembleDetector.h"

#include "core/Error.h"

#include <algorithm>
#include <cmath>

namespace fakelens {

EnsembleDetector::EnsembleDetector(std::vector<std::unique_ptr<Detector>> members) : members_(std::move(members)) {
    if (members_.size() < 2)
        throw Error(ErrorCode::InvalidArgument, "ensemble", "an ensemble needs at least two models");
    const ModelCard& first = members_.front()->card();
    card_ = first;
    std::string name = first.name;
    path_ = members_.front()->modelPath();
    for (size_t i = 1; i < members_.size(); ++i) {
        const ModelCard& card = members_[i]->card();
        if (card.inputWidth != first.inputWidth || card.inputHeight != first.inputHeight)
            throw Error(ErrorCode::InvalidArgument, members_[i]->modelPath(),
                        "its input size differs from " + first.name + "'s; an ensemble's models must share it");
        if (card.crop != first.crop || (card.crop == CropPolicy::BoundingBox && card.cropMargin != first.cropMargin))
            throw Error(ErrorCode::InvalidArgument, members_[i]->modelPath(),
                        "its face crop differs from " + first.name + "'s; an ensemble's models must share it");
        if (std::abs(card.threshold - first.threshold) > 1e-9)
            throw Error(ErrorCode::InvalidArgument, members_[i]->modelPath(),
                        "its threshold differs from " + first.name + "'s; an ensemble's models must share it");
        name += " + " + card.name;
        path_ += " + " + members_[i]->modelPath();
    }
    card_.name = name;
    card_.description = "ensemble: P(fake) is the largest of the members' scores";
}

std::vector<std::string> EnsembleDetector::modelFiles() const {
    std::vector<std::string> files;
    for (const auto& member : members_)
        for (const std::string& file : member->modelFiles())
            files.push_back(file);
    return files;
}

std::string EnsembleDetector::deviceName() const { return members_.front()->deviceName(); }

std::vector<double> EnsembleDetector::fakeProbabilities(const float* nhwc, int count) {
    // Each member applies its own normalisation to the shared pixel domain.
    std::vector<double> best = members_.front()->fakeProbabilities(nhwc, count);
    for (size_t i = 1; i < members_.size(); ++i) {
        const std::vector<double> scores = members_[i]->fakeProbabilities(nhwc, count);
        for (size_t j = 0; j < best.size() && j < scores.size(); ++j)
            best[j] = std::max(best[j], scores[j]);
    }
    return best;
}

std::unique_ptr<Detector> loadEnsemble(const std::vector<std::string>& modelPaths, const DetectorOptions& options) {
    if (modelPaths.empty())
        throw Error(ErrorCode::InvalidArgument, "ensemble", "no model given");
    if (modelPaths.size() == 1)
        return loadDetector(modelPaths.front(), options);
    std::vector<std::unique_ptr<Detector>> members;
    for (const std::string& path : modelPaths)
        members.push_back(loadDetector(path, options));
    return std::make_unique<EnsembleDetector>(std::move(members));
}

} // namespace fakelens
