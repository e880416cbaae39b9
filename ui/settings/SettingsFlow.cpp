#include "settings/SettingsFlow.h"

#include "explain/ExplanationPanel.h"
#include "models/EnsembleDetector.h"
#include "models/ModelManagerDialog.h"
#include "session/WorkbenchSession.h"
#include "settings/SettingsDialog.h"
#include "window/MainWindow.h"

#include <QMessageBox>

namespace fakelens::ui {

std::function<std::unique_ptr<Detector>()> ensembleFactory(const AppSettings& settings) {
    if (settings.ensembleModels.size() < 2)
        return {};
    std::vector<std::string> paths;
    for (const QString& path : settings.ensembleModels)
        paths.push_back(path.toStdString());
    const DetectorOptions options = settings.detectorOptions();
    return [paths, options] { return loadEnsemble(paths, options); };
}

void applySettings(MainWindow& window, const AppSettings& settings) {
    WorkbenchSession& session = window.session();
    const AppSettings old = session.settings();
    const bool ensembleChanged = old.ensembleModels != settings.ensembleModels;
    const bool modelOptionsChanged = old.device != settings.device || old.threads != settings.threads;
    session.applySettings(settings);
    if (ensembleChanged || (modelOptionsChanged && !settings.ensembleModels.isEmpty()))
        session.setDetectorFactory(ensembleFactory(settings));
    ExplanationPanel* panel = window.explanationPanel();
    panel->setOpacity(settings.overlayOpacity);
    panel->setTopSegments(settings.topSegments);
    panel->setColorMap(settings.colorMap);
    emit window.settingsChanged();
}

bool editSettings(MainWindow& window) {
    const AppSettings current = window.settings();
    SettingsDialog dialog(current, &window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const AppSettings chosen = dialog.settings();
    applySettings(window, chosen);
    if (chosen.language != current.language)
        QMessageBox::information(&window, SettingsDialog::tr("Language"),
                                 SettingsDialog::tr("FakeLens will use the new language when it is started again."));
    return true;
}

bool manageModels(MainWindow& window) {
    AppSettings settings = window.settings();
    ModelManagerDialog dialog(settings.modelPath, settings.ensembleModels, &window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    settings.modelPath = dialog.modelPath();
    settings.ensembleModels = dialog.ensembleModels();
    applySettings(window, settings);
    return true;
}

} // namespace fakelens::ui
