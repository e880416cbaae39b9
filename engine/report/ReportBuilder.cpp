#include "report/ReportBuilder.h"

#include "core/Error.h"
#include "evaluate/FaceEvaluator.h"
#include "explain/AdversarialSampleCache.h"
#include "explain/ExplainerRegistry.h"
#include "faces/FaceDetector.h"
#include "faces/FrameScorer.h"
#include "media/ImageLoader.h"
#include "media/VideoReader.h"
#include "models/Detector.h"
#include "report/ReportSources.h"
#include "report/ReportStrings.h"

#include <algorithm>
#include <cmath>

namespace fakelens {

namespace {

// The faces worth a section: the `capacity` highest P(fake) seen so far. Ties keep the
// earlier face, so the choice does not depend on anything but the scores and their order.
class SuspectList {
public:
    explicit SuspectList(size_t capacity) : capacity_(capacity) {}

    bool wants(double fakeProbability) const {
        return faces_.size() < capacity_ || fakeProbability > faces_.back().fakeProbability;
    }
    void add(ReportFace face) {
        if (!wants(face.fakeProbability))
            return;
        const auto at = std::upper_bound(faces_.begin(), faces_.end(), face.fakeProbability,
                                         [](double p, const ReportFace& f) { return p > f.fakeProbability; });
        faces_.insert(at, std::move(face));
        if (faces_.size() > capacity_)
            faces_.pop_back();
    }
    std::vector<ReportFace> take() { return std::move(faces_); }

private:
    size_t capacity_;
    std::vector<ReportFace> faces_; // highest P(fake) first
};

QString describeFrames(int start, int end, int step, int count) {
    const QString every = step == 1 ? ReportText::tr("every frame")
                                    : ReportText::tr("one frame in %1").arg(step);
    const QString range = end < 0 ? ReportText::tr("from frame %1 to the end").arg(start)
                                  : ReportText::tr("from frame %1 to %2").arg(start).arg(end - 1);
    return ReportText::tr("%1 %2 (%n frame(s) analysed)", nullptr, count).arg(every, range);
}

void scanImage(Detector& detector, const FaceDetector* faceDetector, ReportInput& input, std::vector<ReportFace>& faces) {
    const LoadedImage image = loadImage(input.evidence.path.toStdString());
    const std::vector<ScoredFace> scored = scoreFrame(image.rgb, detector, faceDetector);
    input.framesAnalysed = {0};
    for (size_t i = 0; i < scored.size(); ++i)
        faces.push_back(makeReportFace(image.rgb, scored[i], 0, 0.0, int(i), faceDetector == nullptr));
    input.parameters.frameSelection.clear();
}

void scanVideo(const ReportJob& job, Detector& detector, const FaceDetector* faceDetector, ReportInput& input,
               std::vector<ReportFace>& faces, size_t sections, ProgressReporter progress, CancelToken cancel) {
    VideoReader video(input.evidence.path.toStdString());
    const VideoInfo& info = video.info();
    const FrameSelection& sel = job.frames;
    const int step = sel.step > 0 ? sel.step : automaticFrameStep(sel, info.reportedFrameCount);
    if (!video.seek(sel.start))
        throw Error(ErrorCode::VideoUnreadable, input.evidence.path.toStdString(),
                    "the video ends before frame " + std::to_string(sel.start));
    const int last = sel.end >= 0 ? sel.end : std::max(sel.start + 1, info.reportedFrameCount);
    SuspectList suspects(sections);
    cv::Mat frame;
    for (int index = sel.start; sel.end < 0 || index < sel.end; ++index) {
        cancel.throwIfCancelled();
        if (!video.read(frame))
            break; // containers over-report their frame count; the report lists what was read
        if ((index - sel.start) % step != 0)
            continue;
        progress.report(double(index - sel.start) / std::max(1, last - sel.start), "frames");
        const std::vector<ScoredFace> scored = scoreFrame(frame, detector, faceDetector);
        TimelinePoint point;
        point.frame = index;
        point.timeSeconds = info.fps > 0 ? index / info.fps : 0.0;
        for (size_t i = 0; i < scored.size(); ++i) {
            point.fakeProbabilities.push_back(scored[i].fakeProbability);
            ++input.facesScored;
            input.facesCalledFake += scored[i].fake ? 1 : 0;
            // Copy the frame only for a face that makes the list: one frame per section at most.
            if (suspects.wants(scored[i].fakeProbability))
                suspects.add(makeReportFace(frame, scored[i], index, info.fps, int(i), faceDetector == nullptr));
        }
        input.framesAnalysed.push_back(index);
        input.timeline.push_back(std::move(point));
    }
    if (input.framesAnalysed.empty())
        throw Error(ErrorCode::VideoUnreadable, input.evidence.path.toStdString(),
                    "no frame could be decoded in the selected range (corrupt or truncated video?)");
    faces = suspects.take();
    input.parameters.frameSelection =
        describeFrames(sel.start, sel.end, step, int(input.framesAnalysed.size()));
}

} // namespace

int automaticFrameStep(const FrameSelection& selection, int frameCount) {
    const int end = selection.end >= 0 ? selection.end : frameCount;
    const int span = std::max(1, end - selection.start);
    const int wanted = std::max(1, selection.autoFrames);
    return std::max(1, (span + wanted - 1) / wanted);
}

ReportInput buildReportInput(const ReportJob& job, Detector& detector, const FaceDetector* faceDetector,
                             ProgressReporter progress, CancelToken cancel) {
    const std::vector<std::string> methods = expandMethodNames(job.explain.methods);
    if (methods.empty())
        throw Error(ErrorCode::InvalidArgument, "report", "no explanation method requested");
    if (job.frames.start < 0 || (job.frames.end >= 0 && job.frames.end <= job.frames.start) || job.frames.step < 0)
        throw Error(ErrorCode::InvalidArgument, "report", "the frame range must be START:END:STEP with START < END");

    ReportInput input;
    input.caseDetails = job.caseDetails;
    if (!input.caseDetails.analysed.isValid())
        input.caseDetails.analysed = QDateTime::currentDateTime();
    input.parameters.explain = job.explain;
    input.parameters.explain.methods = methods;
    input.parameters.faceDetection = faceDetector != nullptr;
    input.parameters.detectorUpsample = faceDetector ? faceDetector->options().upsample : 0;
    input.parameters.topSegmentsShown = job.topSegmentsShown;
    input.parameters.commandLine = job.commandLine;
    if (job.evaluation) {
        EvaluationSettings settings = *job.evaluation;
        settings.explainer = job.explain.settings;
        settings.slic = job.explain.slic;
        settings.explanationNes = job.explain.nes;
        settings.seed = job.explain.seed;
        settings.keepAttackedImages = false; // the report shows numbers, not the attacked faces
        input.parameters.evaluation = settings;
    }

    input.evidence = describeEvidence(job.evidencePath, progress.sub(0.0, 0.05), cancel);
    input.model = describeModel(detector, cancel);

    const bool video = input.evidence.isVideo;
    const int explainLimit = job.maxExplainedFaces > 0 ? job.maxExplainedFaces : (video ? 1 : 4);
    std::vector<ReportFace> faces;
    if (video) {
        scanVideo(job, detector, faceDetector, input, faces, size_t(explainLimit), progress.sub(0.05, 0.3), cancel);
        input.parameters.faceSelection =
            ReportText::tr("The %n face(s) with the highest P(fake) over all analysed frames have their own "
                           "section; those the detector calls fake are explained.", nullptr, explainLimit);
    } else {
        scanImage(detector, faceDetector, input, faces);
        input.facesScored = int(faces.size());
        for (const ReportFace& f : faces)
            input.facesCalledFake += f.fake ? 1 : 0;
        input.parameters.faceSelection =
            ReportText::tr("Every face found has its own section; the faces called fake are explained, at most "
                           "%n, highest P(fake) first.", nullptr, explainLimit);
    }
    if (input.facesScored == 0)
        input.notes << ReportText::tr("No face was found in the analysed %1, so nothing was explained.")
                           .arg(video ? ReportText::tr("frames") : ReportText::tr("image"));

    // Which faces get explained: the fake ones, most suspicious first, up to the limit.
    std::vector<size_t> order(faces.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&faces](size_t a, size_t b) { return faces[a].fakeProbability > faces[b].fakeProbability; });
    std::vector<size_t> chosen;
    for (size_t i : order) {
        if (!faces[i].fake)
            faces[i].notExplainedReason = ReportText::tr("Not explained: the detector calls this face real.");
        else if (int(chosen.size()) >= explainLimit)
            faces[i].notExplainedReason = ReportText::tr("Not explained: only the %n most suspicious face(s) are "
                                                         "explained.", nullptr, explainLimit);
        else
            chosen.push_back(i);
    }

    const ProgressReporter explainProgress = progress.sub(video ? 0.3 : 0.1, 1.0);
    AdversarialSampleCache cache;
    for (size_t n = 0; n < chosen.size(); ++n) {
        ReportFace& face = faces[chosen[n]];
        const ProgressReporter part = explainProgress.sub(double(n) / chosen.size(), double(n + 1) / chosen.size());
        if (input.parameters.evaluation) {
            FaceEvaluation evaluation =
                evaluateFace(detector, face.crop, methods, *input.parameters.evaluation, part, cancel);
            if (evaluation.calledFake) {
                face.explanation = explainReportFrom(evaluation);
                evaluation.explanations.clear(); // kept once, in `explanation`
                face.evaluation = std::move(evaluation);
            } else {
                face.notExplainedReason = ReportText::tr("Not explained: the detector calls this face real.");
            }
        } else {
            face.explanation = explainFace(detector, face.crop, input.parameters.explain, part, cancel, &cache);
        }
    }

    // Sections read in the order of the evidence: frame, then left to right.
    std::stable_sort(faces.begin(), faces.end(), [](const ReportFace& a, const ReportFace& b) {
        return a.frame != b.frame ? a.frame < b.frame : a.faceIndex < b.faceIndex;
    });
    input.faces = std::move(faces);
    progress.report(1.0, "done");
    return input;
}

} // namespace fakelens
