#include "report/ReportStrings.h"

#include "explain/ExplainerRegistry.h"
#include "faces/DetectedFace.h"

namespace fakelens {

QString ReportText::heatmapNote() {
    return tr("Each heatmap shows which parts of the face pushed the detector's score towards "
              "\"fake\" for that face, as one explanation method estimates it: red regions "
              "mattered most, blue regions least. The classic and the adversarial map of a method "
              "share one colour scale, printed with its numbers under the pair, so a weaker map "
              "looks weaker; different methods and faces have their own scales. The "
              "methods work on superpixel segments (shown on the segment map), which is why the "
              "maps follow segment borders. The classic form of a method hides parts of the face "
              "with a neutral fill (mean colour, blur or black); the adversarial form (_adv) hides "
              "them with the adversarial sample: the same face changed imperceptibly until the "
              "detector calls it real, so hiding a region removes exactly the evidence the "
              "detector relies on there. "
              "A heatmap explains the detector, not the image: it does not show where the face "
              "was manipulated, does not prove or disprove a manipulation, and can be wrong where "
              "the detector is wrong. Methods may disagree; regions that several methods rank "
              "highly are more trustworthy than those only one method picks.");
}

QString ReportText::verdictNote() {
    return tr("P(fake) is the detector's estimate, between 0 and 1, that the face was generated "
              "or manipulated; the verdict is \"fake\" when it reaches the model's threshold. It "
              "is a statistical indication from one model trained on particular manipulations, "
              "not a proof, and should be weighed with other evidence. Faces made with methods "
              "the model was not trained on, heavy compression or low resolution can make it "
              "wrong in either direction.");
}

QString ReportText::evaluationNote() {
    return tr("The evaluation checks whether a method's most important segments really carry the "
              "detector's evidence: only the top-k segments of its ranking are changed by an "
              "adversarial attack (NES) and the face is scored again. A faithful explanation "
              "lets the attack flip the verdict to \"real\" with few segments, a large drop in "
              "P(fake) (sufficiency), few iterations and a small budget (the smallest change, in "
              "1/255 grey levels, that still flips). The RANDOM row ranks segments at random and "
              "shows what chance achieves.");
}

QString ReportText::methodDescription(const QString& base) {
    for (const MethodDescriptor* method : methodDescriptors())
        if (base == QString::fromStdString(method->name))
            return QString::fromStdString(method->description);
    return tr("Adversarial (_adv) form: the same method, with the same random masks, and hidden "
              "parts filled from the NES adversarial sample instead of a neutral fill (Tsigos et "
              "al., WACVW 2025); only for a face the detector calls fake.");
}

QString ReportText::verdict(bool fake) {
    return fake ? tr("fake") : tr("real");
}

QString ReportText::verdict(FaceCall call) {
    return call == FaceCall::Inconclusive ? tr("inconclusive") : verdict(call == FaceCall::Fake);
}

QString ReportText::verdictSpan(FaceCall call) {
    return QStringLiteral("<span class=\"%1\">%2</span>")
        .arg(QString::fromLatin1(faceCallName(call)), verdict(call).toHtmlEscaped());
}

QString ReportText::listOf(const QStringList& items) {
    if (items.size() < 2)
        return items.join(QString());
    return tr("%1 and %2").arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.last());
}

QString ReportText::smallFaceNote(const ModelCard& card, const cv::Rect2f& box, bool kept) {
    if (!card.tooSmallToJudge(faceBoxSide(box)))
        return {};
    return kept ? tr(" (too small to judge: kept in the verdict on request)")
                : tr(" (too small to judge: left out of the verdict)");
}

} // namespace fakelens
