#pragma once

#include "evaluate/EvaluationController.h"
#include "report/ReportInput.h"
#include "session/ExplanationController.h"
#include "session/DrawnFaces.h"
#include "session/FrameAnalysis.h"
#include "session/MediaInfo.h"
#include "session/TimelineScanner.h"

#include <QVector>

#include <memory>

namespace fakelens::ui {

// What the workbench holds when the investigator asks for a report, copied on the GUI thread
// so that the report job never touches the session: the evidence, the shown frame with its
// scored faces, the selected face's explanation and evaluation (only when they are of that
// face), and the video's score timeline so far. Nothing in it is recomputed for the report.
struct WorkbenchSnapshot {
    MediaInfo media;
    bool detectFaces = true;
    int faceDetectorUpsample = 1;
    FrameAnalysis frame;            // the shown frame and its faces
    int selectedFace = -1;          // index into frame.faces

    std::shared_ptr<const ExplainReport> explanation;
    ExplanationSubject explanationSubject;
    ExplainRequest explanationRequest;

    std::shared_ptr<const FaceEvaluation> evaluation;
    EvaluationSubject evaluationSubject;

    QVector<TimelinePoint> timeline; // videos: the frames the timeline has scored so far
    fakelens::FrameSelection timelineFrames; // what the timeline scans (WorkbenchSession::timelineFrames)
    bool timelineRunning = false;

    double threshold = 0.5;
    // The evidence's one verdict: for a video the timeline scan's (VideoScanner, the rule
    // `detect` and the CLI report use), for an image imageVerdict() of the frame's faces.
    fakelens::EvidenceVerdict verdict;
    int topSegmentsShown = 3;
    CaseDetails caseDetails;
    DrawnFaces drawnFaces; // the examiner's boxes and where the timeline followed them
};

// Builds the engine's report input from a snapshot and the evidence and model descriptions
// (describeEvidence() and describeModel(), run on the worker). Plain English notes tell the
// reader what the workbench did and did not compute.
// `extraFaces`: sections for faces outside the shown frame (the most suspicious face of a
// video's timeline, see mostSuspiciousTimelineFrame()).
ReportInput assembleReportInput(const WorkbenchSnapshot& snapshot, const EvidenceInfo& evidence, const ModelInfo& model,
                                std::vector<ReportFace> extraFaces = {});

// The timeline frame with the highest P(fake) of any face when it is not the shown frame (and
// beats every face of the shown frame), else -1: its face gets a section of its own, so that a
// video's report always shows its most suspicious face, as fakelens-cli report does.
int mostSuspiciousTimelineFrame(const WorkbenchSnapshot& snapshot);

// True when two explanation requests make the same explanation of a method (sample counts,
// SLIC, NES sample and seed; the batch size does not matter).
bool sameExplanationSettings(const ExplainRequest& a, const ExplainRequest& b);

} // namespace fakelens::ui
