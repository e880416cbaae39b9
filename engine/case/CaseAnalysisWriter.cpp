#include "case/CaseAnalysis.h"

#include "case/CaseParameters.h"
#include "case/CaseSchema.h"
#include "case/CaseSql.h"
#include "case/CaseValues.h"
#include "case/MatBlob.h"

namespace fakelens {

namespace {

using caseSql::insert;

QString str(const std::string& s) {
    return QString::fromStdString(s);
}

// SQLite integers are signed 64-bit; a digest keeps its bits.
QVariant bits64(std::uint64_t value) {
    return static_cast<qint64>(value);
}

void writeEvidenceAndModel(QSqlDatabase& db, const ReportInput& a) {
    const EvidenceInfo& e = a.evidence;
    insert(db, "evidence",
           {{"id", 1},
            {"path", e.path},
            {"size_bytes", e.sizeBytes},
            {"sha256", e.sha256},
            {"is_video", e.isVideo ? 1 : 0},
            {"format", e.format},
            {"width", e.width},
            {"height", e.height},
            {"fps", realValue(e.fps)},
            {"reported_frame_count", e.reportedFrameCount},
            {"duration_seconds", realValue(e.durationSeconds)},
            {"metadata_problem", e.metadata.problem.isNull() ? QString("") : e.metadata.problem}});
    qint64 seq = 0;
    for (const MetadataEntry& entry : e.metadata.entries)
        insert(db, "evidence_metadata", {{"seq", seq++}, {"grp", entry.group}, {"key", entry.key}, {"value", entry.value}});
    const ModelInfo& m = a.model;
    insert(db, "model",
           {{"id", 1},
            {"path", m.path},
            {"sha256", m.sha256},
            {"device", m.device},
            {"card_json", str(m.card.toJson())}});
}

void writeSummary(QSqlDatabase& db, const ReportInput& a) {
    const EvidenceVerdict& v = a.verdict;
    insert(db, "analysis",
           {{"id", 1},
            {"saved_at", utcNow()},
            {"faces_scored", a.facesScored},
            {"faces_called_fake", a.facesCalledFake},
            {"verdict_label", str(v.label())},
            {"verdict_scored", v.scored ? 1 : 0},
            {"verdict_fake_score", realValue(v.fakeScore)},
            {"verdict_fake", v.fake ? 1 : 0},
            {"verdict_threshold", realValue(v.threshold)},
            {"verdict_units_counted", v.unitsCounted},
            {"verdict_rule", str(v.rule)},
            {"verdict_inconclusive", v.inconclusive ? 1 : 0},
            {"verdict_inconclusive_units", v.inconclusiveUnits},
            {"verdict_small_left_out", v.smallFacesLeftOut},
            {"verdict_small_included", v.smallFacesIncluded ? 1 : 0}});
    for (std::size_t i = 0; i < a.framesAnalysed.size(); ++i)
        insert(db, "frames_analysed", {{"seq", qint64(i)}, {"frame", a.framesAnalysed[i]}});
    for (std::size_t i = 0; i < a.timeline.size(); ++i) {
        const TimelinePoint& t = a.timeline[i];
        insert(db, "timeline",
               {{"seq", qint64(i)},
                {"frame", t.frame},
                {"time_seconds", realValue(t.timeSeconds)},
                {"fake_probabilities", doublesToJson(t.fakeProbabilities)},
                {"track_ids", intsToJson(t.trackIds)}});
    }
    for (int i = 0; i < a.notes.size(); ++i)
        insert(db, "notes", {{"seq", i}, {"text", a.notes[i]}});
}

void writeExplanation(QSqlDatabase& db, int faceNo, const ExplainReport& r) {
    insert(db, "face_explanation",
           {{"face_no", faceNo},
            {"segment_labels", matToBlob(r.segments.labels)},
            {"segment_count", r.segments.count},
            {"segment_areas", intsToJson(r.segments.areas)},
            {"image", matToBlob(r.image)},
            {"fake_probability", realValue(r.fakeProbability)}});
    for (std::size_t i = 0; i < r.explanations.size(); ++i) {
        const Explanation& e = r.explanations[i];
        insert(db, "explanation",
               {{"face_no", faceNo},
                {"seq", qint64(i)},
                {"method", str(e.method)},
                {"saliency", matToBlob(e.saliency)},
                {"saliency_display", matToBlob(e.saliencyDisplay)},
                {"segment_scores", doublesToJson(e.segmentScores)},
                {"ranking", intsToJson(e.ranking)},
                {"eligible_segments", e.eligibleSegments},
                {"inferences", qint64(e.inferences)},
                {"design_digest", bits64(e.designDigest)},
                {"seconds", realValue(e.seconds)}});
    }
    if (r.adversarial) {
        const NesResult& n = *r.adversarial;
        insert(db, "adversarial",
               {{"face_no", faceNo},
                {"image", matToBlob(n.adversarial)},
                {"iterations", n.iterations},
                {"inferences", qint64(n.inferences)},
                {"final_real_probability", realValue(n.finalRealProbability)},
                {"flipped", n.flipped ? 1 : 0},
                {"linf", realValue(n.linf)},
                {"l2", realValue(n.l2)},
                {"real_probability_curve", doublesToJson(n.realProbabilityCurve)},
                {"seconds", realValue(n.seconds)}});
    }
}

void writeEvaluation(QSqlDatabase& db, int faceNo, const FaceEvaluation& ev) {
    insert(db, "evaluation",
           {{"face_no", faceNo},
            {"fake_probability", realValue(ev.fakeProbability)},
            {"called_fake", ev.calledFake ? 1 : 0},
            {"agreement", doubleMatrixToJson(ev.agreement)},
            {"has_manipulation_mask", ev.hasManipulationMask ? 1 : 0},
            {"seconds", realValue(ev.seconds)}});
    for (std::size_t m = 0; m < ev.methods.size(); ++m) {
        const MethodEvaluation& me = ev.methods[m];
        const IntrinsicMetrics im = me.intrinsic.value_or(IntrinsicMetrics{});
        insert(db, "evaluation_method",
               {{"face_no", faceNo},
                {"seq", qint64(m)},
                {"method", str(me.method)},
                {"ranking", intsToJson(me.ranking)},
                {"eligible_segments", me.eligibleSegments},
                {"seconds", realValue(me.seconds)},
                {"inferences", qint64(me.inferences)},
                {"has_intrinsic", me.intrinsic ? 1 : 0},
                {"variance", realValue(im.variance)},
                {"intra_frame_consistency", realValue(im.intraFrameConsistency)},
                {"centredness", realValue(im.centredness)},
                {"localisation", doublesToJson(me.localisation)}});
        for (std::size_t k = 0; k < me.attacks.size(); ++k) {
            const AttackOutcome& o = me.attacks[k];
            insert(db, "attack",
                   {{"face_no", faceNo},
                    {"method_seq", qint64(m)},
                    {"seq", qint64(k)},
                    {"k", o.k},
                    {"fake_probability_after", realValue(o.fakeProbabilityAfter)},
                    {"still_fake", o.stillFake ? 1 : 0},
                    {"sufficiency", realValue(o.sufficiency)},
                    {"flipped", o.flipped ? 1 : 0},
                    {"iterations", o.iterations},
                    {"inferences", qint64(o.inferences)},
                    {"seconds", realValue(o.seconds)},
                    {"linf", realValue(o.linf)},
                    {"minimal_budget", o.minimalBudget},
                    {"budget_attacks", o.budgetAttacks},
                    {"budget_inferences", qint64(o.budgetInferences)},
                    {"attacked", matToBlob(o.attacked)},
                    {"reused", o.reused ? 1 : 0}});
        }
    }
}

// The robustness re-test: its summary, then each variant in the order it was scored.
void writeRobustness(QSqlDatabase& db, int faceNo, const RobustnessResult& r) {
    insert(db, "robustness_summary",
           {{"face_no", faceNo},
            {"original_fake_probability", realValue(r.originalFakeProbability)},
            {"original_call", QString::fromLatin1(faceCallName(r.originalCall))},
            {"min_fake_probability", realValue(r.minFakeProbability)},
            {"max_fake_probability", realValue(r.maxFakeProbability)},
            {"max_abs_change", realValue(r.maxAbsChange)},
            {"unstable", r.unstable ? 1 : 0}});
    for (std::size_t i = 0; i < r.variants.size(); ++i) {
        const RobustnessVariant& v = r.variants[i];
        insert(db, "robustness",
               {{"face_no", faceNo},
                {"seq", qint64(i)},
                {"name", str(v.name)},
                {"fake_probability", realValue(v.fakeProbability)},
                {"call", QString::fromLatin1(faceCallName(v.call))}});
    }
}

void writeFace(QSqlDatabase& db, int faceNo, const ReportFace& f) {
    insert(db, "faces",
           {{"face_no", faceNo},
            {"frame", f.frame},
            {"track_id", f.trackId},
            {"time_seconds", realValue(f.timeSeconds)},
            {"face_index", f.faceIndex},
            {"box_x", realValue(f.face.box.x)},
            {"box_y", realValue(f.face.box.y)},
            {"box_width", realValue(f.face.box.width)},
            {"box_height", realValue(f.face.box.height)},
            {"confidence", realValue(f.face.confidence)},
            {"landmarks", pointsToJson(f.face.landmarks)},
            {"landmark_drift", realValue(f.face.landmarkDrift)},
            {"whole_image", f.wholeImage ? 1 : 0},
            {"crop_corners", pointsToJson(f.cropCorners)},
            {"frame_image", matToBlob(f.frameImage)},
            {"frame_scale", realValue(f.frameScale)},
            {"crop", matToBlob(f.crop)},
            {"fake_probability", realValue(f.fakeProbability)},
            {"fake", f.fake ? 1 : 0},
            {"not_explained_reason", f.notExplainedReason},
            {"explained", f.explanation ? 1 : 0},
            {"evaluated", f.evaluation ? 1 : 0},
            {"origin", QString::fromLatin1(faceOriginName(f.face.origin))}});
    if (f.explanation)
        writeExplanation(db, faceNo, *f.explanation);
    if (f.evaluation)
        writeEvaluation(db, faceNo, *f.evaluation);
    if (f.robustness)
        writeRobustness(db, faceNo, *f.robustness);
}

} // namespace

void writeCaseDetails(QSqlDatabase& db, const CaseDetails& d) {
    caseSql::run(db, "DELETE FROM case_details", ErrorCode::FileUnwritable);
    insert(db, "case_details",
           {{"id", 1},
            {"case_id", d.caseId},
            {"examiner", d.examiner},
            {"analysed", timeValue(d.analysed)},
            {"conclusion", d.conclusion}});
}

void writeAnalysis(QSqlDatabase& db, const ReportInput& analysis) {
    for (const QString& table : caseSchema::analysisTables())
        caseSql::run(db, "DELETE FROM " + table, ErrorCode::FileUnwritable);
    writeCaseDetails(db, analysis.caseDetails);
    writeSummary(db, analysis);
    writeEvidenceAndModel(db, analysis);
    writeParameters(db, analysis.parameters);
    for (std::size_t i = 0; i < analysis.faces.size(); ++i)
        writeFace(db, static_cast<int>(i), analysis.faces[i]);
}

} // namespace fakelens
