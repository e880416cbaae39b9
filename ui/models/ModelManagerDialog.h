#pragma once

#include "models/ModelCatalog.h"

#include <QDialog>

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
    int currentIndex() const;
    void showProblem(const QString& text);

    QVector<InstalledModel> models_;
    QString modelPath_;
    QStringList ensemble_;
    QTreeWidget* list_;
    QPlainTextEdit* details_;
    QLabel* inUse_;
    QLabel* problem_;
    QPushButton* removeButton_;
    QPushButton* defaultButton_;
};

} // namespace fakelens::ui
