#include "evaluate/CalibrationRecord.h"

#include "core/Error.h"
#include "core/JsonNumber.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <limits>

namespace fakelens {

namespace {

constexpr const char* kFormat = "fakelens-calibration";
constexpr int kFormatVersion = 1;

double numberFrom(const QJsonValue& v) {
    return v.isDouble() ? v.toDouble() : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

QString calibrationRecordPath(const QString& modelFile) {
    return modelFile + QStringLiteral(".calibration.json");
}

QJsonObject calibrationRecordToJson(const CalibrationRecord& r) {
    QJsonObject o;
    o["format"] = kFormat;
    o["format_version"] = kFormatVersion;
    o["fakelens_version"] = r.fakelensVersion;
    o["created"] = r.created;
    o["dataset"] = QJsonObject{{"name", r.datasetName},
                               {"path", r.datasetPath},
                               {"sha256", r.datasetSha256},
                               {"images", r.datasetImages}};
    o["model"] = QJsonObject{{"name", r.modelName}, {"file", r.modelFile}, {"sha256", r.modelSha256}};
    o["face_input"] = r.faceInput;
    o["faces"] = QJsonObject{{"fake", r.fakeFaces}, {"real", r.realFaces}};
    o["skipped"] = QJsonObject{{"no_face", r.skippedNoFace},
                               {"unreadable", r.skippedUnreadable},
                               {"unlabelled", r.unlabelled}};
    o["auc"] = jsonNumberOrNull(r.auc);
    o["at_threshold"] = QJsonObject{{"threshold", r.threshold},
                                    {"true_positives", r.counts.truePositives},
                                    {"false_negatives", r.counts.falseNegatives},
                                    {"false_positives", r.counts.falsePositives},
                                    {"true_negatives", r.counts.trueNegatives},
                                    {"tpr", jsonNumberOrNull(r.counts.tpr())},
                                    {"fpr", jsonNumberOrNull(r.counts.fpr())}};
    QJsonArray bins;
    for (const ReliabilityBin& b : r.reliability)
        bins.append(QJsonObject{{"low", b.low},
                                {"high", b.high},
                                {"count", b.count},
                                {"fake", b.fakes},
                                {"mean_score", jsonNumberOrNull(b.meanScore)},
                                {"fraction_fake", jsonNumberOrNull(b.fractionFake)}});
    o["reliability"] = bins;
    QJsonObject band{{"precision", r.bandPrecision}, {"applied", false}};
    band["low"] = r.proposedInconclusiveBand ? QJsonValue(r.proposedInconclusiveBand->low) : QJsonValue();
    band["high"] = r.proposedInconclusiveBand ? QJsonValue(r.proposedInconclusiveBand->high) : QJsonValue();
    o["proposed_inconclusive_band"] = band;
    return o;
}

CalibrationRecord calibrationRecordFromJson(const QJsonObject& o, const QString& source) {
    if (o.value("format").toString() != QLatin1String(kFormat))
        throw Error(ErrorCode::CorruptData, source.toStdString(), "not a FakeLens calibration record");
    if (o.value("format_version").toInt() != kFormatVersion)
        throw Error(ErrorCode::CorruptData, source.toStdString(),
                    "calibration record format version " + std::to_string(o.value("format_version").toInt()) +
                        " is not supported (expected " + std::to_string(kFormatVersion) + ")");
    CalibrationRecord r;
    r.fakelensVersion = o.value("fakelens_version").toString();
    r.created = o.value("created").toString();
    const QJsonObject dataset = o.value("dataset").toObject();
    r.datasetName = dataset.value("name").toString();
    r.datasetPath = dataset.value("path").toString();
    r.datasetSha256 = dataset.value("sha256").toString();
    r.datasetImages = dataset.value("images").toInt();
    const QJsonObject model = o.value("model").toObject();
    r.modelName = model.value("name").toString();
    r.modelFile = model.value("file").toString();
    r.modelSha256 = model.value("sha256").toString();
    if (r.modelSha256.isEmpty())
        throw Error(ErrorCode::CorruptData, source.toStdString(), "the record names no model SHA-256");
    r.faceInput = o.value("face_input").toString();
    r.fakeFaces = o.value("faces").toObject().value("fake").toInt();
    r.realFaces = o.value("faces").toObject().value("real").toInt();
    const QJsonObject skipped = o.value("skipped").toObject();
    r.skippedNoFace = skipped.value("no_face").toInt();
    r.skippedUnreadable = skipped.value("unreadable").toInt();
    r.unlabelled = skipped.value("unlabelled").toInt();
    r.auc = numberFrom(o.value("auc"));
    const QJsonObject t = o.value("at_threshold").toObject();
    r.threshold = t.value("threshold").toDouble(0.5);
    r.counts.truePositives = t.value("true_positives").toInt();
    r.counts.falseNegatives = t.value("false_negatives").toInt();
    r.counts.falsePositives = t.value("false_positives").toInt();
    r.counts.trueNegatives = t.value("true_negatives").toInt();
    if (r.counts.truePositives + r.counts.falseNegatives != r.fakeFaces ||
        r.counts.falsePositives + r.counts.trueNegatives != r.realFaces)
        throw Error(ErrorCode::CorruptData, source.toStdString(), "the counts at the threshold do not add up to the faces");
    for (const QJsonValue& v : o.value("reliability").toArray()) {
        const QJsonObject b = v.toObject();
        ReliabilityBin bin;
        bin.low = b.value("low").toDouble();
        bin.high = b.value("high").toDouble();
        bin.count = b.value("count").toInt();
        bin.fakes = b.value("fake").toInt();
        bin.meanScore = numberFrom(b.value("mean_score"));
        bin.fractionFake = numberFrom(b.value("fraction_fake"));
        r.reliability.push_back(bin);
    }
    const QJsonObject band = o.value("proposed_inconclusive_band").toObject();
    r.bandPrecision = band.value("precision").toDouble(0.8);
    if (band.value("low").isDouble() && band.value("high").isDouble())
        r.proposedInconclusiveBand = ScoreBand{band.value("low").toDouble(), band.value("high").toDouble()};
    return r;
}

void checkCalibrationDestination(const QString& path) {
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir())
        throw Error(ErrorCode::FileUnwritable, path.toStdString(), "the folder does not exist");
    // A folder whose mode grants nobody write access (a read-only data or evidence share) is
    // read-only for root too, who would otherwise pass the access() check.
    const QFileDevice::Permissions anyWrite = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    if (!folder.isWritable() || !(folder.permissions() & anyWrite))
        throw Error(ErrorCode::FileUnwritable, path.toStdString(), "the folder is not writable");
    if (info.isDir())
        throw Error(ErrorCode::FileUnwritable, path.toStdString(), "is a folder");
    if (info.exists() && !info.isWritable())
        throw Error(ErrorCode::FileUnwritable, path.toStdString(), "the file is not writable");
}

void writeCalibrationRecord(const CalibrationRecord& record, const QString& path) {
    checkCalibrationDestination(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(ErrorCode::FileUnwritable, path.toStdString(), file.errorString().toStdString());
    file.write(QJsonDocument(calibrationRecordToJson(record)).toJson(QJsonDocument::Indented));
    if (!file.commit())
        throw Error(ErrorCode::FileUnwritable, path.toStdString(), file.errorString().toStdString());
}

CalibrationRecord loadCalibrationRecord(const QString& path, const QString& modelSha256) {
    QFile file(path);
    if (!file.exists())
        throw Error(ErrorCode::FileNotFound, path.toStdString(), "no calibration record");
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::FileUnreadable, path.toStdString(), file.errorString().toStdString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        throw Error(ErrorCode::CorruptData, path.toStdString(),
                    "not a JSON object: " + parseError.errorString().toStdString());
    CalibrationRecord record = calibrationRecordFromJson(document.object(), path);
    if (record.modelSha256.compare(modelSha256, Qt::CaseInsensitive) != 0)
        throw Error(ErrorCode::InvalidArgument, path.toStdString(),
                    "this calibration record is for another model file (" + record.modelFile.toStdString() +
                        ", SHA-256 " + record.modelSha256.toStdString() + "), not for this one (SHA-256 " +
                        (modelSha256.isEmpty() ? std::string("unknown") : modelSha256.toStdString()) +
                        "); recalibrate this model");
    return record;
}

std::optional<CalibrationRecord> findCalibrationRecord(const QString& modelFile, const QString& modelSha256,
                                                       QString* problem) {
    if (problem)
        problem->clear();
    const QString path = calibrationRecordPath(modelFile);
    if (modelFile.isEmpty() || !QFileInfo(path).isFile())
        return std::nullopt;
    try {
        return loadCalibrationRecord(path, modelSha256);
    } catch (const Error& e) {
        if (problem)
            *problem = QString::fromStdString(e.what());
        return std::nullopt;
    }
}

} // namespace fakelens
