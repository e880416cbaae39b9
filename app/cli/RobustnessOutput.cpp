#include "RobustnessOutput.h"

#include "models/ModelCard.h"

#include <QJsonArray>
#include <QStringList>

namespace cli {

QJsonObject robustnessToJson(const fakelens::RobustnessResult& r) {
    QJsonArray variants;
    for (const fakelens::RobustnessVariant& v : r.variants)
        variants.append(QJsonObject{{"name", QString::fromStdString(v.name)},
                                    {"fake_probability", v.fakeProbability},
                                    {"verdict", fakelens::faceCallName(v.call)}});
    QJsonObject o;
    o["original_fake_probability"] = r.originalFakeProbability;
    o["variants"] = variants;
    o["min_fake_probability"] = r.minFakeProbability;
    o["max_fake_probability"] = r.maxFakeProbability;
    o["max_abs_change"] = r.maxAbsChange;
    o["unstable"] = r.unstable;
    return o;
}

QString robustnessLine(const fakelens::RobustnessResult& r) {
    QStringList flipped;
    for (const fakelens::RobustnessVariant& v : r.variants)
        if (v.call != r.originalCall)
            flipped << QStringLiteral("%1 %2").arg(QString::fromStdString(v.name)).arg(v.fakeProbability, 0, 'f', 4);
    return QStringLiteral("    robustness: P(fake) %1..%2 over %3 variants, max change %4  %5")
        .arg(r.minFakeProbability, 0, 'f', 4)
        .arg(r.maxFakeProbability, 0, 'f', 4)
        .arg(r.variants.size())
        .arg(r.maxAbsChange, 0, 'f', 4)
        .arg(r.unstable ? QStringLiteral("UNSTABLE (verdict flips: %1)").arg(flipped.join(", ")) : QStringLiteral("stable"));
}

} // namespace cli
