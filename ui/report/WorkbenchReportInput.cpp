#include "report/WorkbenchReportInput.h"

#include "ImageConversion.h"
#include "faces/FaceDetector.h"
#include "faces/FrameScorer.h"
#include "media/VideoReader.h"
#include "case/AnalysisSources.h"
#include "session/EngineResources.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace fakelens::ui {

std::optional<ReportInput> workbenchReportInput(const WorkbenchSnapshot& snapshot, EngineResources& resources,
                                                const ProgressReporter& progress, const CancelToken& cancel,
                                                QString& refusal) {
    // The report and the case vouch for the file by its SHA-256: it must still be the file that
    // was analysed.
    const EvidenceInfo evidence = describeEvidence(snapshot.media.path, progress.sub(0.0, 0.85), cancel);
    if (!snapshot.media.sha256.isEmpty() && evidence.sha256 != snapshot.media.sha256) {
        // The exporter's context, where this text has been translated since it was written there.
        refusal = QCoreApplication::translate(
                      "fakelens::ui::ReportExporter",
                      "The evidence file %1 changed since it was opened (its SHA-256 is now %2, it was %3). No report "
                      "was written: open the file again and repeat the analysis.")
                      .arg(QFileInfo(snapshot.media.path).fileName(), evidence.sha256.left(16) + QStringLiteral("…"),
                           snapshot.media.sha256.left(16) + QStringLiteral("…"));
        return std::nullopt;
    }
    progress.report(0.85, "model");
    Detector& detector = resources.detector();
    const ModelInfo model = describeModel(detector, cancel);
    // A video's most suspicious face gets a section even when another frame is shown: its frame
    // is decoded and scored again (the timeline keeps only the scores).
    std::vector<ReportFace> extraFaces;
    if (const int frame = mostSuspiciousTimelineFrame(snapshot); frame >= 0) {
        progress.report(0.85, "suspect");
        VideoReader reader(snapshot.media.path.toStdString());
        // Seeking decodes every frame on the way: in slices, so a cancel stops it.
        bool reached = true;
        while (reached && reader.nextFrameIndex() < frame) {
            cancel.throwIfCancelled();
            reached = reader.seek(std::min(frame, reader.nextFrameIndex() + 32));
        }
        cv::Mat rgb;
        if (reached && reader.read(rgb)) {
            cancel.throwIfCancelled();
            const FaceDetector* faceDetector = resources.faceDetector(snapshot.detectFaces);
            // The faces the timeline scored there, as the shown frame takes them: the section's
            // P(fake) is then the timeline's highest point.
            const std::vector<DetectedFace> scanned =
                scannedFacesOn(snapshot.timeline, frame, snapshot.detectFaces, snapshot.drawnFaces);
            const std::vector<ScoredFace> faces =
                !scanned.empty() ? scoreFaces(rgb, detector, scanned)
                : faceDetector   ? scoreFrameWithDrawnFaces(rgb, detector, faceDetector,
                                                            snapshot.drawnFaces.drawnOn(frame),
                                                            snapshot.drawnFaces.followedOn(frame))
                                 : scoreFrame(rgb, detector, nullptr);
            size_t top = 0;
            for (size_t i = 1; i < faces.size(); ++i)
                if (faces[i].fakeProbability > faces[top].fakeProbability)
                    top = i;
            if (!faces.empty()) {
                extraFaces.push_back(
                    makeReportFace(rgb, faces[top], frame, snapshot.media.fps, int(top), !snapshot.detectFaces));
                addRobustness(extraFaces.back(), rgb, detector, cancel);
            }
        }
    }
    const int extraFrame = extraFaces.empty() ? -1 : extraFaces.front().frame;
    ReportInput input = assembleReportInput(snapshot, evidence, model, std::move(extraFaces));
    // The robustness re-test of the shown frame's faces, on the frame at full size and from the
    // engine's face (landmarks included): the report face keeps only the box. Computed for each
    // report and each save, so a saved case keeps the numbers its report shows.
    const cv::Mat shown = toRgbMat(snapshot.frame.frame);
    for (ReportFace& face : input.faces) {
        if (face.frame != snapshot.frame.frameIndex || face.frame == extraFrame || shown.empty() ||
            face.faceIndex < 0 || face.faceIndex >= int(snapshot.frame.faces.size()))
            continue;
        const AnalysedFace& analysed = snapshot.frame.faces[size_t(face.faceIndex)];
        ReportFace probe; // what addRobustness reads: the face, how it was found, its score
        probe.fakeProbability = face.fakeProbability;
        probe.face = analysed.detected;
        probe.wholeImage = analysed.wholeFrame;
        addRobustness(probe, shown, detector, cancel);
        face.robustness = std::move(probe.robustness);
    }
    progress.report(1.0, "model");
    return input;
}

} // namespace fakelens::ui
