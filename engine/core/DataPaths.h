#pragma once

#include <string>
#include <vector>

namespace fakelens {

// Folders FakeLens reads installed models and samples from, most specific first:
// $FAKELENS_DATA_DIR, $XDG_DATA_HOME/FakeLens (default ~/.local/share/FakeLens),
// /usr/local/share/fakelens, /usr/share/fakelens.
std::vector<std::string> dataDirectories();

// The per-user data folder the set-up script installs into.
std::string userDataDirectory();

} // namespace fakelens
