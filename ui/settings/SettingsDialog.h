#pragma once

#include "AppSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace fakelens::ui {

class MethodParameterForm;

// Tools › Settings…: every setting the workbench keeps in QSettings, on five pages (general,
// model, explanations, NES attack, display), with Reset to defaults. It edits a copy of
// AppSettings; the caller applies the result (the engine only ever sees parameter structs).
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(const AppSettings& settings, QWidget* parent = nullptr);

    // The settings passed in with this dialog's fields replaced by what it shows.
    AppSettings settings() const;
    // Puts every field of the dialog back to FakeLens' defaults (the paper's settings).
    void resetToDefaults();

    QTabWidget* pages() const { return pages_; }

private:
    void showSettings(const AppSettings& s);
    QWidget* generalPage();
    QWidget* modelPage();
    QWidget* explanationPage();
    QWidget* nesPage();
    QWidget* displayPage();

    AppSettings base_;
    QTabWidget* pages_;
    QComboBox* language_;
    QLineEdit* examiner_;
    QComboBox* model_;
    QLabel* ensembleNote_;
    QComboBox* device_;
    QSpinBox* threads_;
    QSpinBox* slicSegments_;
    MethodParameterForm* methodParameters_;
    QLineEdit* seed_;
    QSpinBox* nesIterations_;
    QDoubleSpinBox* nesSigma_;
    QSpinBox* nesSamples_;
    QDoubleSpinBox* nesAlpha_;
    QDoubleSpinBox* nesEpsilon_;
    QCheckBox* nesPaperCompatible_;
    QComboBox* colorMap_;
    QLabel* colorPreview_;
    QSpinBox* opacity_;
    QSpinBox* topSegments_;
    QSpinBox* timelineStep_;
    QCheckBox* includeSmallFaces_;
    bool ensembleCleared_ = false;
};

} // namespace fakelens::ui
