#include "AppSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace fakelens::ui {

namespace {

QString deviceKey(DeviceChoice device) {
    switch (device) {
    case DeviceChoice::Cpu: return QStringLiteral("cpu");
    case DeviceChoice::Cuda: return QStringLiteral("cuda");
    case DeviceChoice::Auto: break;
    }
    return QStringLiteral("auto");
}

// Clamp what comes from a hand-edited settings file so a typo cannot make the engine refuse
// every request.
int bounded(const QVariant& value, int fallback, int low, int high) {
    bool ok = false;
    const int v = value.toInt(&ok);
    return ok ? std::clamp(v, low, high) : fallback;
}

} // namespace

QString AppSettings::resolvedModelPath() const {
    if (!modelPath.isEmpty())
        return modelPath;
    return QString::fromStdString(defaultModelPath());
}

DetectorOptions AppSettings::detectorOptions() const {
    DetectorOptions options;
    options.device = device;
    options.threads = threads;
    return options;
}

ExplainRequest AppSettings::explainRequest(const QString& baseMethod) const {
    ExplainRequest request;
    const std::string base = baseMethod.toStdString();
    request.methods = {base, base + "_adv"};
    request.settings.limeSamples = limeSamples;
    request.settings.shapEvaluations = shapEvaluations;
    request.settings.sobolGrid = sobolGrid;
    request.settings.sobolDesigns = sobolDesigns;
    request.settings.riseMasks = riseMasks;
    request.slic.segments = slicSegments;
    request.nes.maxIterations = nesIterations;
    request.seed = seed;
    return request;
}

void AppSettings::addRecentFile(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recentFiles.removeAll(absolute);
    recentFiles.prepend(absolute);
    while (recentFiles.size() > kMaxRecentFiles)
        recentFiles.removeLast();
}

AppSettings AppSettings::load(QSettings& store) {
    AppSettings s;
    s.modelPath = store.value("model/path", s.modelPath).toString();
    try {
        s.device = parseDeviceChoice(store.value("model/device", "auto").toString().toStdString());
    } catch (const Error&) {
        s.device = DeviceChoice::Auto;
    }
    s.threads = bounded(store.value("model/threads"), s.threads, 0, 256);
    s.detectFaces = store.value("faces/detect", s.detectFaces).toBool();
    s.method = store.value("explain/method", s.method).toString();
    s.limeSamples = bounded(store.value("explain/limeSamples"), s.limeSamples, 16, 100000);
    s.shapEvaluations = bounded(store.value("explain/shapEvaluations"), s.shapEvaluations, 16, 100000);
    s.sobolGrid = bounded(store.value("explain/sobolGrid"), s.sobolGrid, 2, 32);
    s.sobolDesigns = bounded(store.value("explain/sobolDesigns"), s.sobolDesigns, 2, 1024);
    s.riseMasks = bounded(store.value("explain/riseMasks"), s.riseMasks, 16, 100000);
    s.slicSegments = bounded(store.value("explain/slicSegments"), s.slicSegments, 4, 1000);
    s.nesIterations = bounded(store.value("explain/nesIterations"), s.nesIterations, 1, 10000);
    s.seed = store.value("explain/seed", QVariant::fromValue<qulonglong>(s.seed)).toULongLong();
    s.timelineStep = bounded(store.value("video/timelineStep"), s.timelineStep, 1, 1000);
    s.overlayOpacity = std::clamp(store.value("view/overlayOpacity", s.overlayOpacity).toDouble(), 0.0, 1.0);
    s.topSegments = bounded(store.value("view/topSegments"), s.topSegments, 1, 5);
    s.recentFiles = store.value("recentFiles").toStringList().mid(0, kMaxRecentFiles);
    return s;
}

void AppSettings::save(QSettings& store) const {
    store.setValue("model/path", modelPath);
    store.setValue("model/device", deviceKey(device));
    store.setValue("model/threads", threads);
    store.setValue("faces/detect", detectFaces);
    store.setValue("explain/method", method);
    store.setValue("explain/limeSamples", limeSamples);
    store.setValue("explain/shapEvaluations", shapEvaluations);
    store.setValue("explain/sobolGrid", sobolGrid);
    store.setValue("explain/sobolDesigns", sobolDesigns);
    store.setValue("explain/riseMasks", riseMasks);
    store.setValue("explain/slicSegments", slicSegments);
    store.setValue("explain/nesIterations", nesIterations);
    store.setValue("explain/seed", QVariant::fromValue<qulonglong>(seed));
    store.setValue("video/timelineStep", timelineStep);
    store.setValue("view/overlayOpacity", overlayOpacity);
    store.setValue("view/topSegments", topSegments);
    store.setValue("recentFiles", recentFiles);
}

} // namespace fakelens::ui
