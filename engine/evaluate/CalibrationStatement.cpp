#include "evaluate/CalibrationStatement.h"

#include <cmath>

namespace fakelens {

namespace {

QString percent(double fraction) {
    return std::isfinite(fraction) ? QStringLiteral("%1 %").arg(100.0 * fraction, 0, 'f', 0) : QStringLiteral("n/a");
}

// "33 % (95 % interval 10 to 70 %)": the count a rate rests on matters as much as the rate.
QString rateWithInterval(int hits, int trials) {
    if (trials <= 0)
        return QStringLiteral("n/a");
    const ProportionInterval ci = wilsonInterval(hits, trials);
    return QStringLiteral("%1 (95 % interval %2 to %3 %)")
        .arg(percent(double(hits) / trials))
        .arg(100.0 * ci.low, 0, 'f', 0)
        .arg(100.0 * ci.high, 0, 'f', 0);
}

} // namespace

QString calibrationStatement(const std::optional<CalibrationRecord>& record) {
    if (!record)
        return QStringLiteral("This model has no calibration record.");
    const CalibrationRecord& r = *record;
    const QString auc = std::isfinite(r.auc) ? QString::number(r.auc, 'f', 2) : QStringLiteral("n/a");
    // Misses = fakes called real (1 - TPR); flags = reals called fake (FPR).
    return QStringLiteral("On %1, %2 faces (%3 fake, %4 real): AUC %5; at threshold %6 this model misses %7 of "
                          "fakes and flags %8 of reals.")
        .arg(r.datasetName)
        .arg(r.faces())
        .arg(r.fakeFaces)
        .arg(r.realFaces)
        .arg(auc)
        .arg(r.threshold, 0, 'f', 2)
        .arg(rateWithInterval(r.counts.falseNegatives, r.fakeFaces),
             rateWithInterval(r.counts.falsePositives, r.counts.falsePositives + r.counts.trueNegatives));
}

QString calibrationStatementForModel(const QString& modelFile, const QString& modelSha256) {
    QString problem;
    const std::optional<CalibrationRecord> record = findCalibrationRecord(modelFile, modelSha256, &problem);
    if (!record && !problem.isEmpty())
        return calibrationStatement(record) + QStringLiteral(" (The record beside it was refused: %1)").arg(problem);
    return calibrationStatement(record);
}

} // namespace fakelens
