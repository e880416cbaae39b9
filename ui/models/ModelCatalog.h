#pragma once

#include "models/ModelCard.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <optional>

namespace fakelens::ui {

// One installed detector: a Keras .h5 weight file (native MesoNet, card built in) or a
// TorchScript .pt with its model card (<stem>.json) beside it.
struct InstalledModel {
    QString path;                 // the model file
    QString cardPath;             // .pt: the card file; .h5: empty (built-in card)
    QString folder;               // the data folder's models/ directory it was found in
    bool userInstalled = false;   // in the per-user data folder (can be removed)
    std::optional<ModelCard> card; // absent when the card is missing or invalid
    QString problem;              // why the card is absent (an engine error, translated)

    QString name() const;         // the card's name, else the file's stem
    bool isKeras() const;
};

// The models FakeLens can find: every data folder's models/ directory (FAKELENS_DATA_DIR,
// ~/.local/share/FakeLens, /usr/local/share/fakelens, /usr/share/fakelens), most specific first.
// Adding copies into the per-user folder. No widgets: the Models dialog and the tests use it.
class ModelCatalog {
    Q_DECLARE_TR_FUNCTIONS(ModelCatalog)

public:
    static QVector<InstalledModel> scan();
    // The models/ folder of the per-user data folder (created when adding).
    static QString userModelFolder();

    // Checks `modelFile` (loads it with the engine, with `cardFile` for a .pt; empty: the card
    // beside it) and copies it, with its card renamed to <stem>.json, into the user folder.
    // Returns the installed model's path; throws fakelens::Error naming the problem.
    static QString install(const QString& modelFile, const QString& cardFile = {}, bool overwrite = false);
    // Deletes a user-installed model (and its card). Throws Error if it is not in the user folder.
    static void remove(const InstalledModel& model);

    // The card as text for the Models dialog: every field a user needs to judge the model.
    static QString describe(const InstalledModel& model);
};

} // namespace fakelens::ui
