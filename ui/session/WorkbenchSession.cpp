#include "session/WorkbenchSession.h"

#include "ErrorMessages.h"
#include "ImageConversion.h"
#include "evaluate/EvaluationController.h"
#include "jobs/JobWatcher.h"
#include "session/EvidenceSource.h"
#include "session/ExplanationController.h"
#include "session/RobustnessController.h"
#include "session/TimelineScanner.h"
#include "core/Error.h"
#include "faces/FaceDetector.h"

#include <QFileInfo>

#include <algorithm>

namespace fakelens::ui {

WorkbenchSession::WorkbenchSession(const AppSettings& settings, QObject* parent)
    : QObject(parent), settings_(settings), explanations_(new ExplanationController(queue_, this)),
      timeline_(new TimelineScanner(queue_, this)), evaluations_(new EvaluationController(queue_, this)),
      robustness_(new RobustnessController(queue_, this)) {
    rebuildResources();
    connect(explanations_, &ExplanationController::finished, this, &WorkbenchSession::rememberExplanation);
    connect(evaluations_, &EvaluationController::finished, this, &WorkbenchSession::rememberEvaluation);
    connect(robustness_, &RobustnessController::finished, this, &WorkbenchSession::rememberRobustness);
    // Where the timeline's scan followed a drawn face: the shown frame scores it there too.
    connect(timeline_, &TimelineScanner::started, this, [this] {
        drawnFaces_.clearFollowed();
        timelinePoints_.clear();
    });
    connect(timeline_, &TimelineScanner::pointsScored, this, [this](const QVector<TimelinePoint>& points) {
        const bool followed = drawnFaces_.addFollowed(points, requestedFrame_);
        keepTimelinePoints(points);
        if (followed && media_)
            analyseFrame(requestedFrame_);
    });
}

WorkbenchSession::~WorkbenchSession() {
    // Make every queued or running job stale so the queue's destructor does not wait for them.
    openRequests_.cancel();
    frameRequests_.cancel();
    modelRequests_.cancel();
    explanations_->clear();
    evaluations_->clear();
    robustness_->clear();
    timeline_->stop();
    queue_.waitForIdle();
}

void WorkbenchSession::rebuildResources() {
    EngineConfig config;
    config.modelPath = settings_.resolvedModelPath().toStdString();
    config.detectorOptions = settings_.detectorOptions();
    config.detectorFactory = detectorFactory_;
    resources_ = std::make_shared<EngineResources>(std::move(config));
    model_.reset();
    robustness_->clear(); // re-tested with the model that is going away
}

void WorkbenchSession::setDetectorFactory(std::function<std::unique_ptr<Detector>()> factory) {
    detectorFactory_ = std::move(factory);
    results_.reset(results_.evidencePath()); // another detector: the kept results are not its
    rebuildResources();
    loadModel();
    if (media_)
        showFrame(requestedFrame_);
}

void WorkbenchSession::setDetectFaces(bool detect) {
    if (settings_.detectFaces == detect)
        return;
    settings_.detectFaces = detect;
    results_.reset(results_.evidencePath()); // other faces
    timelinePoints_.clear();                 // scanned with the other setting
    if (!media_)
        return;
    explanations_->clear(); // the faces are about to change
    evaluations_->clear();
    robustness_->clear();
    analyseFrame(requestedFrame_);
    startTimeline();
}

void WorkbenchSession::applySettings(const AppSettings& settings) {
    const bool modelChanged = settings.resolvedModelPath() != settings_.resolvedModelPath() ||
                              settings.device != settings_.device || settings.threads != settings_.threads;
    const bool facesChanged = settings.detectFaces != settings_.detectFaces;
    const bool verdictRuleChanged = settings.includeSmallFaces != settings_.includeSmallFaces;
    settings_ = settings;
    if (modelChanged || facesChanged)
        results_.reset(results_.evidencePath()); // another model or other faces
    if (facesChanged)
        timelinePoints_.clear(); // scanned with the other face detection setting
    if (modelChanged) {
        rebuildResources();
        loadModel();
    }
    if (media_ && (modelChanged || facesChanged)) {
        explanations_->clear();
        evaluations_->clear();
        robustness_->clear();
        analyseFrame(requestedFrame_);
        startTimeline();
    } else if (media_ && verdictRuleChanged) {
        emit frameAnalysed(frame_); // the face list's verdict counts follow the setting
        startTimeline();
    }
}

void WorkbenchSession::loadModel() {
    const LatestRequest::Ticket ticket = modelRequests_.renew();
    std::shared_ptr<EngineResources> resources = resources_;
    auto future = queue_.submit<ModelSummary>(JobPriority::Interactive, ticket.cancel,
                                              [resources](JobContext<ModelSummary>&) { return resources->summary(); });
    watchJob<ModelSummary>(this, future, [this, ticket](const JobResult<ModelSummary>& result) {
        if (!modelRequests_.isCurrent(ticket))
            return;
        if (result.error) {
            emit modelFailed(describeError(*result.error));
        } else if (result.value) {
            model_ = *result.value;
            emit modelLoaded(*model_);
        }
    });
}

void WorkbenchSession::open(const QString& path) {
    const LatestRequest::Ticket ticket = openRequests_.renew();
    // Opening is new work: what the investigator was waiting for is cancelled, so the open does
    // not queue behind it. What is already shown (an explanation, the timeline) stays until the
    // new file is open, so a file that fails to open loses nothing.
    frameRequests_.cancel();
    explanations_->cancel();
    evaluations_->cancel();
    opening_ = true;
    const std::string file = path.toStdString();
    auto future = queue_.submit<std::shared_ptr<EvidenceSource>>(
        JobPriority::Interactive, ticket.cancel,
        [file](JobContext<std::shared_ptr<EvidenceSource>>&) { return EvidenceSource::open(file); });
    watchJob<std::shared_ptr<EvidenceSource>>(this, future, [this, ticket, path](const JobResult<std::shared_ptr<EvidenceSource>>& result) {
        if (!openRequests_.isCurrent(ticket))
            return;
        opening_ = false;
        if (result.error) {
            // The previous evidence, if any, stays open and usable.
            emit errorOccurred(describeError(*result.error));
            return;
        }
        if (!result.value)
            return;
        explanations_->clear();
        evaluations_->clear();
        robustness_->clear();
        source_ = *result.value;
        media_ = source_->info();
        if (QFileInfo(path).absoluteFilePath() != caseFramesPath_) { // not the case's evidence
            caseFrames_.reset();
            caseFramesPath_.clear();
        }
        results_.reset(media_->path); // the results of the previous evidence are of other faces
        drawnFaces_.clear();            // and so were the faces drawn on it
        timelinePoints_.clear();        // and its timeline
        settings_.addRecentFile(path);
        frame_ = FrameAnalysis();
        selectedFace_ = -1;
        emit mediaOpened(*media_);
        showFrame(0);
        startTimeline();
    });
}

void WorkbenchSession::setCaseFrames(const QString& evidencePath, const FrameSelection& frames) {
    caseFramesPath_ = QFileInfo(evidencePath).absoluteFilePath();
    caseFrames_ = frames;
}

FrameSelection WorkbenchSession::timelineFrames() const {
    return caseFrames_ ? *caseFrames_ : FrameSelection{0, -1, std::max(1, settings_.timelineStep)};
}

void WorkbenchSession::startTimeline() {
    const FrameSelection frames = timelineFrames();
    if (media_ && media_->isVideo)
        timeline_->start(media_->path, resources_, settings_.detectFaces, frames, settings_.includeSmallFaces,
                         drawnFaces_.seeds(TimelineScanner::scanOptions(frames)));
    else
        timeline_->stop();
}

void WorkbenchSession::showFrame(int index) {
    if (!media_)
        return;
    const int last = media_->frameCount - 1;
    index = std::clamp(index, 0, std::max(0, last));
    if (index != frame_.frameIndex || !frame_.scored) {
        explanations_->clear(); // the explained face belonged to another frame
        evaluations_->clear();
        robustness_->clear();
    }
    analyseFrame(index);
}

void WorkbenchSession::keepTimelinePoints(const QVector<TimelinePoint>& points) {
    timelinePoints_ += points;
    showScannedFaces();
}

// A scanned frame the examiner is looking at gets the scan's faces as soon as both are in: it
// was scored by a fresh detection when the scan had not reached it (or reached it meanwhile),
// which differs from the scan's faces on frames between detections.
void WorkbenchSession::showScannedFaces() {
    if (!media_ || !frame_.scored || frame_.frameIndex != requestedFrame_)
        return;
    const std::vector<DetectedFace> scanned =
        scannedFacesOn(timelinePoints_, requestedFrame_, settings_.detectFaces, drawnFaces_);
    if (scanned.empty())
        return;
    bool same = scanned.size() == frame_.faces.size();
    for (size_t i = 0; same && i < scanned.size(); ++i)
        same = scanned[i].box == frame_.faces[i].detected.box && scanned[i].landmarks == frame_.faces[i].detected.landmarks;
    if (!same)
        analyseFrame(requestedFrame_);
}

void WorkbenchSession::analyseFrame(int index) {
    const LatestRequest::Ticket ticket = frameRequests_.renew();
    requestedFrame_ = index;
    std::shared_ptr<EvidenceSource> source = source_;
    std::shared_ptr<EngineResources> resources = resources_;
    const bool detect = settings_.detectFaces;
    // Drawn faces need the landmark model; with detection off the frame is scored whole.
    const std::vector<cv::Rect2f> drawn = detect ? drawnFaces_.drawnOn(index) : std::vector<cv::Rect2f>();
    const std::vector<cv::Rect2f> followed = detect ? drawnFaces_.followedOn(index) : std::vector<cv::Rect2f>();
    // A frame the timeline has scanned shows the scan's faces (followed drawn faces included);
    // a box drawn on it since is scored by the drawn-face path.
    const std::vector<DetectedFace> scanned = scannedFacesOn(timelinePoints_, index, detect, drawnFaces_);
    auto future = queue_.submit<FrameAnalysis>(
        JobPriority::Interactive, ticket.cancel,
        [source, resources, index, detect, drawn, followed, scanned](JobContext<FrameAnalysis>& ctx) {
            const cv::Mat rgb = source->frame(index, ctx.cancel());
            FrameAnalysis analysis;
            analysis.frameIndex = index;
            analysis.frame = toQImage(rgb);
            ctx.publishPartial(analysis); // show the picture before the faces are in
            ctx.cancel().throwIfCancelled();
            analysis.faces = !scanned.empty()
                                 ? analyseScannedFaces(rgb, resources->detector(), scanned)
                                 : analyseFaces(rgb, resources->detector(), resources->faceDetector(detect), drawn, followed);
            analysis.scored = true;
            return analysis;
        });
    ++frameJobs_;
    if (frameJobs_ == 1)
        emit frameBusyChanged(true);

    watchJob<FrameAnalysis>(
        this, future,
        [this, ticket](const JobResult<FrameAnalysis>& result) {
            if (!frameRequests_.isCurrent(ticket) || result.cancelled)
                return;
            if (result.error) {
                emit frameFailed(describeError(*result.error));
                return;
            }
            if (!result.value)
                return;
            const bool sameFrame = result.value->frameIndex == frame_.frameIndex;
            frame_ = *result.value;
            if (result.partial) {
                if (!sameFrame)
                    selectedFace_ = -1;
                emit frameDecoded(frame_);
                return;
            }
            // Keep the investigator's face selection while stepping through frames when it still exists.
            const int faceCount = int(frame_.faces.size());
            int keep = selectedFace_ >= 0 && selectedFace_ < faceCount ? selectedFace_ : (faceCount > 0 ? 0 : -1);
            if (selectAfterAnalysis_) // the face the examiner just drew: fitDrawnFace keeps its box as drawn
                for (int i = 0; i < faceCount; ++i)
                    if (frame_.faces[size_t(i)].detected.origin == FaceOrigin::Examiner &&
                        frame_.faces[size_t(i)].detected.box == *selectAfterAnalysis_)
                        keep = i;
            selectAfterAnalysis_.reset();
            selectedFace_ = keep;
            emit frameAnalysed(frame_);
            emit selectedFaceChanged(selectedFace_);
            showRememberedResults();
            showScannedFaces(); // the scan may have reached this frame while it was scored
            if (faceCount == 0) {
                // On a video, scoring the whole frame does not help (a frame is never a face
                // crop): point to the neighbouring frames and the timeline instead.
                const bool video = media_ && media_->isVideo;
                emit noticeIssued(!settings_.detectFaces ? tr("This frame could not be scored.")
                                  : video ? tr("No face was found in this frame. Step to a neighbouring frame "
                                               "or pick a point on the timeline where a face track is scored.")
                                          : tr("No face was found in this frame. If the image is already a face crop, "
                                               "turn off Analyse › Detect faces to score it whole."));
            }
        },
        {}, [this] { frameJobEnded(); });
}

void WorkbenchSession::addDrawnFace(const QRectF& frameBox) {
    if (!media_ || frame_.frame.isNull())
        return;
    if (!settings_.detectFaces) {
        emit errorOccurred(tr("Turn on Analyse › Detect faces to draw a face box: a drawn face is fitted with the "
                              "face detector's landmark model."));
        return;
    }
    const cv::Rect2f box(float(frameBox.x()), float(frameBox.y()), float(frameBox.width()), float(frameBox.height()));
    try {
        checkDrawnBox(box, cv::Size(frame_.frame.width(), frame_.frame.height()));
    } catch (const Error& e) {
        emit errorOccurred(describeError(e));
        return;
    }
    drawnFaces_.add(frame_.frameIndex, box);
    selectAfterAnalysis_ = box;
    analyseFrame(frame_.frameIndex);
    if (!media_->isVideo)
        return;
    const VideoScanOptions timeline = TimelineScanner::scanOptions(timelineFrames());
    if (scansFrame(timeline, frame_.frameIndex))
        startTimeline(); // scanned again with the box: the tracker follows the face from its frame
    else
        emit noticeIssued(tr("The timeline does not score frame %1, so the face drawn there is kept on that frame "
                             "only. Draw it on a frame the timeline scores (a point of its curves) to have it "
                             "followed.")
                              .arg(frame_.frameIndex));
}

void WorkbenchSession::restoreDrawnBoxes(const std::map<int, std::vector<cv::Rect2f>>& boxes) {
    drawnFaces_.restore(boxes);
    if (!media_)
        return;
    if (media_->isVideo && !boxes.empty())
        startTimeline(); // the tracks of the drawn faces come back with the scan
    if (!drawnFaces_.drawnOn(requestedFrame_).empty())
        analyseFrame(requestedFrame_);
}

void WorkbenchSession::frameJobEnded() {
    --frameJobs_;
    if (frameJobs_ == 0)
        emit frameBusyChanged(false);
}

void WorkbenchSession::selectFace(int index) {
    if (index < -1 || index >= int(frame_.faces.size()) || index == selectedFace_)
        return;
    selectedFace_ = index;
    explanations_->clear(); // the explanation shown was of another face
    evaluations_->clear();
    robustness_->clear();
    emit selectedFaceChanged(index);
    showRememberedResults();
}

void WorkbenchSession::cancelForeground() {
    explanations_->cancel();
    robustness_->cancel();
    evaluations_->cancel();
    if (frameJobs_ > 0)
        frameRequests_.cancel();
}

} // namespace fakelens::ui
