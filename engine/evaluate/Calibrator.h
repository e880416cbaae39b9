#pragma once

#include "core/CancelToken.h"
#include "core/Progress.h"
#include "evaluate/CalibrationRecord.h"
#include "evaluate/FaceExtractor.h"

#include <string>

namespace fakelens {

class Detector;

// Measures a model's error rates on a labelled folder tree (issue 18): every image under a
// fake/ or real/ folder is read exactly as `evaluate` reads it (scanDataset(), FaceExtractor,
// Detector::scoreCrops() one image at a time, as `detect` scores a face), and the scores become
// a CalibrationRecord: faces per class, ROC AUC, the counts at the card's threshold, the
// reliability table and the proposed inconclusive band. Images under no fake/real folder are
// counted as unlabelled and left out; unreadable images and (Detect) images without a face are
// counted as skipped.
//
// Dataset hash: SHA-256 over, for each scanned image in sorted relative-path order,
// "<relative path>\n<file SHA-256>\n" -- the same files under the same names give the same hash
// wherever the folder lies. Model hash: the model file's SHA-256 (an ensemble has no single file
// to keep a record beside and is refused).
class Calibrator {
public:
    explicit Calibrator(Detector& detector, FaceInput faceInput = FaceInput::Auto);

    // Progress stages "hash" (model and dataset files) and "score". Throws Error (a missing
    // folder, no labelled image, an ensemble) and CancelledError.
    CalibrationRecord run(const std::string& datasetPath, ProgressReporter progress = {}, CancelToken cancel = {});

private:
    Detector& detector_;
    FaceExtractor faces_;
};

} // namespace fakelens
