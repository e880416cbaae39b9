#pragma once

#include "AppSettings.h"

#include <functional>
#include <memory>

namespace fakelens {
class Detector;
}

namespace fakelens::ui {

class MainWindow;

// What Tools › Settings… and Tools › Models… do with the window: open the dialog and apply what
// the user accepts (the session reloads the model when it changed; display settings apply at
// once; a new language after a restart). Kept out of MainWindow so the window only wires menus.
bool editSettings(MainWindow& window);
bool manageModels(MainWindow& window);

// Applies `settings` to a running window: the session's parameters, the model or ensemble, and
// the explanation panel's display settings.
void applySettings(MainWindow& window, const AppSettings& settings);

// The detector factory for the ensemble of `settings`, or an empty function when it uses one model.
std::function<std::unique_ptr<Detector>()> ensembleFactory(const AppSettings& settings);

} // namespace fakelens::ui
