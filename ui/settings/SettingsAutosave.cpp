#include "settings/SettingsAutosave.h"

#include "window/MainWindow.h"

#include <QSettings>

namespace fakelens::ui {

SettingsAutosave::SettingsAutosave(MainWindow& window, QSettings& store)
    : QObject(&window), window_(window), store_(store) {
    connect(&window, &MainWindow::settingsChanged, this, &SettingsAutosave::save);
}

void SettingsAutosave::keepSessionModelOut(const QString& sessionModel, const QString& savedModel,
                                           const QStringList& savedEnsemble) {
    hasSessionModel_ = true;
    sessionModel_ = sessionModel;
    savedModel_ = savedModel;
    savedEnsemble_ = savedEnsemble;
}

AppSettings SettingsAutosave::settingsToStore() const {
    AppSettings settings = window_.settings();
    if (hasSessionModel_ && settings.modelPath == sessionModel_ && settings.ensembleModels.isEmpty()) {
        settings.modelPath = savedModel_;
        settings.ensembleModels = savedEnsemble_;
    }
    return settings;
}

bool SettingsAutosave::save() {
    settingsToStore().save(store_);
    window_.saveLayout(store_);
    // QSettings would write on its own only later (or at exit); a SIGKILL comes before that.
    store_.sync();
    return store_.status() == QSettings::NoError;
}

} // namespace fakelens::ui
