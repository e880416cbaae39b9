#include "AppSettings.h"

#include "core/Error.h"
#include "explain/ExplainerRegistry.h"

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

// Where a method parameter lives in QSettings: "explain/limeSamples", the names the settings
// file had before methods became data.
QString explainKey(const std::string& method, const std::string& key) {
    return QStringLiteral("explain/") + QString::fromStdString(camelParameterName(method, key));
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
    request.methods = {base};
    if (methodDescriptor(base).hasAdversarialForm)
        request.methods.push_back(base + "_adv");
    request.settings = explainer;
    request.slic.segments = slicSegments;
    request.nes.maxIterations = nesIterations;
    request.nes.sigma = nesSigma;
    request.nes.samples = nesSamples;
    request.nes.alpha = nesAlpha255 / 255.0;
    request.nes.epsilon = nesEpsilon255 / 255.0;
    request.nes.paperCompatible = nesPaperCompatible;
    request.seed = seed;
    return request;
}

EvaluationSettings AppSettings::evaluationSettings() const {
    const ExplainRequest explain = explainRequest(method);
    EvaluationSettings s;
    s.topK = evaluationTopK;
    s.randomBaseline = evaluationRandomBaseline;
    s.measureMinimalBudget = evaluationMinimalBudget && !nesPaperCompatible; // see TopKAttack.h
    s.keepAttackedImages = true; // the Evaluation tab shows them
    s.explainer = scaledToSamples(explain.settings, evaluationSamples); // as fakelens-cli's --samples
    s.slic = explain.slic;
    s.explanationNes = explain.nes;
    s.attack = explain.nes; // sigma, n, alpha, delta and the step rule of the settings
    s.attack.maxIterations = evaluationAttackIterations;
    s.seed = explain.seed;
    return s;
}

void AppSettings::addRecentFile(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recentFiles.removeAll(absolute);
    recentFiles.prepend(absolute);
    while (recentFiles.size() > kMaxRecentFiles)
        recentFiles.removeLast();
}

void AppSettings::addRecentCase(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recentCases.removeAll(absolute);
    recentCases.prepend(absolute);
    while (recentCases.size() > kMaxRecentFiles)
        recentCases.removeLast();
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
    // Each method parameter under its flat name ("explain/limeSamples", as before descriptors).
    // A stored value the descriptor refuses keeps the default, with the descriptor's reason.
    for (const MethodDescriptor* m : methodDescriptors())
        for (const ParameterSpec& spec : m->parameters) {
            const QVariant stored = store.value(explainKey(m->name, spec.key));
            if (!stored.isValid())
                continue;
            bool ok = false;
            const double value = stored.toDouble(&ok);
            try {
                if (!ok)
                    throw Error(ErrorCode::InvalidArgument, camelParameterName(m->name, spec.key), "not a number");
                s.explainer.set(m->name, spec.key, value);
            } catch (const Error& e) {
                qWarning("settings: %s kept at its default: %s", explainKey(m->name, spec.key).toUtf8().constData(),
                         e.what());
            }
        }
    s.slicSegments = bounded(store.value("explain/slicSegments"), s.slicSegments, 4, 1000);
    s.nesIterations = bounded(store.value("explain/nesIterations"), s.nesIterations, 1, 10000);
    s.nesSigma = std::clamp(store.value("explain/nesSigma", s.nesSigma).toDouble(), 1e-6, 0.5);
    s.nesSamples = bounded(store.value("explain/nesSamples"), s.nesSamples, 1, 1000);
    s.nesAlpha255 = std::clamp(store.value("explain/nesAlpha255", s.nesAlpha255).toDouble(), 0.01, 64.0);
    s.nesEpsilon255 = std::clamp(store.value("explain/nesEpsilon255", s.nesEpsilon255).toDouble(), 0.1, 255.0);
    s.nesPaperCompatible = store.value("explain/nesPaperCompatible", s.nesPaperCompatible).toBool();
    s.seed = store.value("explain/seed", QVariant::fromValue<qulonglong>(s.seed)).toULongLong();
    s.timelineStep = bounded(store.value("video/timelineStep"), s.timelineStep, 1, 1000);
    s.includeSmallFaces = store.value("verdict/includeSmallFaces", s.includeSmallFaces).toBool();
    s.overlayOpacity = std::clamp(store.value("view/overlayOpacity", s.overlayOpacity).toDouble(), 0.0, 1.0);
    s.topSegments = bounded(store.value("view/topSegments"), s.topSegments, 1, 5);
    s.colorMap = store.value("view/colorMap", s.colorMap).toString();
    s.language = store.value("ui/language", s.language).toString();
    s.examinerName = store.value("report/examiner", s.examinerName).toString();
    s.ensembleModels = store.value("model/ensemble").toStringList();
    s.evaluationMethods = store.value("evaluate/methods").toStringList();
    s.evaluationRandomBaseline = store.value("evaluate/randomBaseline", s.evaluationRandomBaseline).toBool();
    s.evaluationTopK = bounded(store.value("evaluate/topK"), s.evaluationTopK, 1, 10);
    s.evaluationAttackIterations = bounded(store.value("evaluate/attackIterations"), s.evaluationAttackIterations, 1, 1000);
    s.evaluationSamples = bounded(store.value("evaluate/samples"), s.evaluationSamples, 16, 100000);
    s.evaluationMinimalBudget = store.value("evaluate/minimalBudget", s.evaluationMinimalBudget).toBool();
    s.reportCaseId = store.value("report/caseId", s.reportCaseId).toString();
    s.reportCaseEvidence = store.value("report/caseEvidence", s.reportCaseEvidence).toString();
    s.reportFolder = store.value("report/folder", s.reportFolder).toString();
    s.recentFiles = store.value("recentFiles").toStringList().mid(0, kMaxRecentFiles);
    s.recentCases = store.value("recentCases").toStringList().mid(0, kMaxRecentFiles);
    return s;
}

void AppSettings::save(QSettings& store) const {
    store.setValue("model/path", modelPath);
    store.setValue("model/device", deviceKey(device));
    store.setValue("model/threads", threads);
    store.setValue("faces/detect", detectFaces);
    store.setValue("explain/method", method);
    for (const MethodDescriptor* m : methodDescriptors())
        for (const ParameterSpec& spec : m->parameters) {
            const double value = explainer.value(m->name, spec.key);
            store.setValue(explainKey(m->name, spec.key), spec.integer ? QVariant(int(value)) : QVariant(value));
        }
    store.setValue("explain/slicSegments", slicSegments);
    store.setValue("explain/nesIterations", nesIterations);
    store.setValue("explain/nesSigma", nesSigma);
    store.setValue("explain/nesSamples", nesSamples);
    store.setValue("explain/nesAlpha255", nesAlpha255);
    store.setValue("explain/nesEpsilon255", nesEpsilon255);
    store.setValue("explain/nesPaperCompatible", nesPaperCompatible);
    store.setValue("explain/seed", QVariant::fromValue<qulonglong>(seed));
    store.setValue("video/timelineStep", timelineStep);
    store.setValue("verdict/includeSmallFaces", includeSmallFaces);
    store.setValue("view/overlayOpacity", overlayOpacity);
    store.setValue("view/topSegments", topSegments);
    store.setValue("view/colorMap", colorMap);
    store.setValue("ui/language", language);
    store.setValue("report/examiner", examinerName);
    store.setValue("model/ensemble", ensembleModels);
    store.setValue("evaluate/methods", evaluationMethods);
    store.setValue("evaluate/randomBaseline", evaluationRandomBaseline);
    store.setValue("evaluate/topK", evaluationTopK);
    store.setValue("evaluate/attackIterations", evaluationAttackIterations);
    store.setValue("evaluate/samples", evaluationSamples);
    store.setValue("evaluate/minimalBudget", evaluationMinimalBudget);
    store.setValue("report/caseId", reportCaseId);
    store.setValue("report/caseEvidence", reportCaseEvidence);
    store.setValue("report/folder", reportFolder);
    store.setValue("recentFiles", recentFiles);
    store.setValue("recentCases", recentCases);
}

} // namespace fakelens::ui
