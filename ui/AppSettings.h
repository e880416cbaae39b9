#pragma once

#include "explain/ExplanationRunner.h"
#include "models/DetectorFactory.h"

#include <QString>
#include <QStringList>

#include <cstdint>

class QSettings;

namespace fakelens::ui {

// The settings the workbench needs, in one plain value. The GUI reads and writes it; the engine
// only ever sees the parameter structs made from it (detectorOptions(), explainRequest()), never
// QSettings. A settings dialog will edit this struct later.
struct AppSettings {
    // Model
    QString modelPath;                        // empty: the installed default (Meso4_DF)
    DeviceChoice device = DeviceChoice::Auto;
    int threads = 0;                          // 0 = all cores

    // Faces: off treats the whole image as one face (for images that already are face crops).
    bool detectFaces = true;

    // Explanations (defaults are the paper's settings)
    QString method = QStringLiteral("LIME");
    int limeSamples = 2000;
    int shapEvaluations = 2000;
    int sobolGrid = 8;
    int sobolDesigns = 32;
    int riseMasks = 4000;
    int slicSegments = 50;
    int nesIterations = 80;
    std::uint64_t seed = 0;

    // Video timeline: score every Nth frame (1 = all) so long videos fill in faster.
    int timelineStep = 1;

    // Display
    double overlayOpacity = 0.5;
    int topSegments = 3;

    QStringList recentFiles;                  // most recent first
    static constexpr int kMaxRecentFiles = 10;

    // The model file to load: modelPath, or the installed default when it is empty.
    QString resolvedModelPath() const;
    DetectorOptions detectorOptions() const;
    // The classic and the adversarial form of one base method ("LIME" -> LIME, LIME_adv).
    ExplainRequest explainRequest(const QString& baseMethod) const;

    void addRecentFile(const QString& path);

    static AppSettings load(QSettings& store);
    void save(QSettings& store) const;
};

} // namespace fakelens::ui
