#include "models/ModelManagerDialog.h"

#include "ErrorMessages.h"
#include "evaluate/CalibrationStatement.h"
#include "core/FileHash.h"
#include "models/DetectorFactory.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace fakelens::ui {

namespace {

enum Column { kName, kFormat, kInput, kThreshold, kFolder };

QString samePath(const QString& path) { return path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath(); }

} // namespace

ModelManagerDialog::ModelManagerDialog(const QString& modelPath, const QStringList& ensemble, QWidget* parent)
    : QDialog(parent), modelPath_(modelPath), ensemble_(ensemble) {
    setObjectName(QStringLiteral("modelManagerDialog"));
    setWindowTitle(tr("Models"));

    list_ = new QTreeWidget(this);
    list_->setObjectName(QStringLiteral("modelList"));
    list_->setRootIsDecorated(false);
    list_->setHeaderLabels({tr("Model"), tr("Format"), tr("Input"), tr("Threshold"), tr("Folder")});
    list_->setToolTip(tr("Check two or more models to combine them into an ensemble"));
    list_->header()->setSectionResizeMode(kFolder, QHeaderView::Stretch);
    details_ = new QPlainTextEdit(this);
    details_->setObjectName(QStringLiteral("modelDetails"));
    details_->setReadOnly(true);
    details_->setMaximumHeight(150);
    inUse_ = new QLabel(this);
    inUse_->setObjectName(QStringLiteral("modelInUse"));
    inUse_->setWordWrap(true);
    calibration_ = new QLabel(this);
    calibration_->setObjectName(QStringLiteral("modelCalibration"));
    calibration_->setWordWrap(true);
    calibration_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    calibrationWatcher_ = new QFutureWatcher<QString>(this);
    connect(calibrationWatcher_, &QFutureWatcher<QString>::finished, this, [this] {
        calibration_->setText(tr("Measured error rates: %1").arg(calibrationWatcher_->result()));
    });
    problem_ = new QLabel(this);
    problem_->setWordWrap(true);
    problem_->setStyleSheet(QStringLiteral("color: #b00020"));
    problem_->hide();

    auto* addButton = new QPushButton(tr("&Add…"), this);
    addButton->setToolTip(tr("Install a TorchScript model (.pt with its JSON card) or Keras MesoNet weights (.h5)"));
    removeButton_ = new QPushButton(tr("&Remove"), this);
    removeButton_->setToolTip(tr("Delete a model you added (models installed for all users stay)"));
    defaultButton_ = new QPushButton(tr("Use as &default"), this);
    defaultButton_->setObjectName(QStringLiteral("useAsDefaultButton"));
    auto* ensembleButton = new QPushButton(tr("Use checked as &ensemble"), this);
    ensembleButton->setObjectName(QStringLiteral("useEnsembleButton"));
    ensembleButton->setToolTip(tr("P(fake) of a face = the largest score of the checked models"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto* side = new QVBoxLayout;
    side->addWidget(addButton);
    side->addWidget(removeButton_);
    side->addSpacing(12);
    side->addWidget(defaultButton_);
    side->addWidget(ensembleButton);
    side->addStretch(1);
    auto* top = new QHBoxLayout;
    top->addWidget(list_, 1);
    top->addLayout(side);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(details_);
    layout->addWidget(calibration_);
    layout->addWidget(inUse_);
    layout->addWidget(problem_);
    layout->addWidget(buttons);

    connect(addButton, &QPushButton::clicked, this, &ModelManagerDialog::addWithDialogs);
    connect(removeButton_, &QPushButton::clicked, this, &ModelManagerDialog::removeSelected);
    connect(defaultButton_, &QPushButton::clicked, this, &ModelManagerDialog::useSelectedAsDefault);
    connect(ensembleButton, &QPushButton::clicked, this, &ModelManagerDialog::useCheckedAsEnsemble);
    connect(list_, &QTreeWidget::currentItemChanged, this, &ModelManagerDialog::updateDetails);
    connect(list_, &QTreeWidget::itemDoubleClicked, this, &ModelManagerDialog::useSelectedAsDefault);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(820, 480);
    reload();
}

void ModelManagerDialog::reload() {
    const QString current = list_->currentItem() ? list_->currentItem()->data(kName, Qt::UserRole).toString() : QString();
    models_ = ModelCatalog::scan();
    list_->clear();
    QStringList ensemble;
    for (const QString& path : ensemble_)
        ensemble << samePath(path);
    for (int i = 0; i < models_.size(); ++i) {
        const InstalledModel& m = models_[i];
        auto* item = new QTreeWidgetItem(list_);
        item->setText(kName, m.name());
        item->setData(kName, Qt::UserRole, m.path);
        item->setCheckState(kName, ensemble.contains(samePath(m.path)) ? Qt::Checked : Qt::Unchecked);
        item->setText(kFormat, m.isKeras() ? tr("Keras .h5") : tr("TorchScript .pt"));
        if (m.card) {
            item->setText(kInput, tr("%1 × %2").arg(m.card->inputWidth).arg(m.card->inputHeight));
            item->setText(kThreshold, QString::number(m.card->threshold));
        } else {
            item->setText(kInput, tr("unusable"));
            item->setToolTip(kName, m.problem);
            item->setForeground(kName, QColor(0xb0, 0x00, 0x20));
        }
        item->setText(kFolder, QDir::toNativeSeparators(m.folder));
        if (m.path == current)
            list_->setCurrentItem(item);
    }
    for (int c = kName; c < kFolder; ++c)
        list_->resizeColumnToContents(c);
    if (!list_->currentItem() && list_->topLevelItemCount() > 0)
        list_->setCurrentItem(list_->topLevelItem(0));
    updateDetails();
    updateInUse();
}

int ModelManagerDialog::currentIndex() const {
    QTreeWidgetItem* item = list_->currentItem();
    return item ? list_->indexOfTopLevelItem(item) : -1;
}

QString ModelManagerDialog::details() const { return details_->toPlainText(); }

QString ModelManagerDialog::calibrationText() const { return calibration_->text(); }

void ModelManagerDialog::updateCalibration(const QString& modelFile) {
    if (modelFile.isEmpty()) {
        calibrationFor_.clear();
        calibration_->clear();
        return;
    }
    if (modelFile == calibrationFor_ && (calibrationWatcher_->isRunning() || calibrationWatcher_->isFinished()))
        return;
    calibrationFor_ = modelFile;
    calibration_->setText(tr("Measured error rates: checking the model file…"));
    // The record is tied to the weights by their SHA-256; a large .pt takes a moment to hash.
    calibrationWatcher_->setFuture(QtConcurrent::run([modelFile] {
        QString sha;
        try {
            sha = sha256OfFile(modelFile);
        } catch (const Error&) {
            // Unreadable: no record can be checked against it; the statement says there is none.
        }
        return calibrationStatementForModel(modelFile, sha);
    }));
}

void ModelManagerDialog::updateDetails() {
    const int index = currentIndex();
    if (index < 0 || index >= models_.size()) {
        details_->setPlainText(models_.isEmpty() ? tr("No model is installed. Add one, or run packaging/setup.sh.")
                                                 : QString());
        removeButton_->setEnabled(false);
        defaultButton_->setEnabled(false);
        updateCalibration({});
        return;
    }
    const InstalledModel& m = models_[index];
    details_->setPlainText(ModelCatalog::describe(m));
    updateCalibration(m.path);
    removeButton_->setEnabled(m.userInstalled);
    defaultButton_->setEnabled(m.card.has_value());
}

void ModelManagerDialog::updateInUse() {
    const QString defaultPath = modelPath_.isEmpty() ? QString::fromStdString(defaultModelPath()) : modelPath_;
    QStringList names;
    auto nameOf = [this](const QString& path) {
        for (const InstalledModel& m : models_)
            if (samePath(m.path) == samePath(path))
                return m.name();
        return QFileInfo(path).completeBaseName();
    };
    if (ensemble_.size() >= 2) {
        for (const QString& path : ensemble_)
            names << nameOf(path);
        inUse_->setText(tr("In use: the ensemble %1 (P(fake) = the largest score).").arg(names.join(QStringLiteral(" + "))));
    } else if (!defaultPath.isEmpty()) {
        inUse_->setText(tr("In use: %1.").arg(nameOf(defaultPath)));
    } else {
        inUse_->setText(tr("In use: none (no model is installed)."));
    }
    // The models in use are shown in bold.
    QStringList inUse = ensemble_.size() >= 2 ? ensemble_ : QStringList{defaultPath};
    for (QString& path : inUse)
        path = samePath(path);
    for (int i = 0; i < list_->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = list_->topLevelItem(i);
        QFont font = item->font(kName);
        font.setBold(inUse.contains(samePath(item->data(kName, Qt::UserRole).toString())));
        item->setFont(kName, font);
    }
}

void ModelManagerDialog::showProblem(const QString& text) {
    problem_->setText(text);
    problem_->setVisible(!text.isEmpty());
}

bool ModelManagerDialog::addModel(const QString& modelFile, const QString& cardFile) {
    showProblem({});
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        const QString installed = ModelCatalog::install(modelFile, cardFile);
        QApplication::restoreOverrideCursor();
        reload();
        for (int i = 0; i < list_->topLevelItemCount(); ++i)
            if (list_->topLevelItem(i)->data(kName, Qt::UserRole).toString() == QFileInfo(installed).absoluteFilePath())
                list_->setCurrentItem(list_->topLevelItem(i));
        return true;
    } catch (const Error& error) {
        QApplication::restoreOverrideCursor();
        showProblem(tr("The model was not added: %1").arg(ErrorMessages::describe(error)));
    } catch (const std::exception& error) {
        QApplication::restoreOverrideCursor();
        showProblem(tr("The model was not added: %1").arg(QString::fromLocal8Bit(error.what())));
    }
    return false;
}

void ModelManagerDialog::addWithDialogs() {
    const QString model = QFileDialog::getOpenFileName(this, tr("Add a model"), QDir::homePath(),
                                                       tr("Models (*.pt *.h5);;TorchScript (*.pt);;Keras weights (*.h5)"));
    if (model.isEmpty())
        return;
    QString card;
    if (model.endsWith(QLatin1String(".pt"), Qt::CaseInsensitive)) {
        const QString beside = QString::fromStdString(defaultCardPath(model.toStdString()));
        if (!QFileInfo::exists(beside)) {
            card = QFileDialog::getOpenFileName(this, tr("The model's card"), QFileInfo(model).absolutePath(),
                                                tr("Model cards (*.json)"));
            if (card.isEmpty())
                return;
        }
    }
    addModel(model, card);
}

void ModelManagerDialog::removeSelected() {
    const int index = currentIndex();
    if (index < 0 || !models_[index].userInstalled)
        return;
    const InstalledModel model = models_[index];
    if (QMessageBox::question(this, tr("Remove model"), tr("Delete %1 from your models folder?").arg(model.name())) !=
        QMessageBox::Yes)
        return;
    try {
        ModelCatalog::remove(model);
        if (samePath(modelPath_) == samePath(model.path))
            modelPath_.clear();
        ensemble_.removeAll(model.path);
        showProblem({});
    } catch (const Error& error) {
        showProblem(ErrorMessages::describe(error));
    }
    reload();
}

void ModelManagerDialog::useSelectedAsDefault() {
    const int index = currentIndex();
    if (index < 0 || !models_[index].card)
        return;
    modelPath_ = models_[index].path;
    ensemble_.clear();
    for (int i = 0; i < list_->topLevelItemCount(); ++i)
        list_->topLevelItem(i)->setCheckState(kName, Qt::Unchecked);
    showProblem({});
    updateInUse();
}

bool ModelManagerDialog::useCheckedAsEnsemble() {
    QStringList checked;
    const ModelCard* first = nullptr;
    for (int i = 0; i < list_->topLevelItemCount(); ++i) {
        if (list_->topLevelItem(i)->checkState(kName) != Qt::Checked)
            continue;
        const InstalledModel& m = models_[i];
        if (!m.card) {
            showProblem(tr("%1 cannot be used: %2").arg(m.name(), m.problem));
            return false;
        }
        // The same checks the ensemble makes when it loads, said here before the dialog closes.
        if (first && (m.card->inputWidth != first->inputWidth || m.card->inputHeight != first->inputHeight ||
                      m.card->crop != first->crop || m.card->threshold != first->threshold)) {
            showProblem(tr("%1 takes another input, crop or threshold than the other checked models; "
                           "an ensemble's models must agree on them.").arg(m.name()));
            return false;
        }
        if (!first)
            first = &*m.card;
        checked << m.path;
    }
    if (checked.size() < 2) {
        showProblem(tr("Check two or more models to combine them."));
        return false;
    }
    ensemble_ = checked;
    modelPath_ = checked.first();
    showProblem({});
    updateInUse();
    return true;
}

} // namespace fakelens::ui
