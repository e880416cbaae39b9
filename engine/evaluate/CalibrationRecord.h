#pragma once

#include "evaluate/CalibrationMetrics.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace fakelens {

// A model's measured error rates on a labelled dataset (`fakelens-cli calibrate`, issue 18),
// kept beside the model file as "<model file>.calibration.json": one record per model file,
// recalibrating replaces it. The model's SHA-256 ties the record to the exact weights, so a
// record copied beside another model (or left behind when the file was replaced) is refused.
struct CalibrationRecord {
    QString fakelensVersion;
    QString created;          // ISO 8601, UTC

    QString datasetName;      // the dataset folder's name ("df")
    QString datasetPath;      // its absolute path when calibrated (for the reader; not checked)
    QString datasetSha256;    // see Calibrator.h: sorted relative paths and each file's SHA-256
    int datasetImages = 0;    // images found under the fake/real folders and elsewhere

    QString modelName;        // the card's name
    QString modelFile;        // absolute path when calibrated
    QString modelSha256;      // of the model file (lower-case hex)
    QString faceInput;        // how faces were taken (faceInputDescription())

    int fakeFaces = 0;        // scored faces per class
    int realFaces = 0;
    int skippedNoFace = 0;    // images without a face (FaceInput::Detect)
    int skippedUnreadable = 0;
    int unlabelled = 0;       // images under no fake/real folder: not counted

    double auc = 0;           // ROC AUC (Mann-Whitney, ties half); NaN when a class is empty
    double threshold = 0.5;   // the card's threshold the counts are taken at
    ThresholdCounts counts;
    std::vector<ReliabilityBin> reliability;
    double bandPrecision = 0.8;
    std::optional<ScoreBand> proposedInconclusiveBand; // a proposal only: nothing applies it

    int faces() const { return fakeFaces + realFaces; }
};

// "<model file>.calibration.json".
QString calibrationRecordPath(const QString& modelFile);

QJsonObject calibrationRecordToJson(const CalibrationRecord& record);
// Throws Error(CorruptData) naming `source` when the object is not a calibration record.
CalibrationRecord calibrationRecordFromJson(const QJsonObject& object, const QString& source = QStringLiteral("calibration record"));

// Throws Error(FileUnwritable) saying why a record could not be written to `path` (folder
// missing or not writable, a folder in its place): checked before the dataset is scored.
void checkCalibrationDestination(const QString& path);

// Writes the record atomically (QSaveFile: an earlier record stays intact until the new one is
// complete). Throws Error(FileUnwritable) saying why (folder missing or not writable).
void writeCalibrationRecord(const CalibrationRecord& record, const QString& path);

// Reads a record and refuses it (Error InvalidArgument, saying for which model it was made)
// unless its model SHA-256 is `modelSha256`. Throws FileNotFound / CorruptData otherwise.
CalibrationRecord loadCalibrationRecord(const QString& path, const QString& modelSha256);

// The record beside `modelFile` for the model whose SHA-256 is `modelSha256`; empty when there
// is none or it was refused, with the reason in `problem` (empty when there simply is none).
std::optional<CalibrationRecord> findCalibrationRecord(const QString& modelFile, const QString& modelSha256,
                                                       QString* problem = nullptr);

} // namespace fakelens
