#include "settings/SettingsDialog.h"

#include "ImageConversion.h"
#include "Translations.h"
#include "models/ModelCatalog.h"
#include "settings/ColorMaps.h"
#include "settings/MethodParameterForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>

namespace fakelens::ui {

namespace {

QSpinBox* spin(QWidget* parent, const char* name, int low, int high, int step = 1) {
    auto* box = new QSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setRange(low, high);
    box->setSingleStep(step);
    box->setGroupSeparatorShown(true);
    return box;
}

QDoubleSpinBox* doubleSpin(QWidget* parent, const char* name, double low, double high, int decimals, double step) {
    auto* box = new QDoubleSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setDecimals(decimals);
    box->setRange(low, high);
    box->setSingleStep(step);
    return box;
}

QLabel* note(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QString devicesKey(DeviceChoice device) {
    switch (device) {
    case DeviceChoice::Cpu: return QStringLiteral("cpu");
    case DeviceChoice::Cuda: return QStringLiteral("cuda");
    case DeviceChoice::Auto: break;
    }
    return QStringLiteral("auto");
}

void selectData(QComboBox* combo, const QString& value) {
    const int index = combo->findData(value);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

SettingsDialog::SettingsDialog(const AppSettings& settings, QWidget* parent) : QDialog(parent), base_(settings) {
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    pages_ = new QTabWidget(this);
    pages_->setObjectName(QStringLiteral("settingsPages"));
    pages_->addTab(generalPage(), tr("&General"));
    pages_->addTab(modelPage(), tr("&Model"));
    pages_->addTab(explanationPage(), tr("E&xplanations"));
    pages_->addTab(nesPage(), tr("&NES attack"));
    pages_->addTab(displayPage(), tr("&Display"));

    auto* buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    QPushButton* reset = buttons->button(QDialogButtonBox::RestoreDefaults);
    reset->setText(tr("&Reset to defaults"));
    reset->setObjectName(QStringLiteral("resetDefaultsButton"));
    reset->setToolTip(tr("Every setting on every page back to FakeLens' defaults (the paper's settings)"));
    connect(reset, &QPushButton::clicked, this, &SettingsDialog::resetToDefaults);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pages_);
    layout->addWidget(buttons);
    showSettings(settings);
    ensembleCleared_ = false;
}

QWidget* SettingsDialog::generalPage() {
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    language_ = new QComboBox(page);
    language_->setObjectName(QStringLiteral("languageCombo"));
    const QString system = l10n::nativeLanguageName(QLocale::system().name().section(QLatin1Char('_'), 0, 0));
    language_->addItem(tr("System language (%1)").arg(system), QString());
    language_->addItem(l10n::nativeLanguageName(QStringLiteral("en")), QStringLiteral("en"));
    for (const QString& code : l10n::translatedLanguages())
        language_->addItem(l10n::nativeLanguageName(code), code);
    form->addRow(tr("&Language:"), language_);
    form->addRow(QString(), note(tr("A new language applies when FakeLens is started again."), page));
    examiner_ = new QLineEdit(page);
    examiner_->setObjectName(QStringLiteral("examinerEdit"));
    examiner_->setPlaceholderText(tr("Name shown in reports"));
    form->addRow(tr("&Examiner:"), examiner_);
    return page;
}

QWidget* SettingsDialog::modelPage() {
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    model_ = new QComboBox(page);
    model_->setObjectName(QStringLiteral("defaultModelCombo"));
    model_->addItem(tr("Automatic (the installed Meso4_DF)"), QString());
    for (const InstalledModel& m : ModelCatalog::scan())
        if (m.card)
            model_->addItem(tr("%1 (%2)").arg(m.name(), QFileInfo(m.path).fileName()), m.path);
    model_->setToolTip(tr("Tools › Models… adds models and combines several into an ensemble"));
    form->addRow(tr("Default &model:"), model_);
    ensembleNote_ = note(QString(), page);
    form->addRow(QString(), ensembleNote_);
    connect(model_, qOverload<int>(&QComboBox::activated), this, [this] {
        ensembleCleared_ = true;
        ensembleNote_->hide();
    });
    device_ = new QComboBox(page);
    device_->setObjectName(QStringLiteral("deviceCombo"));
    device_->addItem(tr("Automatic (GPU when available)"), QStringLiteral("auto"));
    device_->addItem(tr("CPU"), QStringLiteral("cpu"));
    device_->addItem(tr("GPU (CUDA)"), QStringLiteral("cuda"));
    form->addRow(tr("&Device:"), device_);
    threads_ = spin(page, "threadsSpin", 0, 256);
    threads_->setSpecialValueText(tr("all cores"));
    form->addRow(tr("CPU &threads:"), threads_);
    timelineStep_ = spin(page, "timelineStepSpin", 1, 1000);
    timelineStep_->setToolTip(tr("Score every Nth frame of a video for the P(fake) timeline (1 = every frame)"));
    form->addRow(tr("Timeline: every &Nth frame:"), timelineStep_);
    includeSmallFaces_ = new QCheckBox(tr("Keep faces too small to judge in the verdict"), page);
    includeSmallFaces_->setObjectName(QStringLiteral("includeSmallFacesCheck"));
    includeSmallFaces_->setToolTip(tr("Faces whose box is under the model card's minimum (64 px for MesoNet) are "
                                      "always shown; by default they are left out of the verdict"));
    form->addRow(QString(), includeSmallFaces_);
    return page;
}

QWidget* SettingsDialog::explanationPage() {
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    slicSegments_ = spin(page, "slicSegmentsSpin", 4, 1000);
    slicSegments_->setToolTip(tr("About how many SLIC superpixels a face is divided into"));
    form->addRow(tr("SLIC &segments:"), slicSegments_);
    methodParameters_ = new MethodParameterForm(page, form);
    seed_ = new QLineEdit(page);
    seed_->setObjectName(QStringLiteral("seedEdit"));
    seed_->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{1,19}")), seed_));
    seed_->setToolTip(tr("The same seed gives the same explanations"));
    form->addRow(tr("S&eed:"), seed_);
    form->addRow(QString(), note(tr("The defaults are the settings of Tsigos et al. (2025), section 4.3. "
                                    "More samples give steadier explanations and take longer."),
                                 page));
    return page;
}

QWidget* SettingsDialog::nesPage() {
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    nesIterations_ = spin(page, "nesIterationsSpin", 1, 10000);
    form->addRow(tr("Maximum &iterations:"), nesIterations_);
    nesSigma_ = doubleSpin(page, "nesSigmaSpin", 0.000001, 0.5, 6, 0.0005);
    form->addRow(tr("Search &variance σ:"), nesSigma_);
    nesSamples_ = spin(page, "nesSamplesSpin", 1, 1000);
    nesSamples_->setToolTip(tr("Antithetic pairs per iteration (2n images)"));
    form->addRow(tr("&Samples per iteration (n):"), nesSamples_);
    nesAlpha_ = doubleSpin(page, "nesAlphaSpin", 0.01, 64, 2, 0.25);
    nesAlpha_->setSuffix(tr(" / 255"));
    form->addRow(tr("Step &α:"), nesAlpha_);
    nesEpsilon_ = doubleSpin(page, "nesEpsilonSpin", 0.1, 255, 1, 1);
    nesEpsilon_->setSuffix(tr(" / 255"));
    form->addRow(tr("Maximum &distortion δ (L∞):"), nesEpsilon_);
    nesPaperCompatible_ = new QCheckBox(tr("&Paper-compatible (clip each step, no projection onto the δ-ball)"), page);
    nesPaperCompatible_->setObjectName(QStringLiteral("nesPaperCompatibleCheck"));
    form->addRow(QString(), nesPaperCompatible_);
    form->addRow(QString(), note(tr("NES makes the adversarial copy of the face whose pixels fill the hidden "
                                    "segments of the _adv methods."),
                                 page));
    return page;
}

QWidget* SettingsDialog::displayPage() {
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    colorMap_ = new QComboBox(page);
    colorMap_->setObjectName(QStringLiteral("colorMapCombo"));
    for (const QString& key : ColorMaps::keys())
        colorMap_->addItem(ColorMaps::displayName(key), key);
    form->addRow(tr("&Colour map:"), colorMap_);
    colorPreview_ = new QLabel(page);
    colorPreview_->setObjectName(QStringLiteral("colorMapPreview"));
    form->addRow(QString(), colorPreview_);
    connect(colorMap_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        cv::Mat values(1, 256, CV_32F);
        for (int i = 0; i < 256; ++i)
            values.at<float>(0, i) = float(i) / 255.0f;
        const QImage ramp = toQImage(ColorMaps::colors(values, colorMap_->currentData().toString()));
        colorPreview_->setPixmap(QPixmap::fromImage(ramp.scaled(256, 14)));
    });
    opacity_ = spin(page, "opacitySpin", 0, 100, 5);
    opacity_->setSuffix(tr(" %"));
    form->addRow(tr("Overlay &opacity:"), opacity_);
    topSegments_ = spin(page, "topSegmentsSpin", 1, 5);
    form->addRow(tr("Outline the &top segments:"), topSegments_);
    return page;
}

void SettingsDialog::showSettings(const AppSettings& s) {
    selectData(language_, s.language);
    examiner_->setText(s.examinerName);
    selectData(model_, s.modelPath);
    if (model_->currentData().toString() != s.modelPath && !s.modelPath.isEmpty()) {
        // A model given another way (--model, a file outside the data folders): keep it listed.
        model_->addItem(QFileInfo(s.modelPath).fileName(), s.modelPath);
        model_->setCurrentIndex(model_->count() - 1);
    }
    ensembleNote_->setText(tr("In use now: an ensemble of %n model(s). Choosing a model here replaces it.", nullptr,
                              int(s.ensembleModels.size())));
    ensembleNote_->setVisible(s.ensembleModels.size() >= 2);
    selectData(device_, devicesKey(s.device));
    threads_->setValue(s.threads);
    timelineStep_->setValue(s.timelineStep);
    includeSmallFaces_->setChecked(s.includeSmallFaces);
    slicSegments_->setValue(s.slicSegments);
    methodParameters_->show(s.explainer);
    seed_->setText(QString::number(s.seed));
    nesIterations_->setValue(s.nesIterations);
    nesSigma_->setValue(s.nesSigma);
    nesSamples_->setValue(s.nesSamples);
    nesAlpha_->setValue(s.nesAlpha255);
    nesEpsilon_->setValue(s.nesEpsilon255);
    nesPaperCompatible_->setChecked(s.nesPaperCompatible);
    selectData(colorMap_, s.colorMap);
    opacity_->setValue(int(std::lround(s.overlayOpacity * 100)));
    topSegments_->setValue(s.topSegments);
}

void SettingsDialog::resetToDefaults() {
    showSettings(AppSettings{});
    ensembleCleared_ = !base_.ensembleModels.isEmpty();
}

AppSettings SettingsDialog::settings() const {
    AppSettings s = base_;
    s.language = language_->currentData().toString();
    s.examinerName = examiner_->text().trimmed();
    s.modelPath = model_->currentData().toString();
    if (ensembleCleared_)
        s.ensembleModels.clear();
    s.device = parseDeviceChoice(device_->currentData().toString().toStdString());
    s.threads = threads_->value();
    s.timelineStep = timelineStep_->value();
    s.includeSmallFaces = includeSmallFaces_->isChecked();
    s.slicSegments = slicSegments_->value();
    methodParameters_->read(s.explainer);
    bool ok = false;
    const qulonglong seed = seed_->text().toULongLong(&ok);
    s.seed = ok ? seed : 0;
    s.nesIterations = nesIterations_->value();
    s.nesSigma = nesSigma_->value();
    s.nesSamples = nesSamples_->value();
    s.nesAlpha255 = nesAlpha_->value();
    s.nesEpsilon255 = nesEpsilon_->value();
    s.nesPaperCompatible = nesPaperCompatible_->isChecked();
    s.colorMap = colorMap_->currentData().toString();
    s.overlayOpacity = opacity_->value() / 100.0;
    s.topSegments = topSegments_->value();
    return s;
}

} // namespace fakelens::ui
