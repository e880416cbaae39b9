#pragma once

#include "models/ModelCatalog.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace fakelens::ui {

// Tools › Models…: the installed models with their cards; add a model (.pt + card, or .h5),
// remove one of the user's own, pick the default, or combine the checked models into an
// ensemble (P(fake) = the largest score). The choice applies when the dialog is accepted.
class ModelManagerDialog : public QDialog {
    Q_OBJECT

public:
    // `modelPath` empty: the installed Meso4_DF. `ensemble` non-empty: the ensemble in use.
    ModelManagerDialog(const QString& modelPath, const QStringList& ensemble, QWidget* parent = nullptr);

    QString modelPath() const { return modelPath_; }
    QStringList ensembleModels() const { return ensemble_; }

    QTreeWidget* modelList() const { return list_; }
    QString details() const;
    // The selected model's measured error rates (engine calibrationStatement()); computed off the
    // GUI thread, since it hashes the model file: "checking…" until then.
    QString calibrationText() const;
    void reload();
    // Installs a model (the Add… button after its file dialogs); returns false and shows why on failure.
    bool addModel(const QString& modelFile, const QString& cardFile = {});
    // The model of the current row becomes the default (and the ensemble is cleared).
    void useSelectedAsDefault();
    // The checked models become the ensemble (two or more).
    bool useCheckedAsEnsemble();

private:
    void addWithDialogs();
    void removeSelected();
    void updateDetails();
    void updateInUse();
    void updateCalibration(const QString& modelFile);
    int currentIndex() const;
    void showProblem(const QString& text);

    QVector<InstalledModel> models_;
    QString modelPath_;
    QStringList ensemble_;
    QTreeWidget* list_;
    QPlainTextEdit* details_;
    QLabel* inUse_;
    QLabel* calibration_;
    QFutureWatcher<QString>* calibrationWatcher_;
    QString calibrationFor_; // the model file the running check is for
    QLabel* problem_;
    QPushButton* removeButton_;
    QPushButton* defaultButton_;
};

} // namespace fakelens::ui
