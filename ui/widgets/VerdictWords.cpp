#include "widgets/VerdictWords.h"

#include "widgets/VerdictColors.h"

namespace fakelens::ui {

QString VerdictWords::of(FaceCall call) {
    switch (call) {
    case FaceCall::Fake:
        return tr("fake");
    case FaceCall::Inconclusive:
        return tr("inconclusive");
    case FaceCall::Real:
        break;
    }
    return tr("real");
}

QString VerdictWords::emphasised(FaceCall call) { return call == FaceCall::Fake ? tr("FAKE") : of(call); }

QString VerdictWords::coloured(FaceCall call) {
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(verdictColor(call).name(), of(call).toHtmlEscaped());
}

QString VerdictWords::band(const ModelCard& card) {
    if (!card.hasInconclusiveBand)
        return {};
    return tr("%1 when P(fake) is %2 to %3")
        .arg(of(FaceCall::Inconclusive))
        .arg(card.inconclusiveLow, 0, 'f', 2)
        .arg(card.inconclusiveHigh, 0, 'f', 2);
}

} // namespace fakelens::ui
