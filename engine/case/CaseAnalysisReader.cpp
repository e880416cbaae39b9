#include "case/CaseAnalysis.h"

#include "case/CaseParameters.h"
#include "case/CaseSql.h"
#include "case/CaseValues.h"
#include "case/MatBlob.h"

#include <functional>

namespace fakelens {

namespace {

std::string std8(const QString& s) {
    return s.toStdString();
}

Error inconsistent(const QString& what) {
    return Error(ErrorCode::CorruptData, "case file", "inconsistent case: " + what.toStdString());
}

// Calls `each` for every row of `sql` (with `values` bound), in the query's order.
void forRows(QSqlDatabase& db, const QString& table, const QString& sql, const QVariantList& values,
             const std::function<void(const SqlRow&)>& each) {
    QSqlQuery q = caseSql::query(db, sql, values, ErrorCode::CorruptData);
    while (q.next())
        each(SqlRow(q.record(), table));
}

// The one row of a one-row table, or of a per-face table for `faceNo`.
SqlRow oneRow(QSqlDatabase& db, const QString& table, const QString& where = "id = 1",
              const QVariantList& values = {}) {
    QSqlQuery q = caseSql::query(db, "SELECT * FROM " + table + " WHERE " + where, values,
                                 ErrorCode::CorruptData);
    if (!q.next())
        throw inconsistent("table " + table + " has no row where " + where);
    return SqlRow(q.record(), table);
}

// Rows numbered 0..n-1 by `seq`; a gap means a lost row.
void checkSeq(const SqlRow& row, const char* column, qint64 expected) {
    if (row.integer(column) != expected)
        throw inconsistent(row.where(column) + " skips row " + QString::number(expected));
}

EvidenceInfo readEvidenceRow(QSqlDatabase& db) {
    const SqlRow e = oneRow(db, "evidence");
    EvidenceInfo ev;
    ev.path = e.text("path");
    ev.sizeBytes = e.integer("size_bytes");
    ev.sha256 = e.text("sha256");
    ev.isVideo = e.boolean("is_video");
    ev.format = e.text("format");
    ev.width = e.int32("width");
    ev.height = e.int32("height");
    ev.fps = e.real("fps");
    ev.reportedFrameCount = e.int32("reported_frame_count");
    ev.durationSeconds = e.real("duration_seconds");
    if (e.isNull("metadata_problem"))
        ev.metadata.problem = QStringLiteral("not read: the analysis was saved by a FakeLens without metadata "
                                             "support (case schema 1)");
    else
        ev.metadata.problem = e.text("metadata_problem");
    forRows(db, "evidence_metadata", "SELECT * FROM evidence_metadata ORDER BY seq", {}, [&](const SqlRow& r) {
        checkSeq(r, "seq", qint64(ev.metadata.entries.size()));
        ev.metadata.entries.push_back({r.text("grp"), r.text("key"), r.text("value")});
    });
    return ev;
}

void readEvidenceAndModel(QSqlDatabase& db, ReportInput& a) {
    a.evidence = readEvidenceRow(db);
    const SqlRow m = oneRow(db, "model");
    a.model.path = m.text("path");
    a.model.sha256 = m.text("sha256");
    a.model.device = m.text("device");
    try {
        a.model.card = ModelCard::fromJson(std8(m.text("card_json")), "case file model.card_json");
    } catch (const Error& error) {
        throw Error(ErrorCode::CorruptData, "case file", error.what());
    }
}

void readSummary(QSqlDatabase& db, ReportInput& a) {
    const SqlRow s = oneRow(db, "analysis");
    a.facesScored = s.int32("faces_scored");
    a.facesCalledFake = s.int32("faces_called_fake");
    a.verdict.scored = s.boolean("verdict_scored");
    a.verdict.fakeScore = s.real("verdict_fake_score");
    a.verdict.fake = s.boolean("verdict_fake");
    a.verdict.threshold = s.real("verdict_threshold");
    a.verdict.unitsCounted = s.int32("verdict_units_counted");
    a.verdict.rule = std8(s.text("verdict_rule"));
    a.verdict.inconclusive = s.boolean("verdict_inconclusive");
    a.verdict.inconclusiveUnits = s.int32("verdict_inconclusive_units");
    a.verdict.smallFacesLeftOut = s.int32("verdict_small_left_out");
    a.verdict.smallFacesIncluded = s.boolean("verdict_small_included");
    forRows(db, "frames_analysed", "SELECT * FROM frames_analysed ORDER BY seq", {},
            [&](const SqlRow& r) {
                checkSeq(r, "seq", qint64(a.framesAnalysed.size()));
                a.framesAnalysed.push_back(r.int32("frame"));
            });
    forRows(db, "timeline", "SELECT * FROM timeline ORDER BY seq", {}, [&](const SqlRow& r) {
        checkSeq(r, "seq", qint64(a.timeline.size()));
        TimelinePoint t;
        t.frame = r.int32("frame");
        t.timeSeconds = r.real("time_seconds");
        t.fakeProbabilities =
            doublesFromJson(r.text("fake_probabilities"), r.where("fake_probabilities"));
        t.trackIds = intsFromJson(r.text("track_ids"), r.where("track_ids"));
        if (t.trackIds.size() != t.fakeProbabilities.size())
            throw inconsistent("timeline frame " + QString::number(t.frame) +
                               ": track IDs and scores differ in number");
        a.timeline.push_back(std::move(t));
    });
    forRows(db, "notes", "SELECT * FROM notes ORDER BY seq", {}, [&](const SqlRow& r) {
        checkSeq(r, "seq", a.notes.size());
        a.notes << r.text("text");
    });
}

ExplainReport readExplanation(QSqlDatabase& db, int faceNo) {
    const QVariantList face{faceNo};
    const QString what = "face " + QString::number(faceNo) + " ";
    const SqlRow x = oneRow(db, "face_explanation", "face_no = ?", face);
    ExplainReport r;
    r.segments.labels = matFromBlob(x.blob("segment_labels"), what + "segment labels");
    r.segments.count = x.int32("segment_count");
    r.segments.areas = intsFromJson(x.text("segment_areas"), x.where("segment_areas"));
    r.image = matFromBlob(x.blob("image"), what + "explained image");
    r.fakeProbability = x.real("fake_probability");
    forRows(db, "explanation", "SELECT * FROM explanation WHERE face_no = ? ORDER BY seq", face,
            [&](const SqlRow& e) {
                checkSeq(e, "seq", qint64(r.explanations.size()));
                Explanation ex;
                ex.method = std8(e.text("method"));
                ex.saliency = matFromBlob(e.blob("saliency"), what + "saliency");
                ex.saliencyDisplay =
                    matFromBlob(e.blob("saliency_display"), what + "saliency display");
                ex.segmentScores =
                    doublesFromJson(e.text("segment_scores"), e.where("segment_scores"));
                ex.ranking = intsFromJson(e.text("ranking"), e.where("ranking"));
                ex.eligibleSegments = e.int32("eligible_segments");
                ex.inferences = e.integer("inferences");
                ex.designDigest = static_cast<std::uint64_t>(e.integer("design_digest"));
                ex.seconds = e.real("seconds");
                r.explanations.push_back(std::move(ex));
            });
    forRows(db, "adversarial", "SELECT * FROM adversarial WHERE face_no = ?", face,
            [&](const SqlRow& n) {
                NesResult res;
                res.adversarial = matFromBlob(n.blob("image"), what + "adversarial sample");
                res.iterations = n.int32("iterations");
                res.inferences = n.integer("inferences");
                res.finalRealProbability = n.real("final_real_probability");
                res.flipped = n.boolean("flipped");
                res.linf = n.real("linf");
                res.l2 = n.real("l2");
                res.realProbabilityCurve = doublesFromJson(n.text("real_probability_curve"),
                                                           n.where("real_probability_curve"));
                res.seconds = n.real("seconds");
                r.adversarial = std::move(res);
            });
    return r;
}

AttackOutcome readAttack(const SqlRow& r, const QString& what) {
    AttackOutcome o;
    o.k = r.int32("k");
    o.fakeProbabilityAfter = r.real("fake_probability_after");
    o.stillFake = r.boolean("still_fake");
    o.sufficiency = r.real("sufficiency");
    o.flipped = r.boolean("flipped");
    o.iterations = r.int32("iterations");
    o.inferences = r.integer("inferences");
    o.seconds = r.real("seconds");
    o.linf = r.real("linf");
    o.minimalBudget = r.int32("minimal_budget");
    o.budgetAttacks = r.int32("budget_attacks");
    o.budgetInferences = r.integer("budget_inferences");
    o.attacked = matFromBlob(r.blob("attacked"), what + "attacked image");
    o.reused = !r.isNull("reused") && r.boolean("reused"); // NULL: a case of schema 5 or older
    return o;
}

FaceEvaluation readEvaluation(QSqlDatabase& db, int faceNo) {
    const QVariantList face{faceNo};
    const QString what = "face " + QString::number(faceNo) + " ";
    const SqlRow v = oneRow(db, "evaluation", "face_no = ?", face);
    FaceEvaluation ev;
    ev.fakeProbability = v.real("fake_probability");
    ev.calledFake = v.boolean("called_fake");
    ev.agreement = doubleMatrixFromJson(v.text("agreement"), v.where("agreement"));
    ev.hasManipulationMask = v.boolean("has_manipulation_mask");
    ev.seconds = v.real("seconds");
    forRows(db, "evaluation_method",
            "SELECT * FROM evaluation_method WHERE face_no = ? ORDER BY seq", face,
            [&](const SqlRow& r) {
                checkSeq(r, "seq", qint64(ev.methods.size()));
                MethodEvaluation m;
                m.method = std8(r.text("method"));
                m.ranking = intsFromJson(r.text("ranking"), r.where("ranking"));
                m.eligibleSegments = r.int32("eligible_segments");
                m.seconds = r.real("seconds");
                m.inferences = r.integer("inferences");
                if (r.boolean("has_intrinsic"))
                    m.intrinsic =
                        IntrinsicMetrics{r.real("variance"), r.real("intra_frame_consistency"),
                                         r.real("centredness")};
                m.localisation = doublesFromJson(r.text("localisation"), r.where("localisation"));
                ev.methods.push_back(std::move(m));
            });
    forRows(db, "attack", "SELECT * FROM attack WHERE face_no = ? ORDER BY method_seq, seq", face,
            [&](const SqlRow& r) {
                const qint64 m = r.integer("method_seq");
                if (m < 0 || m >= qint64(ev.methods.size()))
                    throw inconsistent(what + "has an attack of no method");
                auto& attacks = ev.methods[std::size_t(m)].attacks;
                checkSeq(r, "seq", qint64(attacks.size()));
                attacks.push_back(readAttack(r, what));
            });
    if (!ev.agreement.empty() && ev.agreement.size() != ev.methods.size())
        throw inconsistent(what + "agreement matrix does not match its methods");
    return ev;
}

// A faceCallName() word back as a FaceCall; `row` names the row for the error.
FaceCall readCall(const SqlRow& r, const char* column, const QString& row) {
    const QString word = r.text(column);
    for (FaceCall call : {FaceCall::Real, FaceCall::Fake, FaceCall::Inconclusive})
        if (word == QLatin1String(faceCallName(call)))
            return call;
    throw inconsistent(r.where(column) + " of " + row + " is '" + word + "', not 'real', 'fake' or 'inconclusive'");
}

// The face's robustness re-test (schema 5); none when the face has no robustness_summary row
// (not tested, or saved before schema 5).
std::optional<RobustnessResult> readRobustness(QSqlDatabase& db, int faceNo) {
    const QVariantList face{faceNo};
    const QString what = "face " + QString::number(faceNo);
    std::optional<RobustnessResult> result;
    forRows(db, "robustness_summary", "SELECT * FROM robustness_summary WHERE face_no = ?", face,
            [&](const SqlRow& s) {
                RobustnessResult r;
                r.originalFakeProbability = s.real("original_fake_probability");
                r.originalCall = readCall(s, "original_call", what);
                r.minFakeProbability = s.real("min_fake_probability");
                r.maxFakeProbability = s.real("max_fake_probability");
                r.maxAbsChange = s.real("max_abs_change");
                r.unstable = s.boolean("unstable");
                result = std::move(r);
            });
    forRows(db, "robustness", "SELECT * FROM robustness WHERE face_no = ? ORDER BY seq", face,
            [&](const SqlRow& v) {
                const QString row = what + ", variant " + QString::number(v.integer("seq"));
                if (!result)
                    throw inconsistent("robustness row of " + row + " has no robustness_summary row");
                checkSeq(v, "seq", qint64(result->variants.size()));
                RobustnessVariant variant;
                variant.name = std8(v.text("name"));
                variant.fakeProbability = v.real("fake_probability");
                variant.call = readCall(v, "call", row);
                result->variants.push_back(std::move(variant));
            });
    return result;
}

// Re-test rows of a face the case does not hold (the face's rows lost, or rows added behind the
// case's back): readFace() never looks at them, so they are found here.
void checkRobustnessHasFaces(QSqlDatabase& db) {
    for (const char* table : {"robustness_summary", "robustness"})
        forRows(db, table,
                QStringLiteral("SELECT face_no FROM %1 WHERE face_no NOT IN (SELECT face_no FROM faces) LIMIT 1")
                    .arg(QLatin1String(table)),
                {}, [&](const SqlRow& r) {
                    throw inconsistent(QStringLiteral("%1 has a row of face %2, which the case does not hold")
                                           .arg(QLatin1String(table))
                                           .arg(r.integer("face_no")));
                });
}

ReportFace readFace(const SqlRow& r, QSqlDatabase& db, int faceNo) {
    const QString what = "face " + QString::number(faceNo) + " ";
    ReportFace f;
    f.frame = r.int32("frame");
    f.trackId = r.int32("track_id");
    f.timeSeconds = r.real("time_seconds");
    f.faceIndex = r.int32("face_index");
    f.face.box = cv::Rect2f(float(r.real("box_x")), float(r.real("box_y")),
                            float(r.real("box_width")), float(r.real("box_height")));
    f.face.confidence = r.real("confidence");
    f.face.landmarks = pointsFromJson(r.text("landmarks"), r.where("landmarks"));
    f.face.landmarkDrift = r.real("landmark_drift");
    f.wholeImage = r.boolean("whole_image");
    const QString origin = r.text("origin");
    if (origin == QLatin1String(faceOriginName(FaceOrigin::Examiner)))
        f.face.origin = FaceOrigin::Examiner;
    else if (origin != QLatin1String(faceOriginName(FaceOrigin::Detector)))
        throw inconsistent(r.where("origin") + " is '" + origin + "', not 'detector' or 'examiner'");
    f.cropCorners = pointsFromJson(r.text("crop_corners"), r.where("crop_corners"));
    f.frameImage = matFromBlob(r.blob("frame_image"), what + "frame image");
    f.frameScale = r.real("frame_scale");
    f.crop = matFromBlob(r.blob("crop"), what + "crop");
    f.fakeProbability = r.real("fake_probability");
    f.fake = r.boolean("fake");
    f.notExplainedReason = r.text("not_explained_reason");
    if (r.boolean("explained"))
        f.explanation = readExplanation(db, faceNo);
    if (r.boolean("evaluated"))
        f.evaluation = readEvaluation(db, faceNo);
    f.robustness = readRobustness(db, faceNo);
    return f;
}

} // namespace

CaseDetails readCaseDetails(QSqlDatabase& db) {
    CaseDetails d;
    QSqlQuery q =
        caseSql::query(db, "SELECT * FROM case_details WHERE id = 1", {}, ErrorCode::CorruptData);
    if (!q.next())
        return d; // nothing typed yet
    const SqlRow r(q.record(), "case_details");
    d.caseId = r.text("case_id");
    d.examiner = r.text("examiner");
    d.analysed = timeFromText(r.value("analysed"), r.where("analysed"));
    d.conclusion = r.text("conclusion");
    return d;
}

ReportInput readAnalysis(QSqlDatabase& db) {
    ReportInput a;
    a.caseDetails = readCaseDetails(db);
    readSummary(db, a);
    readEvidenceAndModel(db, a);
    a.parameters = readParameters(db);
    forRows(db, "faces", "SELECT * FROM faces ORDER BY face_no", {}, [&](const SqlRow& r) {
        checkSeq(r, "face_no", qint64(a.faces.size()));
        a.faces.push_back(readFace(r, db, int(a.faces.size())));
    });
    checkRobustnessHasFaces(db);
    return a;
}

EvidenceInfo readEvidence(QSqlDatabase& db) {
    return readEvidenceRow(db);
}

} // namespace fakelens
