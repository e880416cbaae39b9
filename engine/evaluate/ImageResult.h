#pragma once

#include "evaluate/DatasetScanner.h"
#include "evaluate/FaceEvaluator.h"

#include <QJsonObject>

#include <string>
#include <vector>

namespace fakelens {

// Why an image of a dataset run was not attacked.
namespace skip {
constexpr const char* kRealLabel = "real-label";       // under a "real" folder: not a fake to explain
constexpr const char* kDetectorReal = "detector-real"; // the detector does not call it fake
constexpr const char* kUnreadable = "unreadable";      // the file could not be read or decoded
constexpr const char* kNoFace = "no-face";             // face detection found no face in the frame
} // namespace skip

// One attack of a results-file record (AttackOutcome without the image). Doubles that may be
// undefined are NaN in memory and null in the file.
struct AttackRecord {
    int k = 0;
    double fakeProbabilityAfter = 0;
    bool stillFake = true;
    double sufficiency = 0;
    int iterations = 0;
    long long inferences = 0;
    double seconds = 0;
    double linf = 0;
    int minimalBudget = kBudgetNotMeasured;
    long long budgetInferences = 0;
    bool reused = false;      // copied from an identical attack of this face (AttackOutcome::reused)
    double localisation = 0;  // NaN without a mask
};

struct MethodRecord {
    std::string method;
    double seconds = 0;
    long long inferences = 0;
    std::vector<int> ranking;
    bool hasIntrinsic = false;
    IntrinsicMetrics intrinsic;
    std::vector<AttackRecord> attacks;
};

// The record of one finished image of a dataset run: one JSON line of the results file.
struct ImageResult {
    std::string path;          // relative to the run's root: the image's identity
    std::string label;         // "fake", "real", "unknown"
    std::string manipulation;
    bool attacked = false;
    std::string skipReason;    // one of skip::*, when not attacked
    std::string error;         // what went wrong, for unreadable images
    double fakeProbability = 0; // NaN when unreadable
    int segments = 0;
    bool hasMask = false;
    double adversarialSeconds = 0;       // the _adv methods' shared NES sample (0 when none)
    long long adversarialInferences = 0;
    double seconds = 0;
    std::vector<MethodRecord> methods;

    QJsonObject toJson() const;
    // Throws CorruptData (subject `source`) when a field is missing or of the wrong type.
    static ImageResult fromJson(const QJsonObject& object, const std::string& source);
};

// The record of an image that was evaluated (attacked or found real by the detector).
ImageResult makeImageResult(const DatasetItem& item, const FaceEvaluation& evaluation);
// The record of an image that was not evaluated.
ImageResult makeSkippedResult(const DatasetItem& item, const std::string& reason, double fakeProbability,
                              const std::string& error = {});

} // namespace fakelens
