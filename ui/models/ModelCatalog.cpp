#include "models/ModelCatalog.h"

#include "ErrorMessages.h"
#include "core/DataPaths.h"
#include "core/Error.h"
#include "models/DetectorFactory.h"
#include "models/MesoNetBuilder.h"
#include "widgets/VerdictWords.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace fakelens::ui {

QString InstalledModel::name() const {
    if (card && !card->name.empty())
        return QString::fromStdString(card->name);
    return QFileInfo(path).completeBaseName();
}

bool InstalledModel::isKeras() const { return path.endsWith(QLatin1String(".h5"), Qt::CaseInsensitive); }

QString ModelCatalog::userModelFolder() {
    return QDir(QString::fromStdString(userDataDirectory())).filePath(QStringLiteral("models"));
}

QVector<InstalledModel> ModelCatalog::scan() {
    QVector<InstalledModel> models;
    QSet<QString> seenFolders;
    const QString userFolder = QFileInfo(userModelFolder()).absoluteFilePath();
    for (const std::string& dir : dataDirectories()) {
        const QDir folder(QDir(QString::fromStdString(dir)).filePath(QStringLiteral("models")));
        const QString absolute = folder.absolutePath();
        if (!folder.exists() || seenFolders.contains(absolute))
            continue;
        seenFolders.insert(absolute);
        const QFileInfoList files =
            folder.entryInfoList({QStringLiteral("*.h5"), QStringLiteral("*.pt")}, QDir::Files, QDir::Name);
        for (const QFileInfo& file : files) {
            InstalledModel model;
            model.path = file.absoluteFilePath();
            model.folder = absolute;
            model.userInstalled = absolute == userFolder;
            try {
                if (model.isKeras()) {
                    model.card = mesoNetCard(file.completeBaseName().toStdString());
                } else {
                    model.cardPath = QString::fromStdString(defaultCardPath(model.path.toStdString()));
                    if (!QFileInfo::exists(model.cardPath))
                        throw Error(ErrorCode::ModelCardInvalid, model.path.toStdString(),
                                    "no model card beside it (" + QFileInfo(model.cardPath).fileName().toStdString() + ")");
                    model.card = ModelCard::fromFile(model.cardPath.toStdString());
                }
            } catch (const Error& error) {
                model.problem = ErrorMessages::describe(error);
            }
            models.push_back(model);
        }
    }
    return models;
}

QString ModelCatalog::install(const QString& modelFile, const QString& cardFile, bool overwrite) {
    const QFileInfo source(modelFile);
    const bool keras = modelFile.endsWith(QLatin1String(".h5"), Qt::CaseInsensitive);
    const bool torch = modelFile.endsWith(QLatin1String(".pt"), Qt::CaseInsensitive);
    if (!keras && !torch)
        throw Error(ErrorCode::UnsupportedFormat, modelFile.toStdString(),
                    "a model is a TorchScript .pt file with a model card or a Keras .h5 weight file");
    // Loading is the check: the engine refuses a damaged file or card naming the problem.
    DetectorOptions options;
    options.device = DeviceChoice::Cpu;
    options.cardPath = cardFile.toStdString();
    loadDetector(modelFile.toStdString(), options);

    const QDir target(userModelFolder());
    if (!QDir().mkpath(target.absolutePath()))
        throw Error(ErrorCode::FileUnwritable, target.absolutePath().toStdString(), "cannot create the folder");
    const QString destination = target.filePath(source.fileName());
    const QString card = torch ? (cardFile.isEmpty() ? QString::fromStdString(defaultCardPath(modelFile.toStdString()))
                                                     : cardFile)
                               : QString();
    const QString cardDestination = target.filePath(source.completeBaseName() + QStringLiteral(".json"));
    if (QFileInfo(destination).absoluteFilePath() == source.absoluteFilePath())
        return destination; // already installed here
    if (QFileInfo::exists(destination) && !overwrite)
        throw Error(ErrorCode::FileUnwritable, destination.toStdString(), "a model of this name is already installed");
    auto copy = [](const QString& from, const QString& to) {
        QFile::remove(to + QStringLiteral(".part"));
        if (!QFile::copy(from, to + QStringLiteral(".part")))
            throw Error(ErrorCode::FileUnwritable, to.toStdString(), "the file could not be copied");
        QFile::remove(to);
        if (!QFile::rename(to + QStringLiteral(".part"), to))
            throw Error(ErrorCode::FileUnwritable, to.toStdString(), "the file could not be copied");
    };
    if (torch && QFileInfo(card).absoluteFilePath() != QFileInfo(cardDestination).absoluteFilePath())
        copy(card, cardDestination);
    copy(modelFile, destination);
    return destination;
}

void ModelCatalog::remove(const InstalledModel& model) {
    if (!model.userInstalled)
        throw Error(ErrorCode::FileUnwritable, model.path.toStdString(),
                    "only models in the user's own folder can be removed here");
    if (!QFile::remove(model.path))
        throw Error(ErrorCode::FileUnwritable, model.path.toStdString(), "the file could not be deleted");
    if (!model.cardPath.isEmpty())
        QFile::remove(model.cardPath);
}

QString ModelCatalog::describe(const InstalledModel& model) {
    QStringList lines;
    lines << tr("File: %1").arg(QDir::toNativeSeparators(model.path));
    lines << (model.isKeras() ? tr("Format: Keras .h5 weights (native MesoNet, built-in card)")
                              : tr("Format: TorchScript .pt, card %1").arg(QDir::toNativeSeparators(model.cardPath)));
    if (!model.card) {
        lines << tr("Not usable: %1").arg(model.problem);
        return lines.join(QLatin1Char('\n'));
    }
    const ModelCard& card = *model.card;
    if (!card.description.empty())
        lines << tr("Description: %1").arg(QString::fromStdString(card.description));
    lines << tr("Input: %1 × %2 px, %3").arg(card.inputWidth).arg(card.inputHeight)
                 .arg(card.channelOrder == ChannelOrder::RGB ? QStringLiteral("RGB") : QStringLiteral("BGR"));
    lines << tr("Normalisation: pixel × %1 − mean (%2, %3, %4), ÷ std (%5, %6, %7)")
                 .arg(card.scale, 0, 'g', 6)
                 .arg(card.mean[0]).arg(card.mean[1]).arg(card.mean[2])
                 .arg(card.std[0]).arg(card.std[1]).arg(card.std[2]);
    lines << tr("Output: %1").arg(QString::fromLatin1(outputKindName(card.output)));
    lines << tr("Fake when P(fake) ≥ %1").arg(card.threshold);
    if (card.hasInconclusiveBand)
        lines << VerdictWords::band(card);
    lines << (card.crop == CropPolicy::MesoNet ? tr("Face crop: MesoNet (centred on the nose, upright)")
                                               : tr("Face crop: detector box + %1 % on each side").arg(card.cropMargin * 100));
    return lines.join(QLatin1Char('\n'));
}

} // namespace fakelens::ui
