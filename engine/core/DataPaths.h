#pragma once

#include <string>
#include <vector>

namespace fakelens {

// Folders FakeLens reads installed models and samples from, most specific first:
// $FAKELENS_DATA_DIR, $XDG_DATA_HOME/FakeLens (default ~/.local/share/FakeLens),
// /usr/local/share/fakelens, /usr/share/fakelens.
std::vector<std::string> dataDirectories();

// The first existing file `relative` (e.g. "samples/faces/fake/df00204.jpg") under
// dataDirectories(), in their order; empty when none has it.
std::string findInstalledFile(const std::string& relative);

// The per-user data folder the set-up script installs into.
std::string userDataDirectory();

} // namespace fakelens
