#include "case/AnalysisBuilder.h"

#include "case/AnalysedFrames.h"
#include "core/Error.h"
#include "evaluate/FaceEvaluator.h"
#include "explain/AdversarialSampleCache.h"
#include "explain/ExplainerRegistry.h"
#include "faces/FaceDetector.h"
#include "faces/FrameScorer.h"
#include "faces/VideoScanner.h"
#include "media/ImageLoader.h"
#include "media/VideoReader.h"
#include "models/Detector.h"
#include "case/AnalysisSources.h"
#include "report/ReportStrings.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace fakelens {

namespace {

void scanImage(const ReportJob& job, Detector& detector, const FaceDetector* faceDetector, ReportInput& input,
               std::vector<ReportFace>& faces, const CancelToken& cancel) {
    const std::vector<cv::Rect2f> drawnBoxes = drawnBoxesOnImage(job.drawnFaces, input.evidence.path.toStdString());
    const LoadedImage image = loadImage(input.evidence.path.toStdString());
    const std::vector<ScoredFace> scored = scoreFrame(image.rgb, detector, faceDetector, drawnBoxes);
    input.framesAnalysed = {0};
    for (size_t i = 0; i < scored.size(); ++i)
    {
        faces.push_back(makeReportFace(image.rgb, scored[i], 0, 0.0, int(i), faceDetector == nullptr));
        addRobustness(faces.back(), image.rgb, detector, cancel); // needs the full-size frame
    }
    std::vector<JudgedFace> judged;
    for (const ScoredFace& f : scored)
        judged.push_back({f.fakeProbability, faceBoxSide(f.face.box)});
    input.verdict = imageVerdict(judged, detector.card(), job.includeSmallFaces);
    input.parameters.frameSelection.clear();
}

// The one video pipeline (VideoScanner, as `detect` and the workbench's timeline scan it), so
// that the report's timeline, track IDs and verdict are theirs. The frames of the faces that
// get a section are decoded again afterwards: the scan keeps only scores in memory.
void scanVideo(const ReportJob& job, Detector& detector, const FaceDetector* faceDetector, ReportInput& input,
               std::vector<ReportFace>& faces, size_t sections, ProgressReporter progress, CancelToken cancel) {
    const FrameSelection& sel = job.frames;
    VideoScanOptions options = videoScanOptions(sel.start, sel.end, std::max(1, sel.step));
    options.includeSmallFaces = job.includeSmallFaces;
    options.drawnFaces = job.drawnFaces;
    VideoScanner scanner(input.evidence.path.toStdString(), detector, faceDetector, options);
    const double fps = scanner.info().fps;
    // Candidates: the highest P(fake) face of each track (one section per person). The face and
    // its crop are kept as the scan made them (a tracked face is the tracker's re-fit, which a
    // fresh detection would not reproduce); only the frame's pixels are decoded again below.
    struct Candidate {
        int frame = 0;
        double time = 0;
        int faceIndex = 0;
        ScannedFace face;
    };
    std::map<int, Candidate> bestOfTrack;
    scanner.advance(0, [&](const ScannedFrame& frame) {
        TimelinePoint point;
        point.frame = frame.index;
        point.timeSeconds = frame.time;
        for (size_t i = 0; i < frame.faces.size(); ++i) {
            const ScannedFace& f = frame.faces[i];
            point.fakeProbabilities.push_back(f.fakeProbability);
            point.trackIds.push_back(f.trackId);
            ++input.facesScored;
            input.facesCalledFake += f.fake() ? 1 : 0;
            auto it = bestOfTrack.find(f.trackId);
            if (it == bestOfTrack.end() || f.fakeProbability > it->second.face.fakeProbability)
                bestOfTrack[f.trackId] = Candidate{frame.index, frame.time, int(i), f};
        }
        input.timeline.push_back(std::move(point));
    }, progress.sub(0.0, 0.9), cancel);
    input.framesAnalysed = scanner.framesAnalysed();
    if (input.framesAnalysed.empty())
        throw Error(ErrorCode::VideoUnreadable, input.evidence.path.toStdString(),
                    "no frame could be decoded in the selected range (corrupt or truncated video?)");
    input.verdict = videoEvidenceVerdict(scanner.verdict());

    // Confirmed tracks (the ones the verdict counts) get sections first, then by P(fake).
    std::set<int> confirmed;
    for (const TrackTimeline& t : scanner.tracks())
        if (t.confirmed())
            confirmed.insert(t.id());
    std::vector<Candidate> candidates;
    for (auto& [id, c] : bestOfTrack)
        candidates.push_back(std::move(c));
    std::stable_sort(candidates.begin(), candidates.end(), [&confirmed](const Candidate& a, const Candidate& b) {
        const bool ca = confirmed.count(a.face.trackId) > 0, cb = confirmed.count(b.face.trackId) > 0;
        return ca != cb ? ca : a.face.fakeProbability > b.face.fakeProbability;
    });
    if (candidates.size() > sections)
        candidates.resize(sections);
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate& a, const Candidate& b) { return a.frame < b.frame; });

    VideoReader video(input.evidence.path.toStdString());
    cv::Mat rgb;
    for (const Candidate& c : candidates) {
        cancel.throwIfCancelled();
        if (!video.seek(c.frame) || !video.read(rgb))
            throw Error(ErrorCode::VideoUnreadable, input.evidence.path.toStdString(),
                        "frame " + std::to_string(c.frame) + " could not be decoded a second time");
        ReportFace face = makeReportFace(rgb, c.face.scored(), c.frame, fps, c.faceIndex, faceDetector == nullptr);
        face.timeSeconds = c.time;
        face.trackId = c.face.trackId;
        addRobustness(face, rgb, detector, cancel); // needs the full-size frame
        faces.push_back(std::move(face));
    }
    progress.report(1.0, "frames");
    input.parameters.frameSelection =
        describeFrameSelection({sel.start, sel.end, options.step}, int(input.framesAnalysed.size()));
}

} // namespace

ReportInput buildReportInput(const ReportJob& job, Detector& detector, const FaceDetector* faceDetector,
                             ProgressReporter progress, CancelToken cancel) {
    const std::vector<std::string> methods = expandMethodNames(job.explain.methods, detector.supportsGradients());
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
    input.parameters.drawnFaces = job.drawnFaces;
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
            ReportText::tr("One section per face track, at most %n: each shows the frame where its track's "
                           "P(fake) is highest. Confirmed tracks (the ones the verdict counts) come first, then "
                           "the highest P(fake); the faces the detector calls fake are explained.",
                           nullptr, explainLimit);
    } else {
        scanImage(job, detector, faceDetector, input, faces, cancel);
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
        if (detector.card().call(faces[i].fakeProbability) == FaceCall::Inconclusive)
            faces[i].notExplainedReason =
                ReportText::tr("Not explained: the detector's score is inconclusive (inside the model card's band).");
        else if (!faces[i].fake)
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
