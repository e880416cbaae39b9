// One face's section: where it is, what the detector said, the adversarial sample, each
// method's classic and adversarial heatmaps side by side with their top segments, and the
// evaluation when it ran.
#include "core/Timecode.h"
#include "report/ReportComposer.h"

#include "evaluate/FaceEvaluator.h"
#include "explain/ExplainerRegistry.h"
#include "explain/ExplanationRunner.h"
#include "report/ReportCharts.h"
#include "report/ReportFigures.h"
#include "report/ReportHtml.h"
#include "report/ReportStrings.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace fakelens {

using namespace html;

namespace {

using T = ReportText;

constexpr int kFaceFigure = 148;    // four faces side by side across the page
constexpr int kTopListed = 5;       // segments listed with their scores under each heatmap

// The face's word (ModelCard::call) and, for a face too small to judge, what became of it.
QString verdictSpan(const ReportInput& in, const ReportFace& f) {
    return T::verdictSpan(in.model.card.call(f.fakeProbability)) +
           esc(T::smallFaceNote(in.model.card, f.face.box, in.verdict.smallFacesIncluded));
}

// The frame with the box, the crop, and the facts.
// Key/value rows beside a figure: a fixed key column, so the values get the rest.
QString factRow(const ReportDocument& doc, const QString& key, const QString& value) {
    return kvRow(key, value, QString::number(doc.px(84)));
}

void composeLocation(ReportDocument& doc, const ReportInput& in, const ReportFace& f, int number) {
    QString title = in.evidence.isVideo
                        ? T::tr("Face %1: track %2, frame %3 (%4), face %5 of the frame")
                              .arg(number).arg(f.trackId).arg(f.frame)
                              .arg(QString::fromStdString(timecode(f.timeSeconds))).arg(f.faceIndex + 1)
                        : T::tr("Face %1").arg(number);
    if (f.face.origin == FaceOrigin::Examiner) // a face the detector missed: say so where it is named
        title += QStringLiteral(" (") + T::tr("drawn by the examiner") + QLatin1Char(')');
    const QImage frame = frameWithFace(f);
    // The frame figure gets what the crop and the facts leave, at most 230 px high.
    const double aspect = frame.isNull() ? 1.0 : double(frame.width()) / frame.height();
    const double width96 = std::min(250.0, 210.0 * aspect);
    const int frameWidth = doc.px(width96);
    const int frameHeight = doc.px(width96 / aspect);
    const cv::Rect2f& b = f.face.box;

    QString facts;
    facts += factRow(doc, T::tr("P(fake)"), QStringLiteral("<b>%1</b>").arg(probability(f.fakeProbability)));
    facts += factRow(doc, T::tr("Verdict"), verdictSpan(in, f) + esc(T::tr(" (threshold %1)").arg(in.model.card.threshold, 0, 'f', 2)));
    if (in.evidence.isVideo) {
        facts += factRow(doc, T::tr("Frame"), QStringLiteral("%1 (%2)").arg(f.frame)
                                                  .arg(QString::fromStdString(timecode(f.timeSeconds))));
        facts += factRow(doc, T::tr("Track"), QString::number(f.trackId));
        facts += factRow(doc, T::tr("Time"), esc(T::tr("%1\u00a0s").arg(f.timeSeconds, 0, 'f', 3)));
    }
    facts += factRow(doc, T::tr("Face box"), esc(T::tr("x %1, y %2, %3 x %4 pixels").arg(qRound(b.x)).arg(qRound(b.y))
                                               .arg(qRound(b.width)).arg(qRound(b.height))));
    facts += factRow(doc, T::tr("Found by"),
                     esc(f.wholeImage                              ? T::tr("whole image taken as the face")
                         : f.face.origin == FaceOrigin::Examiner ? T::tr("drawn by the examiner (the face detector missed it); "
                                                                          "landmarks fitted inside the drawn box")
                                                                 : T::tr("dlib HOG face detector, confidence %1")
                                                                       .arg(f.face.confidence, 0, 'f', 2)));
    if (f.explanation)
        facts += factRow(doc, T::tr("Segments"), QString::number(f.explanation->segments.count));

    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(title));
    html += QStringLiteral("<p class=\"verdictline\">%1 %2</p>")
                .arg(esc(T::tr("Verdict: ")), verdictSpan(in, f) + esc(T::tr(" (P(fake) %1)").arg(probability(f.fakeProbability))));
    html += QStringLiteral("<table class=\"figures\" width=\"100%\" cellspacing=\"0\"><tr>");
    html += figure(doc.addImage(frame), frameWidth, frameHeight,
                   esc(T::tr("Frame %1: face box (solid), crop (dashed)").arg(f.frame)));
    html += figure(doc.addImage(toQImage(f.crop)), doc.px(110), doc.px(110), esc(T::tr("What the detector saw")));
    html += QStringLiteral("<td valign=\"top\">%1</td></tr></table>").arg(kvTable(facts));
    if (!f.notExplainedReason.isEmpty())
        html += QStringLiteral("<p class=\"note\"><i>%1</i></p>").arg(esc(f.notExplainedReason));
    doc.add(html);
}

void composeAdversarial(ReportDocument& doc, const ExplainReport& ex) {
    if (!ex.adversarial)
        return;
    const NesResult& nes = *ex.adversarial;
    double gain = 1.0;
    const QImage difference = perturbationFigure(ex.image, nes.adversarial, &gain);
    QString facts;
    facts += factRow(doc, T::tr("L-infinity"), esc(T::tr("%1 (%2/255)").arg(nes.linf, 0, 'f', 4).arg(nes.linf * 255.0, 0, 'f', 1)));
    facts += factRow(doc, T::tr("L2"), esc(QString::number(nes.l2, 'f', 3)));
    facts += factRow(doc, T::tr("Detector afterwards"), esc(T::tr("P(real) %1, %2").arg(probability(nes.finalRealProbability),
                                                                                 nes.flipped ? T::tr("called real")
                                                                                             : T::tr("still called fake"))));
    facts += factRow(doc, T::tr("NES"), esc(T::tr("%1 iterations, %2 inferences, %3\u00a0s").arg(nes.iterations).arg(nes.inferences)
                                         .arg(seconds(nes.seconds))));
    QString html = QStringLiteral("<h3>%1</h3><p class=\"note\">%2</p>")
                       .arg(esc(T::tr("Adversarial sample")),
                            esc(T::tr("The face changed by NES until the detector calls it real; the _adv methods fill "
                                      "hidden regions from it. The change is meant to be invisible.")));
    html += QStringLiteral("<table class=\"figures\" width=\"100%\" cellspacing=\"0\"><tr>");
    html += figure(doc.addImage(toQImage(ex.image)), doc.px(110), doc.px(110), esc(T::tr("Face (detector input)")));
    html += figure(doc.addImage(toQImage(nes.adversarial)), doc.px(110), doc.px(110), esc(T::tr("Adversarial sample")));
    html += figure(doc.addImage(difference), doc.px(110), doc.px(110),
                   esc(T::tr("Difference x %1 (grey = unchanged)").arg(gain, 0, 'f', 0)));
    html += QStringLiteral("<td valign=\"top\">%1</td></tr></table>").arg(kvTable(facts));
    doc.add(html);
}

// "1 detector inference" (GRADCAM's one pass), "2000 detector inferences".
QString inferencesText(long long inferences) {
    return inferences == 1 ? T::tr("1 detector inference") : T::tr("%1 detector inferences").arg(inferences);
}

QString scoresLine(const Explanation& e, std::uint64_t requestSeed) {
    QStringList top;
    for (int i = 0; i < std::min<int>(kTopListed, int(e.ranking.size())); ++i) {
        const int s = e.ranking[size_t(i)];
        const double v = s >= 0 && s < int(e.segmentScores.size()) ? e.segmentScores[size_t(s)] : NAN;
        top << QStringLiteral("%1 (%2)").arg(s).arg(score(v));
    }
    return QStringLiteral("<b>%1</b> %2<br><span class=\"small\">%3</span>")
        .arg(esc(T::tr("%1 top segments (score):").arg(QString::fromStdString(e.method))), esc(top.join(QStringLiteral(", "))),
             esc(T::tr("%1\u00a0s, %2, seed %3")
                     .arg(seconds(e.seconds), inferencesText(e.inferences))
                     .arg(explanationSeed(requestSeed, e.method))));
}

void composeMethods(ReportDocument& doc, const ReportInput& in, const ExplainReport& ex) {
    const int k = in.parameters.topSegmentsShown;
    QString intro = QStringLiteral("<h3>%1</h3><table class=\"figures\" cellspacing=\"0\"><tr>").arg(esc(T::tr("Explanations")));
    intro += figure(doc.addImage(segmentMap(ex.image, ex.segments)), doc.px(300), doc.px(300),
                    esc(T::tr("Segment map: %1 SLIC segments, numbered as in the rankings").arg(ex.segments.count)));
    intro += QStringLiteral("<td valign=\"top\"><p class=\"note\">%1</p><p class=\"note\">%2</p>"
                            "<p><img src=\"%3\" width=\"%5\" height=\"%6\"><br><span class=\"caption\">%4</span></p></td></tr></table>")
                 .arg(esc(T::tr("For each method the classic form and the adversarial form (_adv) are side by side: the "
                                "heatmap over the face, then the face with only its %n most important segment(s) "
                                "visible, numbered by rank.", nullptr, k)),
                      esc(T::tr("Below each pair: the top %1 segments with their scores (segment numbers as on the "
                                "segment map), the run time and the seed.").arg(kTopListed)),
                      doc.addImage(colorScale(360, 18)), esc(T::tr("low  \u2192  high importance for \"fake\"")))
                 .arg(doc.px(180))
                 .arg(doc.px(9));
    doc.add(intro);

    // One row per method family, classic left and _adv right, whichever of them ran.
    for (const std::string& base : explainerNames()) {
        const Explanation* forms[2] = {nullptr, nullptr};
        for (const Explanation& e : ex.explanations) {
            const MethodName name = parseMethodName(e.method);
            if (name.base == base)
                forms[name.adversarial ? 1 : 0] = &e;
        }
        if (!forms[0] && !forms[1])
            continue;
        const QString names[2] = {QString::fromStdString(base), QString::fromStdString(base) + QStringLiteral("_adv")};
        // Both forms on one colour scale, so that a weaker map looks weaker (as in the workbench's
        // default); the numbers under the pair say what the colours are.
        std::vector<Explanation> pair;
        for (const Explanation* form : forms)
            if (form)
                pair.push_back(*form);
        const SaliencyRange shared = displayRanges(pair, ScaleMode::Shared).front();
        QString figures, texts;
        for (int i = 0; i < 2; ++i) {
            if (!forms[i]) {
                figures += QStringLiteral("<td colspan=\"2\" align=\"center\" valign=\"middle\" width=\"50%\">"
                                          "<span class=\"small\">%1</span></td>")
                               .arg(esc(i == 1 && !methodDescriptor(base).hasAdversarialForm
                                            ? T::tr("%1 has no adversarial (_adv) form").arg(names[0])
                                            : T::tr("%1 was not run").arg(names[i])));
                texts += QStringLiteral("<td colspan=\"2\"></td>");
                continue;
            }
            const Explanation& e = *forms[i];
            figures += figure(doc.addImage(heatmapOverlay(e, ex.image, shared)), doc.px(kFaceFigure), doc.px(kFaceFigure),
                              QStringLiteral("<b>%1</b> %2").arg(esc(names[i]), esc(T::tr("heatmap"))));
            figures += figure(doc.addImage(topSegmentsFigure(ex.image, ex.segments, e.ranking, k)), doc.px(kFaceFigure), doc.px(kFaceFigure),
                              QStringLiteral("<b>%1</b> %2").arg(esc(names[i]), esc(T::tr("top %1 segments").arg(k))));
            texts += QStringLiteral("<td colspan=\"2\" valign=\"top\" width=\"50%\">%1</td>")
                         .arg(scoresLine(e, in.parameters.explain.seed));
        }
        const QString scaleTitle =
            forms[0] && forms[1]
                ? T::tr("Colour scale shared by %1: %2").arg(T::tr("%1 and %2").arg(names[0], names[1]), saliencyUnits(base))
                : T::tr("Colour scale of %1: %2").arg(forms[0] ? names[0] : names[1], saliencyUnits(base));
        const QImage bar = colorScaleWithNumbers(680, shared, scaleTitle); // shown at half size, sharp in print
        const QString scale = QStringLiteral("<tr><td colspan=\"4\" align=\"center\"><img src=\"%1\" width=\"%2\" height=\"%3\"></td></tr>")
                                  .arg(doc.addImage(bar))
                                  .arg(doc.px(bar.width() / 2.0))
                                  .arg(doc.px(bar.height() / 2.0));
        doc.add(QStringLiteral("<h3>%1</h3><table class=\"figures\" width=\"100%\" cellspacing=\"0\"><tr>%2</tr>%4<tr>%3</tr></table>")
                    .arg(esc(forms[0] && forms[1] ? T::tr("%1 and %2").arg(names[0], names[1])
                                                  : (forms[0] ? names[0] : names[1])),
                         figures, texts, scale));
    }
}

QString variantText(const std::string& name) {
    if (name.rfind("jpeg", 0) == 0)
        return T::tr("JPEG re-encoded, quality %1").arg(QString::fromStdString(name.substr(4)));
    if (name.rfind("scale", 0) == 0)
        return T::tr("frame downscaled x %1").arg(QString::fromStdString(name.substr(5)));
    if (name == "shift-right")
        return T::tr("face shifted 1 pixel right");
    if (name == "shift-down")
        return T::tr("face shifted 1 pixel down");
    if (name == "shift-left")
        return T::tr("face shifted 1 pixel left");
    if (name == "shift-up")
        return T::tr("face shifted 1 pixel up");
    return QString::fromStdString(name);
}

// The robustness re-test: each variant's P(fake) and verdict, the spread, stable or unstable.
void composeRobustness(ReportDocument& doc, const RobustnessResult& r) {
    QString rows = QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                       .arg(esc(T::tr("Variant")), esc(T::tr("P(fake)")), esc(T::tr("Change")), esc(T::tr("Verdict")));
    rows += QStringLiteral("<tr><td>%1</td><td align=\"center\">%2</td><td></td><td align=\"center\">%3</td></tr>")
                .arg(esc(T::tr("as analysed")), probability(r.originalFakeProbability), T::verdictSpan(r.originalCall));
    for (const RobustnessVariant& v : r.variants)
        rows += QStringLiteral("<tr><td>%1</td><td align=\"center\">%2</td><td align=\"center\">%3</td>"
                               "<td align=\"center\">%4</td></tr>")
                    .arg(esc(variantText(v.name)), probability(v.fakeProbability),
                         QString::asprintf("%+.4f", v.fakeProbability - r.originalFakeProbability), T::verdictSpan(v.call));
    const QString summary =
        (r.unstable ? QStringLiteral("<b class=\"fake\">%1</b> ").arg(esc(T::tr("Unstable:")))
                          + esc(T::tr("the verdict changes under at least one variant."))
                    : QStringLiteral("<b>%1</b> ").arg(esc(T::tr("Stable:"))) + esc(T::tr("every variant keeps the verdict.")))
        + QStringLiteral(" ")
        + esc(T::tr("P(fake) from %1 to %2, largest change %3.")
                  .arg(probability(r.minFakeProbability), probability(r.maxFakeProbability), probability(r.maxAbsChange)));
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p><p class=\"note\">%3</p>")
                       .arg(esc(T::tr("Robustness of the verdict")), summary,
                            esc(T::tr("The face re-scored after JPEG re-encoding of the frame (quality 90, 75, 50), "
                                      "downscaling of the frame (0.75, 0.5) and a one-pixel shift of the face, with the "
                                      "same crop as its own score. Computed from the evidence with the model above when the "
                                      "analysis was made; the case file keeps these numbers with the face.")));
    html += QStringLiteral("<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"2\">%1</table>").arg(rows);
    doc.add(html);
}

QString budgetText(int budget) {
    if (budget == kBudgetNotMeasured)
        return QStringLiteral("-");
    if (budget == kBudgetNeverFlipped)
        return T::tr("never");
    return QStringLiteral("%1/255").arg(budget);
}

void composeEvaluation(ReportDocument& doc, const ReportInput& in, const FaceEvaluation& ev) {
    QString rows = QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th></tr>")
                       .arg(esc(T::tr("Ranking")), esc(T::tr("Top-k")), esc(T::tr("P(fake) after")), esc(T::tr("Verdict after")),
                            esc(T::tr("Drop in P(fake)")), esc(T::tr("NES iterations")), esc(T::tr("Minimal budget")));
    QStringList shared; // "LIME_adv top-1 is LIME top-1" for each row that is a copy
    for (size_t mi = 0; mi < ev.methods.size(); ++mi) {
        const MethodEvaluation& m = ev.methods[mi];
        for (size_t i = 0; i < m.attacks.size(); ++i) {
            const AttackOutcome& a = m.attacks[i];
            QString topK = QString::number(a.k);
            if (a.reused) {
                // Same segments as an earlier row: one attack, so the rows cannot differ.
                topK += QStringLiteral("&nbsp;&dagger;");
                const std::optional<AttackPosition> origin = attackOrigin(ev, mi, i);
                if (origin)
                    shared << T::tr("%1 top-%2 is %3 top-%4")
                                  .arg(QString::fromStdString(m.method)).arg(a.k)
                                  .arg(QString::fromStdString(ev.methods[origin->method].method))
                                  .arg(ev.methods[origin->method].attacks[origin->attack].k);
            }
            rows += QStringLiteral("<tr>");
            if (i == 0)
                rows += QStringLiteral("<td rowspan=\"%1\" valign=\"middle\"><b>%2</b></td>").arg(m.attacks.size()).arg(esc(m.method));
            rows += QStringLiteral("<td align=\"center\">%1</td><td align=\"center\">%2</td><td align=\"center\">%3</td>"
                                   "<td align=\"center\">%4</td><td align=\"center\">%5</td><td align=\"center\">%6</td></tr>")
                        .arg(topK, probability(a.fakeProbabilityAfter), T::verdictSpan(a.stillFake ? FaceCall::Fake : FaceCall::Real), probability(a.sufficiency))
                        .arg(a.iterations).arg(esc(budgetText(a.minimalBudget)));
        }
    }
    const EvaluationSettings& s = *in.parameters.evaluation;
    QString html = QStringLiteral("<h3>%1</h3><p class=\"note\">%2</p>")
                       .arg(esc(T::tr("Evaluation of the explanations")),
                            esc(T::tr("P(fake) before the attacks: %1. NES on the top-1 to top-%2 segments only, at most %3 "
                                      "iterations, change at most %4/255.")
                                    .arg(probability(ev.fakeProbability)).arg(s.topK).arg(s.attack.maxIterations)
                                    .arg(s.attack.epsilon * 255.0, 0, 'f', 0)));
    html += QStringLiteral("<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"2\">%1</table>").arg(rows);
    if (!shared.isEmpty())
        html += QStringLiteral("<p class=\"note\">&dagger; %1</p>")
                    .arg(esc(T::tr("The same segments as an earlier row, so one attack shown twice: %1.").arg(shared.join(QStringLiteral("; ")))));
    doc.add(html, true); // with its chart when both fit on a page
    const QImage chart = evaluationChart(ev, QSize(kReportBodyWidth, 230));
    doc.add(QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%4\"><br><span class=\"caption\">%3</span></p>")
                .arg(doc.addImage(chart)).arg(doc.px(kReportBodyWidth))
                .arg(esc(T::tr("Drop in P(fake) when only the top-k segments of each ranking are attacked; higher is a more "
                               "faithful ranking. Solid bars: the verdict flipped to real.")))
                .arg(doc.px(230)));
}

} // namespace

void composeFaceSection(ReportDocument& doc, const ReportInput& in, const ReportFace& face, int number) {
    // A face with an explanation starts a page; short sections of unexplained faces follow on.
    if (face.explanation)
        doc.softPageBreak(0.6);
    composeLocation(doc, in, face, number);
    if (face.robustness)
        composeRobustness(doc, *face.robustness);
    if (!face.explanation)
        return;
    composeAdversarial(doc, *face.explanation);
    composeMethods(doc, in, *face.explanation);
    if (face.evaluation && in.parameters.evaluation && !face.evaluation->methods.empty())
        composeEvaluation(doc, in, *face.evaluation);
}

} // namespace fakelens
