#pragma once

#include "core/CancelToken.h"
#include "core/Progress.h"
#include "evaluate/EvaluationSettings.h"
#include "explain/ExplanationRunner.h"
#include "faces/DrawnBox.h"
#include "faces/FrameSelection.h"
#include "report/ReportInput.h"

#include <QString>

#include <opencv2/core/types.hpp>

#include <optional>
#include <vector>

namespace fakelens {

class Detector;
class FaceDetector;

// What the CLI (or a batch job) asks for; buildReportInput() does the work.
struct ReportJob {
    QString evidencePath;
    CaseDetails caseDetails;  // `analysed` defaults to the time the build starts
    ExplainRequest explain;   // methods, settings and seed of the explanations
    // When set, each explained face is evaluated with evaluateFace() (the top-k NES attack).
    // Its explainer, SLIC, explanation-NES settings and seed are overwritten with `explain`'s
    // so that the heatmaps and the evaluated rankings are the same explanations.
    std::optional<EvaluationSettings> evaluation;
    FrameSelection frames;
    // The verdict keeps faces too small to judge (ModelCard::tooSmallToJudge); by default they
    // are listed but left out of it, and the report says how many.
    bool includeSmallFaces = false;
    // Faces the examiner drew (frame pixels): on an image (frame 0) scored after the detected
    // faces by scoreFrame(); on a video each starts a track on its frame that the scan follows
    // (VideoScanOptions::drawnFaces). Explained, evaluated and reported like the others.
    std::vector<DrawnBox> drawnFaces;
    // Faces explained (only faces called fake are), highest P(fake) first. 0: 4 for an image
    // (every face is still listed), 1 for a video (the most suspicious face of the video; a
    // video has one section per track at most).
    int maxExplainedFaces = 0;
    int topSegmentsShown = 3;
    QString commandLine;      // recorded in the report's reproduction section
};

// Runs the analysis a report needs and returns it ready for writeReportPdf():
// 1. describes and hashes the evidence (read-only) and the model;
// 2. images: scores every face (scoreFrame); videos: scans the selected frames with VideoScanner
//    and videoScanOptions() (the pipeline `detect` and the workbench use, so the verdict, the
//    frame numbers and the track IDs are theirs), keeping the score timeline and the most
//    suspicious face of each track (memory stays flat however long the video);
// 3. explains (and evaluates, when asked) the selected faces the detector calls fake.
// `faceDetector` null takes each image or frame whole as the face. Deterministic for
// job.explain.seed. Reports progress ("hash", "frames", "segment", "nes", "lime", ..., "attack")
// and throws CancelledError once `cancel` is set. An evidence file without any face is not an
// error: the report then says so.
ReportInput buildReportInput(const ReportJob& job, Detector& detector, const FaceDetector* faceDetector,
                             ProgressReporter progress = {}, CancelToken cancel = {});

} // namespace fakelens
