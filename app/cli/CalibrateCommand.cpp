// fakelens-cli calibrate: a model's measured error rates on a labelled dataset (issue 18), kept
// beside the model file as <model file>.calibration.json (see engine/evaluate/Calibrator.h).
#include "CliSupport.h"
#include "Commands.h"

#include "core/EvidenceFolder.h"
#include "evaluate/CalibrationRecord.h"
#include "evaluate/CalibrationStatement.h"
#include "evaluate/Calibrator.h"
#include "evaluate/DatasetScanner.h"
#include "evaluate/FaceExtractor.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#include <cmath>
#include <cstdio>
#include <memory>

#include <unistd.h>

namespace cli {

namespace {

QString number(double v, int decimals) {
    return std::isfinite(v) ? QString::number(v, 'f', decimals) : QStringLiteral("-");
}

void printRecordText(const fakelens::CalibrationRecord& r, const QString& written) {
    printLine(fakelens::calibrationStatement(r));
    printLine(QStringLiteral("Model %1 (%2, SHA-256 %3); dataset %4 (%5 image(s), SHA-256 %6).")
                  .arg(r.modelName, r.modelFile, r.modelSha256, r.datasetPath)
                  .arg(r.datasetImages)
                  .arg(r.datasetSha256));
    printLine(QStringLiteral("At threshold %1: %2 of %3 fakes called fake (TPR %4), %5 of %6 reals called fake (FPR %7).")
                  .arg(r.threshold, 0, 'f', 2)
                  .arg(r.counts.truePositives)
                  .arg(r.fakeFaces)
                  .arg(number(r.counts.tpr(), 4))
                  .arg(r.counts.falsePositives)
                  .arg(r.realFaces)
                  .arg(number(r.counts.fpr(), 4)));
    if (r.skippedNoFace + r.skippedUnreadable + r.unlabelled > 0)
        printLine(QStringLiteral("Left out: %1 without a face, %2 unreadable, %3 under no fake/real folder.")
                      .arg(r.skippedNoFace)
                      .arg(r.skippedUnreadable)
                      .arg(r.unlabelled));
    printLine(QString());
    printLine(QStringLiteral("P(fake) bin    faces  fake  mean P(fake)  fraction fake"));
    for (const fakelens::ReliabilityBin& b : r.reliability)
        printLine(QStringLiteral("%1-%2  %3  %4  %5  %6")
                      .arg(b.low, 0, 'f', 1)
                      .arg(b.high, 0, 'f', 1)
                      .arg(b.count, 11)
                      .arg(b.fakes, 4)
                      .arg(number(b.meanScore, 3), 12)
                      .arg(number(b.fractionFake, 3), 13));
    printLine(QString());
    printLine(r.proposedInconclusiveBand
                  ? QStringLiteral("Proposed inconclusive band (neither class reaches %1 % precision): P(fake) %2 to %3 "
                                   "(a proposal; not applied).")
                        .arg(100.0 * r.bandPrecision, 0, 'f', 0)
                        .arg(r.proposedInconclusiveBand->low, 0, 'f', 1)
                        .arg(r.proposedInconclusiveBand->high, 0, 'f', 1)
                  : QStringLiteral("Proposed inconclusive band: none (every score bin reaches %1 % precision).")
                        .arg(100.0 * r.bandPrecision, 0, 'f', 0));
    printLine(QStringLiteral("Record: %1").arg(written));
    const QString readFrom = fakelens::calibrationRecordPath(r.modelFile);
    if (QFileInfo(written).absoluteFilePath() != QFileInfo(readFrom).absoluteFilePath())
        printLine(QStringLiteral("Reports and the Models dialog read the record only from %1: copy it there to have it "
                                 "quoted.")
                      .arg(readFrom));
}

} // namespace

int runCalibrate(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "Measure the model's error rates on a labelled dataset (images under fake/ and real/ folders, read as "
        "`evaluate` reads them): faces per class, ROC AUC, the share of fakes missed and of reals flagged at the "
        "card's threshold, a reliability table of 10 P(fake) bins and a proposed inconclusive band. The record is "
        "written beside the model file as <model file>.calibration.json (replacing an earlier one); reports and the "
        "Models dialog state it for the model."));
    parser.addHelpOption();
    parser.addPositionalArgument("DATASET", Text::tr("A folder tree with fake/ and real/ folders of face crops or frames."));
    addModelOptions(parser);
    parser.addOption({"json", Text::tr("Print one JSON document on stdout (see README).")});
    parser.addOption({"output",
                      Text::tr("Write the record to FILE instead of beside the model file (e.g. when the model's "
                               "folder is not writable). Reports and the Models dialog read it only beside the model, "
                               "as <model file>.calibration.json: copy it there to have it quoted."),
                      "FILE"});
    parser.addOption({"faces",
                      Text::tr("How faces are taken: auto (whole image up to 512 px, else the "
                               "largest detected face), "
                               "whole, or detect (default auto)."),
                      "MODE", "auto"});
    parser.addOption({"no-detect", Text::tr("Take every image whole as one face crop (= --faces whole).")});
    parser.addOption({"quiet", Text::tr("No progress on stderr.")});
    if (!parseOrExplain(parser, arguments))
        return kUsage;
    if (parser.positionalArguments().size() != 1) {
        printError(Text::tr("calibrate: give exactly one DATASET folder"));
        return kUsage;
    }
    const QString dataset = parser.positionalArguments().first();
    fakelens::FaceInput faceInput = fakelens::FaceInput::Auto;
    try {
        faceInput = parser.isSet("no-detect") ? fakelens::FaceInput::WholeImage
                                              : fakelens::parseFaceInput(parser.value("faces").toStdString());
    } catch (const fakelens::Error& e) {
        printError(e);
        return kUsage;
    }
    if (!QFileInfo(dataset).isDir()) {
        printError(Text::tr("calibrate: %1 is not a folder").arg(dataset));
        return kInputFailed;
    }

    std::unique_ptr<fakelens::Detector> detector;
    try {
        detector = loadDetectorFromOptions(parser);
    } catch (const fakelens::Error& e) {
        printError(e);
        return e.code() == fakelens::ErrorCode::InvalidArgument ? kUsage : kModelFailed;
    }

    // Where the record goes, checked before minutes of scoring: beside the model, never in the dataset.
    const QString output = parser.isSet("output")
                               ? parser.value("output")
                               : fakelens::calibrationRecordPath(QString::fromStdString(detector->modelFiles().front()));
    const QString root = QString::fromStdString(fakelens::datasetRoot(dataset.toStdString()));
    if (fakelens::isInsideFolder(output, root)) {
        printError(Text::tr("calibrate: %1 is inside the dataset %2; write the record elsewhere").arg(output, root));
        return kUsage;
    }
    try {
        fakelens::checkCalibrationDestination(output);
    } catch (const fakelens::Error& e) {
        printError(e);
        printError(Text::tr("calibrate: give another place for the record with --output FILE"));
        return kInputFailed;
    }

    const bool interactive = !parser.isSet("quiet") && isatty(fileno(stderr));
    const fakelens::ProgressReporter progress = terminalProgress(interactive);
    return runCancellable(Text::tr("calibrate: cancelled; no record was written"), [&](const fakelens::CancelToken& cancel) {
        fakelens::Calibrator calibrator(*detector, faceInput);
        const fakelens::CalibrationRecord record = calibrator.run(dataset.toStdString(), progress, cancel);
        cancel.throwIfCancelled();
        fakelens::writeCalibrationRecord(record, output);
        if (parser.isSet("json"))
            printLine(QString::fromUtf8(QJsonDocument(fakelens::calibrationRecordToJson(record)).toJson(QJsonDocument::Indented))
                          .trimmed());
        else
            printRecordText(record, output);
        return int(kOk);
    });
}

} // namespace cli
