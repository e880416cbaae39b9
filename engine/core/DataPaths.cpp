#include "core/DataPaths.h"

#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>

namespace fakelens {

std::string userDataDirectory() {
    const auto env = QProcessEnvironment::systemEnvironment();
    QString base = env.value("XDG_DATA_HOME");
    if (base.isEmpty())
        base = QDir::homePath() + "/.local/share";
    return QDir(base).filePath("FakeLens").toStdString();
}

std::vector<std::string> dataDirectories() {
    std::vector<std::string> dirs;
    const QString explicitDir = QProcessEnvironment::systemEnvironment().value("FAKELENS_DATA_DIR");
    if (!explicitDir.isEmpty())
        dirs.push_back(explicitDir.toStdString());
    dirs.push_back(userDataDirectory());
    dirs.push_back("/usr/local/share/fakelens");
    dirs.push_back("/usr/share/fakelens");
    return dirs;
}

std::string findInstalledFile(const std::string& relative) {
    for (const std::string& dir : dataDirectories()) {
        const QString candidate = QDir(QString::fromStdString(dir)).filePath(QString::fromStdString(relative));
        if (QFileInfo(candidate).isFile())
            return candidate.toStdString();
    }
    return {};
}

} // namespace fakelens
