#pragma once

#include "AppSettings.h"
#include "jobs/EngineJobQueue.h"
#include "jobs/LatestRequest.h"
#include "session/EngineResources.h"
#include "session/FrameAnalysis.h"
#include "session/MediaInfo.h"
#include "session/ResultMemory.h"

#include "faces/FrameSelection.h"
#include "session/DrawnFaces.h"

#include <QObject>

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace fakelens::ui {

class EvaluationController;
class EvidenceSource;
class ExplanationController;
class RobustnessController;
class TimelineScanner;

// The investigator's current case in the workbench, without any widgets: the model, the opened
// evidence, the shown frame with its scored faces, the selected face, and the explanation and
// timeline controllers. Everything that touches the engine runs as jobs on one worker; the
// window only calls these methods and listens to the signals.
class WorkbenchSession : public QObject {
    Q_OBJECT

public:
    explicit WorkbenchSession(const AppSettings& settings, QObject* parent = nullptr);
    ~WorkbenchSession() override;

    const AppSettings& settings() const { return settings_; }
    AppSettings& mutableSettings() { return settings_; } // display-only fields (opacity, top-k, method)
    // Uses `factory` instead of the model file of the settings (tests, embedding). Reloads.
    void setDetectorFactory(std::function<std::unique_ptr<Detector>()> factory);
    // Off: each frame is taken whole as one face (for face crops). Re-analyses the shown frame.
    void setDetectFaces(bool detect);
    // Sample counts, seed and the like; a change of model settings reloads the model.
    void applySettings(const AppSettings& settings);

    void loadModel();
    void open(const QString& path);
    void showFrame(int index);
    void selectFace(int index); // 0-based; -1 for none
    // Explains the selected face with the classic and the adversarial form of `baseMethod`.
    void explainSelectedFace(const QString& baseMethod);
    // Evaluates the selected face (top-k NES attack of each method's ranking, evaluateFace())
    // with `methods` (display names) and the evaluation settings.
    void evaluateSelectedFace(const QStringList& methods, bool randomBaseline);
    // Re-scores the selected face under JPEG re-encoding, downscaling and one-pixel shifts
    // (robustness()).
    void testSelectedFaceRobustness();
    // A face the detector missed, drawn by the examiner on the shown frame (frame pixels): kept
    // for that frame, scored after its detected faces by the same path (scoreFrame) and selected
    // once scored. On a video the timeline scans again with the box, and the tracker follows
    // the face from that frame on (DrawnFaces). Refused (errorOccurred) while face detection is
    // off: a drawn face is fitted with the face detector's landmark model.
    void addDrawnFace(const QRectF& frameBox);
    // The boxes drawn so far, by frame; setting them (a case being opened) re-scores the shown
    // frame when it has any, and a video's timeline follows them again.
    const std::map<int, std::vector<cv::Rect2f>>& drawnBoxes() const { return drawnFaces_.drawn(); }
    const DrawnFaces& drawnFaces() const { return drawnFaces_; }
    void restoreDrawnBoxes(const std::map<int, std::vector<cv::Rect2f>>& boxes);
    // Cancels what the investigator is waiting for: the explanation, the evaluation and the
    // frame analysis.
    void cancelForeground();

    const std::optional<MediaInfo>& media() const { return media_; }
    const std::optional<ModelSummary>& model() const { return model_; }
    const FrameAnalysis& currentFrame() const { return frame_; }
    int requestedFrame() const { return requestedFrame_; }
    // The frames of `evidencePath` a case analysed: while that file is open the timeline scans
    // them instead of the settings' frames, so its curves, the faces on its frames and the video
    // verdict are the case's (the one video pipeline, run again on the same frames). Set before
    // the case's evidence is opened; opening another file drops it.
    void setCaseFrames(const QString& evidencePath, const FrameSelection& frames);
    // What the timeline scans for the open video: the case's frames, else every Nth frame from
    // 0 (AppSettings::timelineStep).
    FrameSelection timelineFrames() const;
    bool scansCaseFrames() const { return caseFrames_.has_value(); }
    // The points the timeline scan has scored so far for the open video, in frame order.
    const QVector<TimelinePoint>& timelinePoints() const { return timelinePoints_; }
    int selectedFace() const { return selectedFace_; }
    const AnalysedFace* selectedFaceData() const;
    bool isAnalysingFrame() const { return frameJobs_ > 0; }
    bool isOpening() const { return opening_; }

    ExplanationController& explanations() { return *explanations_; }
    TimelineScanner& timeline() { return *timeline_; }
    EvaluationController& evaluations() { return *evaluations_; }
    RobustnessController& robustness() { return *robustness_; }
    // The finished results of this evidence, kept with their faces for the whole session.
    ResultMemory& results() { return results_; }
    const ResultMemory& results() const { return results_; }
    // Shows what results() holds for the selected face (no job); true when something was shown.
    bool showRememberedResults();
    // The engine objects of the loaded model (for jobs outside the session, e.g. the report).
    std::shared_ptr<EngineResources> resources() const { return resources_; }
    EngineJobQueue& queue() { return queue_; }

Q_SIGNALS:
    void modelLoaded(const fakelens::ui::ModelSummary& model);
    void mediaOpened(const fakelens::ui::MediaInfo& media);
    // The picture of a frame, faces still being detected.
    void frameDecoded(const fakelens::ui::FrameAnalysis& frame);
    // The same frame with its faces scored.
    void frameAnalysed(const fakelens::ui::FrameAnalysis& frame);
    void selectedFaceChanged(int index);
    void modelFailed(const QString& message);
    // The shown frame could not be decoded or scored (its picture may already be shown).
    void frameFailed(const QString& message);
    void errorOccurred(const QString& message);
    // Not an error, but worth telling (e.g. no face in the frame).
    void noticeIssued(const QString& message);
    void frameBusyChanged(bool busy);

private:
    void rebuildResources();
    void startTimeline();
    void analyseFrame(int index);
    void keepTimelinePoints(const QVector<TimelinePoint>& points);
    void showScannedFaces();
    void frameJobEnded();
    void rememberExplanation();
    void rememberEvaluation();
    void rememberRobustness();
    const AnalysedFace* faceOf(int frameIndex, int faceId) const;

    AppSettings settings_;
    std::function<std::unique_ptr<Detector>()> detectorFactory_;
    // Declared before everything that submits to it, so it is destroyed (and waits) last.
    EngineJobQueue queue_;
    std::shared_ptr<EngineResources> resources_;
    std::shared_ptr<EvidenceSource> source_;
    std::optional<MediaInfo> media_;
    std::optional<ModelSummary> model_;
    FrameAnalysis frame_;
    int requestedFrame_ = 0;
    int selectedFace_ = -1;
    DrawnFaces drawnFaces_;
    // The timeline scan's points so far, in frame order (empty for an image): the shown frame
    // takes a scanned frame's faces from them, so a face's P(fake) is the one its curve shows,
    // and the report reads the timeline from them.
    QVector<TimelinePoint> timelinePoints_;
    std::optional<FrameSelection> caseFrames_; // of caseFramesPath_ (absolute)
    QString caseFramesPath_;
    std::optional<cv::Rect2f> selectAfterAnalysis_; // a face just drawn: selected once scored
    bool opening_ = false;
    int frameJobs_ = 0;
    LatestRequest openRequests_;
    LatestRequest frameRequests_;
    LatestRequest modelRequests_;
    ExplanationController* explanations_;
    TimelineScanner* timeline_;
    EvaluationController* evaluations_;
    RobustnessController* robustness_;
    ResultMemory results_;
};

} // namespace fakelens::ui
