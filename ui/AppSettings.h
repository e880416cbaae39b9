#pragma once

#include "evaluate/EvaluationSettings.h"
#include "explain/ExplainerRegistry.h"
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
    QString method = QString::fromStdString(explainerNames().front());
    // Every method's parameters, as the methods' descriptors declare them (defaults: the paper's).
    ExplainerSettings explainer;
    int slicSegments = 50;
    int nesIterations = 80;
    // NES attack of the _adv methods (the paper's settings): sigma, antithetic pairs per
    // iteration, step and maximum distortion (both in 1/255), paper-compatible stepping.
    double nesSigma = 0.001;
    int nesSamples = 40;
    double nesAlpha255 = 1.0;
    double nesEpsilon255 = 16.0;
    bool nesPaperCompatible = false;
    std::uint64_t seed = 0;

    // Video timeline: score every Nth frame (1 = all) so long videos fill in faster.
    int timelineStep = 1;
    // The verdict keeps faces too small to judge (ModelCard::tooSmallToJudge); by default they
    // are shown but left out of it, as on the CLI without --include-small-faces.
    bool includeSmallFaces = false;

    // Display
    double overlayOpacity = 0.5;
    int topSegments = 3;
    QString colorMap = QStringLiteral("jet"); // heatmap colours: see ui/settings/ColorMaps.h

    // Language of the interface: "" follows the system locale, else "en", "de", "el", "it".
    // Read at start-up (a change applies after a restart).
    QString language;
    // Named in reports as the examiner.
    QString examinerName;
    // Models whose scores are combined (P(fake) = the largest); empty: modelPath alone.
    QStringList ensembleModels;

    // Evaluation tab (top-k NES attack of the selected face). Small defaults so that one face
    // takes a minute or two on a laptop CPU; raise them towards the paper's protocol (2000
    // samples per method, minimal-budget search on) for results that go into a case file.
    QStringList evaluationMethods;            // display names; empty = all eight
    bool evaluationRandomBaseline = true;
    int evaluationTopK = 3;                   // attack the top-1 .. top-K segments
    int evaluationAttackIterations = 50;      // M of the attack (the paper's)
    int evaluationSamples = 250;              // per method: --samples N, scaled as each descriptor says
    bool evaluationMinimalBudget = false;
    // Report export: remembered between sessions (the examiner is examinerName above).
    QString reportCaseId;
    QString reportCaseEvidence; // the evidence reportCaseId was typed for: never carried to another
    QString reportFolder;                     // where the last report went; empty = Documents

    QStringList recentFiles;                  // most recent first
    static constexpr int kMaxRecentFiles = 10;
    QStringList recentCases;                  // case files (.fakelens), most recent first

    // The model file to load: modelPath, or the installed default when it is empty.
    QString resolvedModelPath() const;
    DetectorOptions detectorOptions() const;
    // The classic and the adversarial form of one base method ("LIME" -> LIME, LIME_adv).
    ExplainRequest explainRequest(const QString& baseMethod) const;
    // The evaluation of one face: the explanation settings above (SLIC, NES, seed) with the
    // evaluation's sample count, top-k, attack iterations and budget search.
    EvaluationSettings evaluationSettings() const;

    void addRecentFile(const QString& path);
    void addRecentCase(const QString& path);

    static AppSettings load(QSettings& store);
    void save(QSettings& store) const;
};

} // namespace fakelens::ui
