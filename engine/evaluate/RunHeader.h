#pragma once

#include "evaluate/DatasetScanner.h"
#include "evaluate/EvaluationSettings.h"
#include "models/Detector.h"

#include <QJsonObject>

#include <string>
#include <vector>

namespace fakelens {

// The first record of a results file: what was run, with what, by which FakeLens. The
// `parameters` decide the results; resuming and merging require them to be identical, while
// the rest (version, time, root folder, shard) only describes the run.
struct RunHeader {
    QJsonObject parameters;            // see makeRunParameters()
    std::string fakelensVersion;
    std::string created;               // ISO 8601, UTC
    std::string root;                  // the dataset folder relative paths refer to
    std::string modelPath;
    ShardSpec shard;
    int imageCount = 0;                // images in this shard
    int datasetImageCount = 0;         // images in the whole dataset

    // Convenience views of `parameters`.
    std::vector<std::string> methods() const;  // the explanation methods, display names
    bool randomBaseline() const;
    int topK() const;
    int maxBudget() const;                     // largest delta in 1/255 units

    QJsonObject toJson() const;
    static RunHeader fromJson(const QJsonObject& object, const std::string& source); // CorruptData
};

// Everything that decides a run's results: methods, top-k, seeds, every setting of the
// attacks, explainers and segmentation, the detector's name, threshold and model SHA-256, and
// how faces are taken from images.
QJsonObject makeRunParameters(const std::vector<std::string>& methods, const EvaluationSettings& settings,
                              const Detector& detector, const std::string& modelSha256,
                              const std::string& faceInput);

// SHA-256 (hex) of a file's bytes; empty when `path` is not a readable file (e.g. a test model).
std::string fileSha256(const std::string& path);

// The first key in which two parameter sets differ ("" when equal), for error messages; keys of
// nested settings are dotted ("model.sha256", "explainer.lime_samples").
std::string firstDifference(const QJsonObject& a, const QJsonObject& b);

// The value of a (dotted) key of `parameters` as short text for messages ("(absent)" if none).
std::string parameterText(const QJsonObject& parameters, const std::string& dottedKey);

} // namespace fakelens
