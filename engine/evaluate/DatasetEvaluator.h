#pragma once

#include "core/CancelToken.h"
#include "core/Progress.h"
#include "evaluate/DatasetScanner.h"
#include "evaluate/EvaluationSettings.h"
#include "evaluate/FaceExtractor.h"
#include "evaluate/ImageResult.h"
#include "evaluate/ResultsFile.h"
#include "evaluate/RunHeader.h"
#include "models/Detector.h"

#include <cstdint>
#include <functional>
#include <set>
#include <string>
#include <vector>

namespace fakelens {

// A dataset run: evaluateFace() on every image of a (shard of a) dataset, each image's record
// appended to the results file as soon as it is known, so that a killed run loses at most the
// image in progress and --resume skips the finished ones.
//
// Per image: unreadable files and images under a "real" folder are recorded as skipped
// (the latter after scoring them, which costs one inference and shows the detector's view);
// the others are scored and, when the detector calls them fake, explained and attacked. Images
// without a fake/real folder are treated as presumed fakes, as the paper's protocol evaluates
// explanations of "fake" verdicts. The face is taken as FaceInput says (by default: face crops
// whole, full frames through the face detector, see FaceExtractor.h); the image's
// "<stem>_mask.png", when present, is brought into the face's geometry and feeds the
// localisation metric.
class DatasetEvaluator {
public:
    // Called after each finished image with its record and the count done so far.
    using ImageCallback = std::function<void(const ImageResult& result, int done, int total)>;

    DatasetEvaluator(Detector& detector, std::vector<std::string> methods, EvaluationSettings settings,
                     FaceInput faceInput = FaceInput::Auto);

    // The seed of one image: the run seed mixed with the FNV-1a hash of its relative path, so
    // that an image's result does not depend on the shard or the order it was evaluated in.
    static std::uint64_t imageSeed(std::uint64_t runSeed, const std::string& relativePath);

    // A folder to write each attacked image to ("<relative path>.<method>.top<k>.png"); empty =
    // do not write them.
    void setAttackedImagesFolder(const std::string& folder) { attackedFolder_ = folder; }

    // Evaluates the items whose relative path is not in `finished`, appending each record to
    // `writer`. Throws CancelledError when cancelled (the finished images are in the file).
    void run(const std::vector<DatasetItem>& items, const std::set<std::string>& finished,
             ResultsFileWriter& writer, ProgressReporter progress = {}, CancelToken cancel = {},
             const ImageCallback& onImage = {});

    // The results file's header for a run of this evaluator over `root` (model SHA-256,
    // FakeLens version, every parameter).
    RunHeader makeHeader(const std::string& root, const ShardSpec& shard, int imageCount,
                         int datasetImageCount) const;

    // One image's record (no file involved).
    ImageResult evaluateItem(const DatasetItem& item, ProgressReporter progress = {}, CancelToken cancel = {});

    const std::vector<std::string>& methods() const { return methods_; }
    const EvaluationSettings& settings() const { return settings_; }

private:
    void writeAttackedImages(const DatasetItem& item, const FaceEvaluation& evaluation) const;

    Detector& detector_;
    std::vector<std::string> methods_;
    EvaluationSettings settings_;
    std::string attackedFolder_;
    FaceExtractor faces_;
};

} // namespace fakelens
