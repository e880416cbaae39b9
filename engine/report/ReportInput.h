#pragma once

#include "evaluate/EvaluationSettings.h"
#include "evaluate/FaceEvaluator.h"
#include "explain/ExplanationRunner.h"
#include "faces/DetectedFace.h"
#include "faces/EvidenceVerdict.h"
#include "faces/DrawnBox.h"
#include "faces/RobustnessResult.h"
#include "media/EvidenceMetadata.h"
#include "models/ModelCard.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <opencv2/core/mat.hpp>

#include <optional>
#include <vector>

namespace fakelens {

// Everything a PDF report shows, as plain data. The GUI fills it from the results it already
// holds (see makeReportFace(), explainReportFrom(), describeEvidence(), describeModel()); the CLI
// has buildReportInput() compute it. writeReportPdf() only reads it: no detector is needed to
// write a report, so a report can be written again (another folder, after a failed export)
// without running anything twice.

// Typed by the investigator; the GUI remembers caseId and examiner between sessions.
struct CaseDetails {
    QString caseId;
    QString examiner;
    QDateTime analysed; // when the analysis ran; printed in ISO 8601 with the UTC offset
    QString conclusion; // the examiner's conclusion, in their words (page 1 of the report)
};

// A note or bookmark of the examiner on the case, on one face, or on one frame.
enum class FindingStatus { Ok, ToCheck, Warning };
struct CaseFinding {
    qint64 id = 0;       // the case file's row id; 0 before it is saved
    int faceIndex = -1;  // index into ReportInput::faces; -1: not about one face
    int frame = -1;      // video frame (0-based, as everywhere); -1: not about one frame
    FindingStatus status = FindingStatus::ToCheck;
    QString text;
    QString author;
    QDateTime created;
};
const char* findingStatusName(FindingStatus status); // "ok", "to check", "warning"
bool parseFindingStatus(const QString& name, FindingStatus& status);

// The evidence file as FakeLens read it (describeEvidence()).
struct EvidenceInfo {
    QString path;               // absolute path of the file that was analysed
    qint64 sizeBytes = 0;
    QString sha256;             // lower-case hex of the file's bytes
    bool isVideo = false;
    QString format;             // "JPEG", "PNG", ... for images; the container suffix for videos
    int width = 0;
    int height = 0;
    double fps = 0;             // videos
    int reportedFrameCount = 0; // videos: what the container says (not trusted for seeking)
    double durationSeconds = 0; // videos: reportedFrameCount / fps
    EvidenceMetadata metadata;  // as the file states it (readEvidenceMetadata())
};

// The detector as it was used (describeModel()).
struct ModelInfo {
    QString path;
    QString sha256;             // of the model file (an ensemble: each file's, joined by " + "); empty when unreadable
    QString device;             // "cpu" or "cuda:0"
    ModelCard card;             // name, input, normalisation, output, threshold, crop policy
};

// One face the report describes in its own section.
struct ReportFace {
    int frame = 0;              // frame index, 0-based (the decoder's order); 0 for images
    int trackId = -1;           // VideoScanner's track ID; -1 for images
    double timeSeconds = -1;    // frame / fps for videos; negative for images
    int faceIndex = 0;          // position within its frame, left to right (0-based)
    DetectedFace face;          // box and landmarks in frame pixels
    bool wholeImage = false;    // no face detection: the whole image was taken as the face
    std::vector<cv::Point2f> cropCorners; // the crop square on the frame (FaceCrop::cornersInFrame)
    // The frame (CV_8UC3 RGB), possibly downscaled to keep memory flat on long videos:
    // frameImage pixel = frame pixel * frameScale.
    cv::Mat frameImage;
    double frameScale = 1.0;
    cv::Mat crop;               // CV_8UC3 RGB: what the detector saw
    double fakeProbability = 0;
    bool fake = false;
    // Present when the face was explained. Its segments, image and explanations are the ones
    // the heatmaps, rankings and the evaluation refer to.
    std::optional<ExplainReport> explanation;
    // Present when the top-k evaluation ran. Only `methods` (and `agreement`) are read: the
    // explanations are taken from `explanation`, so they may be moved out of here.
    std::optional<FaceEvaluation> evaluation;
    QString notExplainedReason; // why `explanation` is absent (shown to the reader)
    // The robustness re-test (testRobustness(): JPEG 90/75/50, downscaling 0.75/0.5, one-pixel
    // shifts), computed from the evidence when the analysis is made (addRobustness()) and kept
    // in the case (tables robustness_summary and robustness, schema 5).
    std::optional<RobustnessResult> robustness;
};

// One analysed video frame: the points of the score timeline.
struct TimelinePoint {
    int frame = 0;
    double timeSeconds = 0;
    std::vector<double> fakeProbabilities; // one per face found, left to right; empty: none
    std::vector<int> trackIds;             // the track of each face (same order)
};

// How the figures were made: enough to reproduce each of them.
struct ReportParameters {
    ExplainRequest explain;                 // methods (display names), settings, SLIC, NES, seed
    std::optional<EvaluationSettings> evaluation; // when the top-k evaluation ran
    bool faceDetection = true;              // false: each image/frame was taken whole as the face
    int detectorUpsample = 1;               // FaceDetectorOptions::upsample
    QString frameSelection;                 // videos, in words ("every 8th frame from 0 to 750")
    QString faceSelection;                  // which faces were explained, in words
    int topSegmentsShown = 3;               // outlined on the "top segments" figures
    QString commandLine;                    // the CLI command that made the report; "" from the GUI
    // The boxes the examiner drew (faces the detector missed), by frame, as given: on a video
    // each started a track. Kept so that the analysis can be run again as it was.
    std::vector<DrawnBox> drawnFaces;
};

struct ReportInput {
    CaseDetails caseDetails;
    EvidenceInfo evidence;
    ModelInfo model;
    ReportParameters parameters;
    std::vector<int> framesAnalysed;        // videos: every analysed frame index; images: {0}
    std::vector<TimelinePoint> timeline;    // videos: one point per analysed frame
    int facesScored = 0;                    // faces found and scored over all analysed frames
    int facesCalledFake = 0;                // of those, called fake
    EvidenceVerdict verdict;                // the one verdict (imageVerdict / videoEvidenceVerdict)
    std::vector<ReportFace> faces;          // the faces with their own section, in report order
    QStringList notes;                      // extra remarks for the reader (plain English)
    // Set when a saved case is reported and its evidence file no longer matches the stored
    // SHA-256: printed as a warning above the findings. Never stored in the case.
    QString evidenceWarning;
    std::vector<CaseFinding> findings;      // the examiner's notes and bookmarks (from the case)
};

} // namespace fakelens
