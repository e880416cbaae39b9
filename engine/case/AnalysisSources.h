#pragma once

#include "core/CancelToken.h"
#include "core/FileHash.h" // describeEvidence() and describeModel() hash with it
#include "core/Progress.h"
#include "report/ReportInput.h"

#include <opencv2/core/mat.hpp>

#include <QString>

namespace fakelens {

class Detector;
struct ScoredFace;

// Size, SHA-256 and media properties of an evidence file (image or video), opened read-only.
// Throws Error naming the file when it cannot be read as an image or a video.
EvidenceInfo describeEvidence(const QString& path, ProgressReporter progress = {}, CancelToken cancel = {});

// The loaded detector's card, device, file and the file's SHA-256 (empty when the file cannot
// be read, e.g. a model built in memory by a test).
ModelInfo describeModel(const Detector& detector, CancelToken cancel = {});

// A ReportFace from what scoreFrame() returned for a frame. Frames whose longer side exceeds
// `maxFrameSide` are stored downscaled (frameScale < 1): only the figure needs them.
// `fps` <= 0 for images.
ReportFace makeReportFace(const cv::Mat& frameRgb, const ScoredFace& face, int frame, double fps,
                          int faceIndex, bool wholeImage, int maxFrameSide = 1280);

// Re-tests the face's verdict on its full-resolution frame (testRobustness(), 9 detector inputs
// in one call) and keeps the answer in face.robustness; the face's own P(fake) is the reference.
void addRobustness(ReportFace& face, const cv::Mat& frameRgb, Detector& detector, const CancelToken& cancel = {});

// The ExplainReport part of an evaluation (evaluateFace() explains the face itself): for a GUI
// that ran the evaluation and wants the heatmaps in the report too.
ExplainReport explainReportFrom(const FaceEvaluation& evaluation);

} // namespace fakelens
