#include "evaluate/Calibrator.h"

#include "core/Error.h"
#include "core/FileHash.h"
#include "core/Version.h"
#include "evaluate/DatasetScanner.h"
#include "media/ImageLoader.h"
#include "models/Detector.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace fakelens {

namespace {
constexpr int kReliabilityBins = 10;
constexpr double kBandPrecision = 0.8;
} // namespace

Calibrator::Calibrator(Detector& detector, FaceInput faceInput) : detector_(detector), faces_(faceInput) {}

CalibrationRecord Calibrator::run(const std::string& datasetPath, ProgressReporter progress, CancelToken cancel) {
    const std::vector<std::string> modelFiles = detector_.modelFiles();
    if (modelFiles.size() != 1 || !QFileInfo(QString::fromStdString(modelFiles.front())).isFile())
        throw Error(ErrorCode::InvalidArgument, detector_.modelPath(),
                    "calibrate one model file at a time (an ensemble or a model not loaded from a file has no "
                    "file to keep its record beside)");
    const std::vector<DatasetItem> items = scanDataset(datasetPath);
    int fakeImages = 0, realImages = 0;
    for (const DatasetItem& item : items) {
        fakeImages += item.label == DatasetLabel::Fake ? 1 : 0;
        realImages += item.label == DatasetLabel::Real ? 1 : 0;
    }
    if (fakeImages + realImages == 0)
        throw Error(ErrorCode::InvalidArgument, datasetPath,
                    "no image under a folder named fake or real: nothing to calibrate on");
    // A record of one class would be quoted in reports as "misses n/a of fakes": refused before
    // minutes of scoring.
    if (fakeImages == 0 || realImages == 0)
        throw Error(ErrorCode::InvalidArgument, datasetPath,
                    "calibration needs images of both classes, under a fake and a real folder; found " +
                        std::to_string(fakeImages) + " fake and " + std::to_string(realImages) + " real");

    CalibrationRecord record;
    record.fakelensVersion = QString::fromLatin1(kVersion);
    record.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QString root = QFileInfo(QString::fromStdString(datasetRoot(datasetPath))).absoluteFilePath();
    record.datasetPath = QDir::cleanPath(root);
    record.datasetName = QFileInfo(record.datasetPath).fileName();
    record.datasetImages = int(items.size());
    record.modelName = QString::fromStdString(detector_.card().name);
    record.modelFile = QFileInfo(QString::fromStdString(modelFiles.front())).absoluteFilePath();
    record.faceInput = QString::fromStdString(faceInputDescription(faces_.input()));
    record.threshold = detector_.card().threshold;
    record.bandPrecision = kBandPrecision;

    // Hashing reads every file once more; scoring dominates, so it gets most of the bar.
    const ProgressReporter hashing = progress.sub(0.0, 0.1);
    record.modelSha256 = sha256OfFile(record.modelFile, {}, cancel);
    QCryptographicHash datasetHash(QCryptographicHash::Sha256);
    for (size_t i = 0; i < items.size(); ++i) {
        hashing.report(double(i) / double(items.size()), "hash");
        const QString sha = sha256OfFile(QString::fromStdString(items[i].absolutePath), {}, cancel);
        datasetHash.addData(QByteArray::fromStdString(items[i].relativePath + "\n" + sha.toStdString() + "\n"));
    }
    record.datasetSha256 = QString::fromLatin1(datasetHash.result().toHex());

    std::vector<double> fakeScores, realScores;
    const ProgressReporter scoring = progress.sub(0.1, 1.0);
    for (size_t i = 0; i < items.size(); ++i) {
        cancel.throwIfCancelled();
        scoring.report(double(i) / double(items.size()), "score");
        const DatasetItem& item = items[i];
        if (item.label == DatasetLabel::Unknown) {
            ++record.unlabelled;
            continue;
        }
        LoadedImage image;
        try {
            image = loadImage(item.absolutePath);
        } catch (const CancelledError&) {
            throw;
        } catch (const Error&) {
            ++record.skippedUnreadable;
            continue;
        }
        const ExtractedFace face = faces_.extract(image.rgb, cv::Mat(), detector_.card());
        if (!face.found) {
            ++record.skippedNoFace;
            continue;
        }
        // One image per call, as `detect` scores it: the same score to the last bit.
        const double p = detector_.scoreCrops({face.face}).at(0);
        (item.label == DatasetLabel::Fake ? fakeScores : realScores).push_back(p);
    }
    scoring.report(1.0, "score");

    if (fakeScores.empty() || realScores.empty())
        throw Error(ErrorCode::InvalidArgument, datasetPath,
                    std::string("no face was found in any ") + (fakeScores.empty() ? "fake" : "real") +
                        " image, so the error rates of that class cannot be measured; no record was written");
    record.fakeFaces = int(fakeScores.size());
    record.realFaces = int(realScores.size());
    record.auc = rocAuc(fakeScores, realScores);
    record.counts = countAtThreshold(fakeScores, realScores, record.threshold);
    record.reliability = reliabilityTable(fakeScores, realScores, kReliabilityBins);
    record.proposedInconclusiveBand = proposedInconclusiveBand(record.reliability, kBandPrecision);
    return record;
}

} // namespace fakelens
