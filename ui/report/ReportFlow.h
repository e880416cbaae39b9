#pragma once

#include <QString>

namespace fakelens::ui {

class MainWindow;

// File › Export report…: the dialog (case ID, examiner, file; defaults remembered in the
// settings, the folder never beside the evidence), then MainWindow::exportReport().
void runReportDialog(MainWindow& window);

// What a report written now would contain, in a few lines of rich text for the dialog.
QString reportContentsSummary(MainWindow& window);

} // namespace fakelens::ui
