#include "models/DetectorFactory.h"

#include "core/DataPaths.h"
#include "core/Error.h"
#include "models/KerasWeights.h"
#include "models/MesoNetBuilder.h"
#include "models/TorchBackend.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstring>

namespace fakelens {

namespace {

enum class ModelFormat { KerasHdf5, TorchScriptZip, Unknown };

ModelFormat sniffFormat(const std::string& path) {
    QFile file(QString::fromStdString(path));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::FileUnreadable, path, "cannot open the model file");
    const QByteArray head = file.read(8);
    if (head.startsWith("\x89HDF\r\n\x1a\n"))
        return ModelFormat::KerasHdf5;
    if (head.startsWith("PK\x03\x04"))
        return ModelFormat::TorchScriptZip;
    return ModelFormat::Unknown;
}

} // namespace

DeviceChoice parseDeviceChoice(const std::string& text) {
    if (text == "auto")
        return DeviceChoice::Auto;
    if (text == "cpu")
        return DeviceChoice::Cpu;
    if (text == "cuda" || text == "gpu")
        return DeviceChoice::Cuda;
    throw Error(ErrorCode::InvalidArgument, "--device", "must be auto, cpu or cuda, not '" + text + "'");
}

std::string defaultCardPath(const std::string& modelPath) {
    const QFileInfo info(QString::fromStdString(modelPath));
    return info.dir().filePath(info.completeBaseName() + ".json").toStdString();
}

std::string defaultModelPath() {
    for (const std::string& dir : dataDirectories()) {
        for (const char* name : {"models/Meso4_DF.h5", "models/Meso4_DF.pt"}) {
            const std::string candidate = dir + "/" + name;
            if (QFileInfo::exists(QString::fromStdString(candidate)))
                return candidate;
        }
    }
    return {};
}

std::unique_ptr<Detector> loadDetector(const std::string& modelPath, const DetectorOptions& options) {
    const QFileInfo info(QString::fromStdString(modelPath));
    if (modelPath.empty())
        throw Error(ErrorCode::FileNotFound, "model",
                    "no model given and none installed (run packaging/setup.sh or pass --model)");
    if (!info.exists())
        throw Error(ErrorCode::FileNotFound, modelPath, "model file not found");
    if (!info.isFile())
        throw Error(ErrorCode::FileUnreadable, modelPath, "model path is not a file");
    if (info.size() == 0)
        throw Error(ErrorCode::EmptyFile, modelPath, "model file is empty (0 bytes)");
    if (options.batchSize < 0)
        throw Error(ErrorCode::InvalidArgument, "batch size", "must be 0 (automatic) or more");

    switch (sniffFormat(modelPath)) {
    case ModelFormat::KerasHdf5: {
        // A card would be ignored here, and an examiner who gave one believes it is in use.
        if (!options.cardPath.empty())
            throw Error(ErrorCode::InvalidArgument, "--card",
                        "applies to a TorchScript .pt model; a Keras .h5 MesoNet has its card built in (" +
                            modelPath + ")");
        const KerasWeights weights = KerasWeights::read(modelPath);
        const NetworkDefinition network = buildMesoNet(weights, modelPath);
        ModelCard card = mesoNetCard(info.completeBaseName().toStdString());
        return createNativeDetector(network, card, modelPath, options);
    }
    case ModelFormat::TorchScriptZip: {
        const std::string cardPath = options.cardPath.empty() ? defaultCardPath(modelPath) : options.cardPath;
        if (!QFileInfo::exists(QString::fromStdString(cardPath)))
            throw Error(ErrorCode::ModelCardInvalid, modelPath,
                        "no model card found (expected " + cardPath + "; see README, 'Model cards')");
        const ModelCard card = ModelCard::fromFile(cardPath);
        return createTorchScriptDetector(modelPath, card, options);
    }
    case ModelFormat::Unknown:
        break;
    }
    throw Error(ErrorCode::ModelInvalid, modelPath,
                "not a TorchScript (.pt) archive or a Keras HDF5 (.h5) weight file");
}

} // namespace fakelens
