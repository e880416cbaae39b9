#include "CliSupport.h"
#include "FaceBoxOption.h"
#include "Commands.h"
#include "ExplainOptions.h"
#include "ImageWriter.h"

#include "core/EvidenceFolder.h"
#include "core/Version.h"
#include "explain/ExplainerRegistry.h"
#include "explain/ExplanationRunner.h"
#include "explain/HeatmapRenderer.h"
#include "faces/FaceDetector.h"
#include "faces/FrameScorer.h"
#include "media/ImageLoader.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace cli {

namespace {

QJsonArray toJsonArray(const std::vector<int>& values) {
    QJsonArray a;
    for (int v : values)
        a.append(v);
    return a;
}

QJsonArray toJsonArray(const std::vector<double>& values) {
    QJsonArray a;
    for (double v : values)
        a.append(v);
    return a;
}

QJsonObject nesToJson(const fakelens::NesResult& nes, const fakelens::NesSettings& settings) {
    QJsonObject o;
    o["noise"] = QString::fromLatin1(fakelens::nesNoiseName(settings));
    o["iterations"] = nes.iterations;
    o["inferences"] = double(nes.inferences);
    o["final_real_probability"] = nes.finalRealProbability;
    o["flipped"] = nes.flipped;
    o["linf"] = nes.linf;
    o["linf_255"] = nes.linf * 255.0;
    o["l2"] = nes.l2;
    o["seconds"] = nes.seconds;
    return o;
}

// CV_32FC3 [0,1] -> CV_16UC3, rounded: 1/255 is exactly 257/65535.
cv::Mat to16Bit(const cv::Mat& rgbFloat) {
    cv::Mat out;
    rgbFloat.convertTo(out, CV_16UC3, 65535.0);
    return out;
}

} // namespace

int runExplain(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Explain the detector's verdict on each face of an image with the explanation methods "
                 "(%1), classic and adversarial (_adv).")
            .arg(QString::fromStdString(fakelens::methodChoicesText())));
    parser.addHelpOption();
    parser.addPositionalArgument("IMAGE",
                                 Text::tr("An image with faces, or a face crop with --no-detect."));
    addModelOptions(parser);
    addExplainOptions(parser);
    parser.addOption({"no-detect", Text::tr("Take the image whole as one face (for face crops).")});
    addFaceBoxOption(parser);
    parser.addOption({"out",
                      Text::tr("Folder for heatmap and overlay PNGs (created; never in the "
                               "evidence's folder)."),
                      "DIR"});
    parser.addOption({"json", Text::tr("Print one JSON document on stdout (see README).")});
    if (!parseOrExplain(parser, arguments))
        return kUsage;
    if (parser.positionalArguments().size() != 1) {
        printError(Text::tr("explain: give exactly one IMAGE"));
        return kUsage;
    }
    const QString path = parser.positionalArguments().first();

    fakelens::ExplainRequest request;
    std::unique_ptr<fakelens::Detector> detector;
    std::unique_ptr<fakelens::FaceDetector> faceDetector;
    std::vector<cv::Rect2f> drawnBoxes;
    try {
        drawnBoxes = fakelens::drawnBoxesOnImage(faceBoxesFromOptions(parser), path.toStdString()); // explain takes images only
        if (parser.isSet("out"))
            fakelens::checkOutsideEvidenceFolder(parser.value("out"), fakelens::evidenceFolderOf(path));
        request = requestFromOptions(parser);
        // First: its landmark model loads on a thread of its own while the detector loads.
        faceDetector = faceDetectorFromOptions(parser);
        detector = loadDetectorFromOptions(parser);
    } catch (const fakelens::Error& e) {
        printError(e);
        return e.code() == fakelens::ErrorCode::InvalidArgument ? kUsage : kModelFailed;
    }

    const bool writeImages = parser.isSet("out");
    const QDir outDir(writeImages ? parser.value("out") : QString());
    // The folder is made only once there is something to put in it, and removed again when a
    // failure leaves it empty: a failed run leaves no trace.
    struct RemoveIfEmptyAndNew {
        QString path;
        bool created = false;
        ~RemoveIfEmptyAndNew() {
            if (created)
                QDir().rmdir(path); // fails, as it should, when files were written
        }
    } outGuard{outDir.absolutePath()};

    return runCancellable(Text::tr("explain: cancelled"), [&](const fakelens::CancelToken& cancel) {
        const fakelens::LoadedImage image = fakelens::loadImage(path.toStdString());
        const auto faces = fakelens::scoreFrame(image.rgb, *detector, faceDetector.get(), drawnBoxes);
        if (faces.empty())
            throw fakelens::Error(fakelens::ErrorCode::NoFace, path.toStdString(),
                                  "no face found (use --no-detect for a face crop)");
        // An _adv method explains only a face called fake: refuse before anything is written.
        bool adversarialAsked = false;
        for (const std::string& m : fakelens::expandMethodNames(request.methods, detector->supportsGradients()))
            adversarialAsked |= fakelens::parseMethodName(m).adversarial;
        std::string classicOnly; // the hint: every method's classic form
        for (const std::string& base : fakelens::explainerNames())
            classicOnly += (classicOnly.empty() ? "" : ",") + QString::fromStdString(base).toLower().toStdString();
        for (size_t f = 0; adversarialAsked && f < faces.size(); ++f)
            if (!detector->card().isFake(faces[f].fakeProbability))
                throw fakelens::Error(
                    fakelens::ErrorCode::InvalidArgument, QStringLiteral("%1, face %2").arg(path).arg(f + 1).toStdString(),
                    fakelens::adversarialRefusal(faces[f].fakeProbability, detector->card().threshold) +
                        " (e.g. --method " + classicOnly + ")");
        if (writeImages && !outDir.exists()) {
            if (!QDir().mkpath(outDir.absolutePath()))
                throw fakelens::Error(fakelens::ErrorCode::FileUnwritable, parser.value("out").toStdString(),
                                      "cannot create the output folder");
            outGuard.created = true;
        }

        const QString stem = QFileInfo(path).completeBaseName();
        QJsonArray facesJson;
        fakelens::AdversarialSampleCache cache;
        for (size_t f = 0; f < faces.size(); ++f) {
            // Progress on a terminal only: a log file or a test harness wants just the result.
            const bool interactive = isatty(STDERR_FILENO);
            const auto progress = [f, &faces, interactive](double fraction, const std::string& stage) {
                if (interactive)
                    showProgressLine(QString::asprintf("face %zu/%zu: %-8s %3d%%", f + 1, faces.size(), stage.c_str(),
                                                       int(fraction * 100)));
            };
            const fakelens::ExplainReport report =
                fakelens::explainFace(*detector, faces[f].crop.image, request,
                                      fakelens::ProgressReporter(progress), cancel, &cache);
            endProgressLine();
            if (!parser.isSet("json") && faces[f].face.origin == fakelens::FaceOrigin::Examiner)
                printLine(QStringLiteral("face %1: drawn by the examiner").arg(f + 1));

            QJsonObject faceJson;
            faceJson["face"] = int(f);
            const auto& box = faces[f].face.box;
            faceJson["box"] = QJsonArray{qRound(box.x), qRound(box.y), qRound(box.width), qRound(box.height)};
            faceJson["origin"] = fakelens::faceOriginName(faces[f].face.origin);
            faceJson["fake_probability"] = report.fakeProbability;
            faceJson["verdict"] = fakelens::faceCallName(detector->card().call(report.fakeProbability));
            faceJson["segments"] = report.segments.count;
            QJsonArray methods;
            for (const fakelens::Explanation& e : report.explanations) {
                QJsonObject m;
                m["method"] = QString::fromStdString(e.method);
                m["ranking"] = toJsonArray(e.ranking);
                m["segment_scores"] = toJsonArray(e.segmentScores);
                m["seconds"] = e.seconds;
                m["inferences"] = double(e.inferences);
                m["seed"] = QString::number(fakelens::explanationSeed(request.seed, e.method));
                // Equal for a method's classic and _adv forms: the same masks were evaluated.
                m["design_digest"] = QString::number(qulonglong(e.designDigest), 16).rightJustified(16, '0');
                if (e.method.size() > 4 && e.method.substr(e.method.size() - 4) == "_adv" && report.adversarial)
                    m["nes"] = nesToJson(*report.adversarial, request.nes);
                if (writeImages) {
                    const QString base = QStringLiteral("%1_face%2_%3").arg(stem).arg(f).arg(QString::fromStdString(e.method));
                    const QString heatmap = outDir.filePath(base + "_heatmap.png");
                    const QString overlay = outDir.filePath(base + "_overlay.png");
                    writePngAtomically(fakelens::heatmapColors(e.saliencyDisplay), heatmap);
                    writePngAtomically(fakelens::renderHeatmapOverlay(e.saliencyDisplay, report.image), overlay);
                    m["heatmap"] = heatmap;
                    m["overlay"] = overlay;
                }
                methods.append(m);
                if (!parser.isSet("json"))
                    printLine(QStringLiteral("face %1 %2: top segments %3 %4 %5  (%6 s, %7 inferences)")
                                  .arg(f + 1)
                                  .arg(QString::fromStdString(e.method), -9)
                                  .arg(e.ranking.size() > 0 ? e.ranking[0] : -1)
                                  .arg(e.ranking.size() > 1 ? e.ranking[1] : -1)
                                  .arg(e.ranking.size() > 2 ? e.ranking[2] : -1)
                                  .arg(e.seconds, 0, 'f', 2)
                                  .arg(e.inferences));
            }
            faceJson["explanations"] = methods;
            if (writeImages) {
                // The face as the detector sees it and its adversarial sample, 16-bit so that the
                // change (multiples of 1/255) survives exactly for anyone's own tools.
                const QString base = QStringLiteral("%1_face%2").arg(stem).arg(f);
                const QString input = outDir.filePath(base + "_input.png");
                writePngAtomically(to16Bit(report.image), input);
                faceJson["input_png"] = input;
                if (report.adversarial) {
                    const QString adversarial = outDir.filePath(base + "_adversarial.png");
                    writePngAtomically(to16Bit(report.adversarial->adversarial), adversarial);
                    faceJson["adversarial_png"] = adversarial;
                }
            }
            if (report.adversarial) {
                faceJson["adversarial"] = nesToJson(*report.adversarial, request.nes);
                if (!parser.isSet("json"))
                    printLine(QStringLiteral("face %1 NES: %2 iterations, %3 inferences, P(real) %4, Linf %5/255")
                                  .arg(f + 1)
                                  .arg(report.adversarial->iterations)
                                  .arg(report.adversarial->inferences)
                                  .arg(report.adversarial->finalRealProbability, 0, 'f', 4)
                                  .arg(report.adversarial->linf * 255.0, 0, 'f', 1));
            }
            facesJson.append(faceJson);
        }
        if (parser.isSet("json")) {
            QJsonObject root;
            root["fakelens_version"] = fakelens::kVersion;
            root["path"] = path;
            root["model"] = QString::fromStdString(detector->card().name);
            root["device"] = QString::fromStdString(detector->deviceName());
            root["seed"] = QString::number(request.seed);
            root["faces"] = facesJson;
            printLine(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)).trimmed());
        }
        return int(kOk);
    });
}

} // namespace cli
