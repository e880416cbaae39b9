#include "evaluate/DatasetEvaluator.h"

#include "core/Error.h"
#include "core/SeededRng.h"
#include "core/Version.h"
#include "evaluate/FaceEvaluator.h"
#include "explain/ExplainerRegistry.h"
#include "media/ImageLoader.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <limits>

namespace fakelens {

DatasetEvaluator::DatasetEvaluator(Detector& detector, std::vector<std::string> methods,
                                   EvaluationSettings settings, FaceInput faceInput)
    : detector_(detector), methods_(expandMethodNames(methods, detector.supportsGradients())), settings_(std::move(settings)),
      faces_(faceInput) {}

std::uint64_t DatasetEvaluator::imageSeed(std::uint64_t runSeed, const std::string& relativePath) {
    std::uint64_t hash = 1469598103934665603ULL;
    for (unsigned char c : relativePath) {
        hash ^= c;
        hash *= 1099511628211ULL;
    }
    return SeededRng::derive(runSeed, hash);
}

RunHeader DatasetEvaluator::makeHeader(const std::string& root, const ShardSpec& shard, int imageCount,
                                       int datasetImageCount) const {
    RunHeader header;
    header.modelPath = detector_.modelPath();
    header.parameters = makeRunParameters(methods_, settings_, detector_, fileSha256(header.modelPath),
                                          faceInputDescription(faces_.input()));
    header.fakelensVersion = kVersion;
    header.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString();
    header.root = root;
    header.shard = shard;
    header.imageCount = imageCount;
    header.datasetImageCount = datasetImageCount;
    return header;
}

ImageResult DatasetEvaluator::evaluateItem(const DatasetItem& item, ProgressReporter progress, CancelToken cancel) {
    cancel.throwIfCancelled();
    LoadedImage image;
    try {
        image = loadImage(item.absolutePath);
    } catch (const CancelledError&) {
        throw;
    } catch (const Error& e) {
        return makeSkippedResult(item, skip::kUnreadable, std::numeric_limits<double>::quiet_NaN(), e.what());
    }

    cv::Mat mask;
    std::string maskError;
    if (!item.maskPath.empty() && item.label != DatasetLabel::Real) {
        try {
            mask = loadImage(item.maskPath).rgb;
        } catch (const Error& e) {
            maskError = std::string("mask ignored: ") + e.what();
        }
    }
    const ExtractedFace face = faces_.extract(image.rgb, mask, detector_.card());
    if (!face.found)
        return makeSkippedResult(item, skip::kNoFace, std::numeric_limits<double>::quiet_NaN());

    if (item.label == DatasetLabel::Real) {
        // Not a fake to explain; its score still shows how the detector does on reals.
        const double p = detector_.scoreCrops({face.face}).at(0);
        progress.report(1.0, "done");
        return makeSkippedResult(item, skip::kRealLabel, p);
    }

    EvaluationSettings settings = settings_;
    settings.seed = imageSeed(settings_.seed, item.relativePath);
    settings.keepAttackedImages = !attackedFolder_.empty();
    const FaceEvaluation evaluation = evaluateFace(detector_, face.face, methods_, settings, progress, cancel, face.mask);
    if (!attackedFolder_.empty() && evaluation.calledFake)
        writeAttackedImages(item, evaluation);
    ImageResult result = makeImageResult(item, evaluation);
    result.error = maskError;
    return result;
}

void DatasetEvaluator::run(const std::vector<DatasetItem>& items, const std::set<std::string>& finished,
                           ResultsFileWriter& writer, ProgressReporter progress, CancelToken cancel,
                           const ImageCallback& onImage) {
    std::vector<const DatasetItem*> todo;
    for (const DatasetItem& item : items)
        if (!finished.count(item.relativePath))
            todo.push_back(&item);
    const int total = int(todo.size());
    for (int i = 0; i < total; ++i) {
        const ProgressReporter part = progress.sub(double(i) / total, double(i + 1) / total);
        const ImageResult result = evaluateItem(*todo[size_t(i)], part, cancel);
        writer.append(result);
        if (onImage)
            onImage(result, i + 1, total);
    }
    progress.report(1.0, "done");
}

void DatasetEvaluator::writeAttackedImages(const DatasetItem& item, const FaceEvaluation& evaluation) const {
    const QDir folder(QString::fromStdString(attackedFolder_));
    for (const MethodEvaluation& m : evaluation.methods)
        for (const AttackOutcome& a : m.attacks) {
            if (a.attacked.empty())
                continue;
            const QString path = folder.filePath(QStringLiteral("%1.%2.top%3.png")
                                                     .arg(QString::fromStdString(item.relativePath),
                                                          QString::fromStdString(m.method))
                                                     .arg(a.k));
            if (!QDir().mkpath(QFileInfo(path).absolutePath()))
                throw Error(ErrorCode::FileUnwritable, QFileInfo(path).absolutePath().toStdString(),
                            "cannot create the folder");
            cv::Mat bgr8;
            a.attacked.convertTo(bgr8, CV_8UC3, 255.0);
            cv::cvtColor(bgr8, bgr8, cv::COLOR_RGB2BGR);
            if (!cv::imwrite(path.toStdString(), bgr8))
                throw Error(ErrorCode::FileUnwritable, path.toStdString(), "could not write the attacked image");
        }
}

} // namespace fakelens
