// The last section: every setting and seed behind the figures, so that each can be made again
// with the same FakeLens version (fakelens-cli explain/evaluate take the same values).
#include "report/ReportComposer.h"

#include "core/Version.h"
#include "evaluate/Rankings.h"
#include "explain/ExplainerRegistry.h"
#include "explain/ExplanationRunner.h"
#include "report/ReportHtml.h"
#include "report/ReportStrings.h"

#include <QtGlobal>

#include <algorithm>

#include <opencv2/core/version.hpp>

namespace fakelens {

using namespace html;

namespace {

using T = ReportText;

QString yesNo(bool v) { return v ? T::tr("yes") : T::tr("no"); }

QString nesText(const NesSettings& n) {
    return T::tr("sigma %1, %2 antithetic pairs per iteration, step %3/255, maximum change %4/255 (L-infinity), at most %5 "
                 "iterations, paper-compatible step rule: %6, noise: %7")
        .arg(n.sigma).arg(n.samples).arg(n.alpha * 255.0, 0, 'g', 4).arg(n.epsilon * 255.0, 0, 'g', 4)
        .arg(n.maxIterations).arg(yesNo(n.paperCompatible))
        .arg(n.perChannel ? T::tr("one value per pixel and colour channel (not Algorithm 1's form)")
                          : T::tr("one value per pixel, shared by R, G and B (Algorithm 1)"));
}

QString frameList(const std::vector<int>& frames) {
    QStringList list;
    for (int f : frames)
        list << QString::number(f);
    return list.join(QStringLiteral(", "));
}

} // namespace

void composeParameters(ReportDocument& doc, const ReportInput& in) {
    const ReportParameters& p = in.parameters;
    const ExplainRequest& r = p.explain;
    const ExplainerSettings& s = r.settings;

    QString methods;
    for (const std::string& m : r.methods)
        methods += (methods.isEmpty() ? QString() : QStringLiteral(", ")) + QString::fromStdString(m);

    bool adversarial = false;
    for (const std::string& m : r.methods)
        adversarial |= QString::fromStdString(m).endsWith(QLatin1String("_adv"));

    QString rows;
    rows += kvRow(T::tr("FakeLens"), esc(QString::fromLatin1(kVersion)));
    rows += kvRow(T::tr("Libraries"), esc(T::tr("Qt %1, OpenCV %2").arg(QString::fromLatin1(qVersion()),
                                                                       QStringLiteral(CV_VERSION))));
    rows += kvRow(T::tr("Face detection"), esc(p.faceDetection ? T::tr("dlib HOG with 68 landmarks, upsampling %1")
                                                                     .arg(p.detectorUpsample)
                                                               : T::tr("off: each image or frame taken whole as the face")));
    rows += kvRow(T::tr("Face crop"), esc(T::tr("%1 policy, %2 x %3 pixels, resized with INTER_AREA")
                                              .arg(QString::fromLatin1(cropPolicyName(in.model.card.crop)))
                                              .arg(in.model.card.inputWidth).arg(in.model.card.inputHeight)));
    if (in.evidence.isVideo) {
        rows += kvRow(T::tr("Frames"), esc(p.frameSelection));
        rows += kvRow(T::tr("Frame numbers"), mono(frameList(in.framesAnalysed)));
    }
    rows += kvRow(T::tr("Faces explained"), esc(p.faceSelection));
    rows += kvRow(T::tr("Methods"), esc(methods));
    rows += kvRow(T::tr("Seed"), mono(QString::number(r.seed)));
    QString seeds;
    for (const std::string& m : r.methods)
        seeds += QStringLiteral("%1: %2<br>").arg(esc(m), mono(QString::number(explanationSeed(r.seed, m))));
    if (adversarial)
        seeds += QStringLiteral("%1: %2").arg(esc(T::tr("NES sample")), mono(QString::number(methodSeed(r.seed, "NES"))));
    rows += kvRow(T::tr("Derived seeds"), seeds);
    rows += kvRow(T::tr("Segmentation"), esc(T::tr("SLIC, about %1 segments, ruler %2, %3 iterations, pieces under %4% of a "
                                                   "segment merged")
                                                 .arg(r.slic.segments).arg(r.slic.ruler).arg(r.slic.iterations)
                                                 .arg(r.slic.minElementPercent)));
    // Only the settings of the methods that ran: the others did not shape any figure. Each
    // method's parameters as its descriptor names them.
    const std::vector<std::string> methodsRun = expandMethodNames(r.methods);
    for (const MethodDescriptor* method : methodDescriptors()) {
        const bool ran = std::any_of(methodsRun.begin(), methodsRun.end(), [&](const std::string& m) {
            return parseMethodName(m).base == method->name;
        });
        if (!ran)
            continue;
        QStringList values;
        for (const ParameterSpec& spec : method->parameters)
            values << QStringLiteral("%1 %2").arg(QString::fromStdString(spec.label))
                          .arg(s.value(method->name, spec.key));
        rows += kvRow(QString::fromStdString(method->name),
                      esc(values.isEmpty() ? T::tr("no parameters") : values.join(QStringLiteral(", "))));
    }
    rows += kvRow(T::tr("Detector batch"), esc(T::tr("%1 images per call").arg(s.batchSize)));
    if (adversarial)
        rows += kvRow(T::tr("Adversarial sample (NES)"), esc(nesText(r.nes)));
    if (p.evaluation) {
        const EvaluationSettings& e = *p.evaluation;
        rows += kvRow(T::tr("Evaluation"), esc(T::tr("top-1 to top-%1 segments attacked; minimal budget search: %2; RANDOM "
                                                     "baseline: %3 (ranking seed %5); attack seed %4")
                                                   .arg(e.topK).arg(yesNo(e.measureMinimalBudget)).arg(yesNo(e.randomBaseline))
                                                   .arg(methodSeed(e.seed, "top-k attack"))
                                                   .arg(methodSeed(e.seed, kRandomMethod))));
        rows += kvRow(T::tr("Evaluation attack (NES)"), esc(nesText(e.attack)));
    }
    rows += kvRow(T::tr("Figures"), esc(T::tr("heatmaps: JET colours blended 50% over the face; a method's classic and "
                                              "adversarial map share one scale, from the lower of their minimums to the "
                                              "higher of their maximums (the colour bar under the pair); top segments: "
                                              "the first %1 of the ranking")
                                            .arg(p.topSegmentsShown)));
    if (!p.commandLine.isEmpty())
        rows += kvRow(T::tr("Command"), mono(p.commandLine));

    doc.add(QStringLiteral("<h2>%1</h2><p class=\"note\">%2</p>")
                .arg(esc(T::tr("Parameters and reproduction")),
                     esc(T::tr("Everything below, with the same evidence, model file (see the SHA-256 values) and FakeLens "
                               "version, reproduces every number and figure of this report."))) +
            kvTable(rows));
}

} // namespace fakelens
