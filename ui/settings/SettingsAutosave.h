#pragma once

#include "AppSettings.h"

#include <QObject>
#include <QString>
#include <QStringList>

class QSettings;

namespace fakelens::ui {

class MainWindow;

// Writes the window's settings to `store` (and syncs it to disk) whenever they change, not only
// on a clean quit: an examiner's name typed in Settings survives a crash or a killed session.
// A --model given on the command line is for that session only and is not written, unless the
// user picks another model meanwhile.
class SettingsAutosave : public QObject {
    Q_OBJECT

public:
    SettingsAutosave(MainWindow& window, QSettings& store);

    void keepSessionModelOut(const QString& sessionModel, const QString& savedModel, const QStringList& savedEnsemble);
    // What goes to disk: the window's settings without the session-only model.
    AppSettings settingsToStore() const;
    // Writes and syncs now; false when the file could not be written.
    bool save();

private:
    MainWindow& window_;
    QSettings& store_;
    bool hasSessionModel_ = false;
    QString sessionModel_;
    QString savedModel_;
    QStringList savedEnsemble_;
};

} // namespace fakelens::ui
