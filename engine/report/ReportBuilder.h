#pragma once

#include "core/CancelToken.h"
#include "core/Progress.h"
#include "evaluate/EvaluationSettings.h"
#include "explain/ExplanationRunner.h"
#include "report/ReportInput.h"

#include <QString>

#include <optional>

namespace fakelens {

class Detector;
class FaceDetector;

// Which frames of a video to analyse: START:END:STEP, END exclusive.
struct FrameSelection {
    int start = 0;
    int end = -1;         // -1: to the end of the video
    int step = 0;         // 0: automatic, about `autoFrames` frames spread over [start, end)
    int autoFrames = 100; // a 30-minute video then costs as much as a short one
};

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
    // Faces explained (only faces called fake are), highest P(fake) first. 0: 4 for an image
    // (every face is still listed), 1 for a video (the most suspicious face of the video).
    int maxExplainedFaces = 0;
    int topSegmentsShown = 3;
    QString commandLine;      // recorded in the report's reproduction section
};

// Runs the analysis a report needs and returns it ready for writeReportPdf():
// 1. describes and hashes the evidence (read-only) and the model;
// 2. images: scores every face (scoreFrame); videos: streams the selected frames one at a time,
//    scoring every face, keeping the score timeline and only the frames of the most suspicious
//    faces (memory stays flat however long the video);
// 3. explains (and evaluates, when asked) the selected faces the detector calls fake.
// `faceDetector` null takes each image or frame whole as the face. Deterministic for
// job.explain.seed. Reports progress ("hash", "frames", "segment", "nes", "lime", ..., "attack")
// and throws CancelledError once `cancel` is set. An evidence file without any face is not an
// error: the report then says so.
ReportInput buildReportInput(const ReportJob& job, Detector& detector, const FaceDetector* faceDetector,
                             ProgressReporter progress = {}, CancelToken cancel = {});

// The frame step an automatic selection uses for a video of `frameCount` frames.
int automaticFrameStep(const FrameSelection& selection, int frameCount);

} // namespace fakelens
