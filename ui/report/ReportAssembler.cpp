#include "report/ReportAssembler.h"

#include "ImageConversion.h"
#include "explain/ExplainerRegistry.h"
#include "case/AnalysedFrames.h"
#include "case/AnalysisSources.h"

#include <QCoreApplication>
#include <QStringList>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <map>

namespace fakelens::ui {

namespace {

// The report's words are plain English for now (see engine/report/ReportStrings.h); they go
// through tr() in this context so they can be translated with the rest of the report. Called as
// ReportNotes::tr() (not through an alias) so that lupdate files them under this context.
class ReportNotes {
    Q_DECLARE_TR_FUNCTIONS(ReportNotes)
};

constexpr int kMaxFrameSide = 1280; // as makeReportFace(): only the figure needs the frame

bool sameNes(const NesSettings& a, const NesSettings& b) {
    return a.sigma == b.sigma && a.samples == b.samples && a.alpha == b.alpha && a.epsilon == b.epsilon &&
           a.maxIterations == b.maxIterations && a.paperCompatible == b.paperCompatible &&
           a.perChannel == b.perChannel;
}

ExplainRequest requestOf(const EvaluationSettings& s, const QStringList& methods) {
    ExplainRequest r;
    for (const QString& m : methods)
        r.methods.push_back(m.toStdString());
    r.settings = s.explainer;
    r.slic = s.slic;
    r.nes = s.explanationNes;
    r.seed = s.seed;
    return r;
}

bool sameSegments(const Segmentation& a, const Segmentation& b) {
    if (a.count != b.count || a.labels.size() != b.labels.size() || a.labels.type() != b.labels.type())
        return false;
    return cv::countNonZero(a.labels != b.labels) == 0;
}

QString methodList(const std::vector<Explanation>& explanations) {
    QStringList names;
    for (const Explanation& e : explanations)
        names << QString::fromStdString(e.method);
    return names.join(QStringLiteral(", "));
}

std::vector<fakelens::TimelinePoint> timelineOf(const WorkbenchSnapshot& s) {
    std::map<int, fakelens::TimelinePoint> byFrame;
    for (const ui::TimelinePoint& t : s.timeline) {
        fakelens::TimelinePoint& p = byFrame[t.frame];
        p.fakeProbabilities.assign(t.fakeProbabilities.begin(), t.fakeProbabilities.end());
        p.trackIds.assign(t.trackIds.begin(), t.trackIds.end());
    }
    // The shown frame counts as analysed too when the timeline has not reached it yet; where it
    // has, the timeline's scores (the scan the verdict comes from) are the ones reported.
    if (s.frame.scored && byFrame.count(s.frame.frameIndex) == 0) {
        fakelens::TimelinePoint& p = byFrame[s.frame.frameIndex];
        for (const AnalysedFace& f : s.frame.faces) {
            p.fakeProbabilities.push_back(f.fakeProbability);
            p.trackIds.push_back(-1);
        }
    }
    std::vector<fakelens::TimelinePoint> points;
    for (auto& [frame, p] : byFrame) {
        p.frame = frame;
        p.timeSeconds = s.media.fps > 0 ? frame / s.media.fps : 0.0;
        points.push_back(std::move(p));
    }
    return points;
}

} // namespace

int mostSuspiciousTimelineFrame(const WorkbenchSnapshot& s) {
    if (!s.media.isVideo)
        return -1;
    double shown = -1;
    for (const AnalysedFace& f : s.frame.faces)
        shown = std::max(shown, f.fakeProbability);
    int best = -1;
    double bestProbability = shown;
    for (const ui::TimelinePoint& p : s.timeline)
        for (double probability : p.fakeProbabilities)
            if (probability > bestProbability && p.frame != s.frame.frameIndex) {
                bestProbability = probability;
                best = p.frame;
            }
    return best;
}

bool sameExplanationSettings(const ExplainRequest& a, const ExplainRequest& b) {
    // Every method parameter; the detector batch size does not change a result.
    return a.settings.values() == b.settings.values() && a.slic.segments == b.slic.segments && a.slic.ruler == b.slic.ruler && a.slic.iterations == b.slic.iterations &&
           a.slic.minElementPercent == b.slic.minElementPercent && sameNes(a.nes, b.nes) && a.seed == b.seed;
}

ReportInput assembleReportInput(const WorkbenchSnapshot& s, const EvidenceInfo& evidence, const ModelInfo& model,
                                std::vector<ReportFace> extraFaces) {
    ReportInput input;
    input.caseDetails = s.caseDetails;
    if (!input.caseDetails.analysed.isValid())
        input.caseDetails.analysed = QDateTime::currentDateTime();
    input.evidence = evidence;
    input.model = model;
    ReportParameters& p = input.parameters;
    p.faceDetection = s.detectFaces;
    p.detectorUpsample = s.detectFaces ? s.faceDetectorUpsample : 0;
    p.topSegmentsShown = s.topSegmentsShown;
    p.commandLine.clear(); // written from the workbench
    p.drawnFaces = s.drawnFaces.all();

    const bool video = s.media.isVideo;
    const int frameIndex = s.frame.frameIndex;
    const double timeSeconds = video && s.media.fps > 0 ? frameIndex / s.media.fps : -1.0;

    // The frame once for all its faces (cv::Mat shares the pixels), downscaled like the CLI's.
    cv::Mat frameImage = toRgbMat(s.frame.frame);
    double frameScale = 1.0;
    const int side = std::max(frameImage.cols, frameImage.rows);
    if (side > kMaxFrameSide) {
        frameScale = double(kMaxFrameSide) / side;
        cv::resize(frameImage, frameImage, cv::Size(), frameScale, frameScale, cv::INTER_AREA);
    }

    // What the selected face carries: the evaluation's explanations when it ran (so that the
    // heatmaps and the evaluated rankings are the same), else the Explanation tab's.
    const AnalysedFace* selected =
        s.selectedFace >= 0 && s.selectedFace < int(s.frame.faces.size()) ? &s.frame.faces[size_t(s.selectedFace)] : nullptr;
    const bool explanationOfSelected = selected && s.explanation && s.explanationSubject.faceId == selected->id &&
                                       s.explanationSubject.frameIndex == frameIndex;
    const bool evaluationOfSelected = selected && s.evaluation && s.evaluationSubject.faceId == selected->id &&
                                      s.evaluationSubject.frameIndex == frameIndex;
    std::optional<ExplainReport> selectedExplanation;
    std::optional<FaceEvaluation> selectedEvaluation;
    if (evaluationOfSelected && s.evaluation->calledFake) {
        selectedExplanation = explainReportFrom(*s.evaluation);
        FaceEvaluation evaluation = *s.evaluation;
        evaluation.explanations.clear(); // kept once, in the explanation
        selectedEvaluation = std::move(evaluation);
        p.explain = requestOf(s.evaluationSubject.settings, s.evaluationSubject.methods);
        p.evaluation = s.evaluationSubject.settings;
        if (explanationOfSelected) {
            // Methods of the Explanation tab that were not evaluated join the report when they
            // were made with the same settings (then they share the segments); otherwise say so.
            std::vector<Explanation> extra, differing;
            const bool same = sameExplanationSettings(s.explanationRequest, p.explain) &&
                              sameSegments(s.explanation->segments, selectedExplanation->segments);
            for (const Explanation& e : s.explanation->explanations) {
                const bool evaluated = std::any_of(selectedExplanation->explanations.begin(),
                                                   selectedExplanation->explanations.end(),
                                                   [&e](const Explanation& x) { return x.method == e.method; });
                if (same && !evaluated)
                    extra.push_back(e);
                else if (!same)
                    differing.push_back(e);
            }
            for (Explanation& e : extra) {
                p.explain.methods.push_back(e.method);
                selectedExplanation->explanations.push_back(std::move(e));
            }
            if (!selectedExplanation->adversarial && s.explanation->adversarial && same)
                selectedExplanation->adversarial = s.explanation->adversarial;
            if (!differing.empty())
                input.notes << ReportNotes::tr("The workbench also showed %1 computed with other settings than the evaluation "
                                     "(e.g. other sample counts); this report shows the explanations that were "
                                     "evaluated, so that the heatmaps and the evaluation refer to the same rankings.")
                                   .arg(methodList(differing));
        }
    } else if (explanationOfSelected) {
        selectedExplanation = *s.explanation;
        p.explain = s.explanationRequest;
        p.explain.methods = expandMethodNames(s.explanationRequest.methods);
    }
    if (evaluationOfSelected && !s.evaluation->calledFake)
        input.notes << ReportNotes::tr("The evaluation was asked for face %1, but the detector calls it real, so it was not "
                             "attacked.").arg(selected->id);

    for (size_t i = 0; i < s.frame.faces.size(); ++i) {
        const AnalysedFace& f = s.frame.faces[i];
        ReportFace face;
        face.frame = frameIndex;
        face.timeSeconds = timeSeconds;
        face.faceIndex = int(i);
        face.face.box = cv::Rect2f(float(f.box.x()), float(f.box.y()), float(f.box.width()), float(f.box.height()));
        face.face.confidence = f.detectionConfidence;
        face.face.origin = f.detected.origin; // a face the examiner drew stays marked as drawn
        face.wholeImage = !s.detectFaces;
        for (const QPointF& corner : f.cropOutline)
            face.cropCorners.emplace_back(float(corner.x()), float(corner.y()));
        face.frameImage = frameImage;
        face.frameScale = frameScale;
        face.crop = f.crop.clone();
        face.fakeProbability = f.fakeProbability;
        face.fake = f.fake();
        if (selected == &f && selectedExplanation) {
            face.explanation = selectedExplanation;
            face.evaluation = selectedEvaluation;
        } else if (!f.fake()) {
            face.notExplainedReason = ReportNotes::tr("Not explained: the detector calls this face real.");
        } else if (selected == &f) {
            face.notExplainedReason = ReportNotes::tr("Not explained: no explanation of this face was computed in the workbench "
                                            "before the report was written.");
        } else {
            face.notExplainedReason = ReportNotes::tr("Not explained: only the face selected in the workbench (face %1) carries "
                                            "its explanations.").arg(selected ? selected->id : 0);
        }
        input.faces.push_back(std::move(face));
    }

    for (ReportFace& face : extraFaces) {
        if (face.notExplainedReason.isEmpty())
            face.notExplainedReason = ReportNotes::tr("Not explained: this is the most suspicious face of the score timeline; "
                                            "show it in the workbench (at %1 s) and explain it to include its heatmaps.")
                                          .arg(face.timeSeconds, 0, 'f', 2);
        input.faces.push_back(std::move(face));
    }
    // Sections in the order of the evidence: frame, then left to right.
    std::stable_sort(input.faces.begin(), input.faces.end(), [](const ReportFace& a, const ReportFace& b) {
        return a.frame != b.frame ? a.frame < b.frame : a.faceIndex < b.faceIndex;
    });

    if (video) {
        input.timeline = timelineOf(s);
        for (const fakelens::TimelinePoint& t : input.timeline) {
            input.framesAnalysed.push_back(t.frame);
            input.facesScored += int(t.fakeProbabilities.size());
            for (double probability : t.fakeProbabilities)
                input.facesCalledFake += model.card.call(probability) == FaceCall::Fake ? 1 : 0;
        }
        const int timelineFrames = int(s.timeline.size());
        const bool shownInTimeline = std::any_of(s.timeline.begin(), s.timeline.end(),
                                                 [frameIndex](const ui::TimelinePoint& t) { return t.frame == frameIndex; });
        if (timelineFrames == 0)
            p.frameSelection = ReportNotes::tr("only frame %1, the frame shown in the workbench").arg(frameIndex);
        else
            p.frameSelection = describeFrameSelection(s.timelineFrames, timelineFrames);
        if (timelineFrames > 0 && !shownInTimeline)
            p.frameSelection += ReportNotes::tr(", and frame %1, the frame shown in the workbench").arg(frameIndex);
        if (s.timelineRunning)
            input.notes << ReportNotes::tr("The score timeline was still being computed when this report was written; it covers "
                                 "the %n frame(s) scored by then.", nullptr, timelineFrames);
        p.faceSelection = ReportNotes::tr("The faces of frame %1 (the frame shown in the workbench) have their own sections; the "
                                "selected face carries the explanations and the evaluation computed for it.")
                              .arg(frameIndex);
        if (!extraFaces.empty())
            p.faceSelection += QLatin1Char(' ') + ReportNotes::tr("The most suspicious face of the score timeline has a section "
                                                        "too.");
    } else {
        input.framesAnalysed = {0};
        input.facesScored = int(s.frame.faces.size());
        for (const AnalysedFace& f : s.frame.faces)
            input.facesCalledFake += f.fake() ? 1 : 0;
        p.faceSelection = ReportNotes::tr("Every face found has its own section; the face selected in the workbench carries the "
                                "explanations and the evaluation computed for it.");
    }
    input.verdict = s.verdict;
    if (input.facesScored == 0)
        input.notes << ReportNotes::tr("No face was found in the analysed %1, so nothing was explained.")
                           .arg(video ? ReportNotes::tr("frames") : ReportNotes::tr("image"));
    return input;
}

} // namespace fakelens::ui
