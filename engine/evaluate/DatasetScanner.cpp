#include "evaluate/DatasetScanner.h"

#include "core/Error.h"
#include "evaluate/Localisation.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace fakelens {

namespace {

bool isImageFile(const QString& path) {
    static const QSet<QString> extensions = {"png", "jpg", "jpeg", "bmp", "webp", "tif", "tiff"};
    return extensions.contains(QFileInfo(path).suffix().toLower());
}

// Fills label and manipulation from the folders of an absolute path.
void labelFromFolders(const QString& absolutePath, DatasetItem& item) {
    const QStringList parts = QDir::cleanPath(absolutePath).split('/', Qt::SkipEmptyParts);
    // The last part is the file name; look at the folders from the innermost outwards.
    for (int i = int(parts.size()) - 2; i >= 0; --i) {
        const DatasetLabel label = parseDatasetLabel(parts[i].toLower().toStdString());
        if (label == DatasetLabel::Unknown)
            continue;
        item.label = label;
        item.manipulation = i > 0 ? parts[i - 1].toStdString() : std::string("unlabelled");
        return;
    }
    item.label = DatasetLabel::Unknown;
    item.manipulation = "unlabelled";
}

DatasetItem makeItem(const QString& absolutePath, const QDir& root) {
    DatasetItem item;
    item.absolutePath = absolutePath.toStdString();
    item.relativePath = root.relativeFilePath(absolutePath).toStdString();
    labelFromFolders(absolutePath, item);
    const std::string mask = manipulationMaskPath(item.absolutePath);
    if (QFileInfo(QString::fromStdString(mask)).isFile())
        item.maskPath = mask;
    return item;
}

} // namespace

const char* datasetLabelName(DatasetLabel label) {
    switch (label) {
    case DatasetLabel::Fake: return "fake";
    case DatasetLabel::Real: return "real";
    case DatasetLabel::Unknown: break;
    }
    return "unknown";
}

DatasetLabel parseDatasetLabel(const std::string& name) {
    if (name == "fake")
        return DatasetLabel::Fake;
    if (name == "real")
        return DatasetLabel::Real;
    return DatasetLabel::Unknown;
}

ShardSpec parseShardSpec(const std::string& text) {
    const QStringList parts = QString::fromStdString(text).split('/');
    bool okIndex = false, okCount = false;
    ShardSpec shard;
    if (parts.size() == 2) {
        shard.index = parts[0].trimmed().toInt(&okIndex);
        shard.count = parts[1].trimmed().toInt(&okCount);
    }
    if (!okIndex || !okCount || shard.count < 1 || shard.index < 0 || shard.index >= shard.count)
        throw Error(ErrorCode::InvalidArgument, "--shard",
                    "must be I/N with 0 <= I < N (e.g. 0/4 .. 3/4), not '" + text + "'");
    return shard;
}

std::string datasetRoot(const std::string& path) {
    const QFileInfo info(QString::fromStdString(path));
    return (info.isDir() ? QDir(info.absoluteFilePath()).absolutePath() : info.absolutePath()).toStdString();
}

std::vector<DatasetItem> scanDataset(const std::string& path, int* ignoredFiles) {
    const QFileInfo info(QString::fromStdString(path));
    if (!info.exists())
        throw Error(ErrorCode::FileNotFound, path, "no such file or folder");
    const QDir root(QString::fromStdString(datasetRoot(path)));
    int ignored = 0;
    std::vector<DatasetItem> items;
    if (info.isFile()) {
        if (isImageFile(info.absoluteFilePath()))
            items.push_back(makeItem(info.absoluteFilePath(), root));
        else
            ++ignored;
    } else {
        QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::NoDotAndDotDot | QDir::Readable,
                        QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
        while (it.hasNext()) {
            const QString file = it.next();
            if (!isImageFile(file)) {
                ++ignored;
                continue;
            }
            if (isManipulationMaskFile(file.toStdString()))
                continue;
            items.push_back(makeItem(QFileInfo(file).absoluteFilePath(), root));
        }
    }
    std::sort(items.begin(), items.end(),
              [](const DatasetItem& a, const DatasetItem& b) { return a.relativePath < b.relativePath; });
    if (ignoredFiles)
        *ignoredFiles = ignored;
    return items;
}

std::vector<DatasetItem> selectShard(const std::vector<DatasetItem>& items, const ShardSpec& shard) {
    if (shard.count < 1 || shard.index < 0 || shard.index >= shard.count)
        throw Error(ErrorCode::InvalidArgument, "shard", "index must be in [0, count)");
    std::vector<DatasetItem> selected;
    for (size_t i = size_t(shard.index); i < items.size(); i += size_t(shard.count))
        selected.push_back(items[i]);
    return selected;
}

} // namespace fakelens
