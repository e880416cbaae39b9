#include "case/CaseSchema.h"

#include "case/CaseSql.h"
#include "core/Version.h"

namespace fakelens {
namespace caseSchema {

namespace {

// Schema 2: the evidence file's own metadata (EXIF/XMP/IPTC, container and streams), in the
// order it was read.
const char* const kEvidenceMetadataTable =
    "CREATE TABLE evidence_metadata(seq INTEGER PRIMARY KEY, grp TEXT NOT NULL, key TEXT NOT NULL,"
    " value TEXT)";

// Schema 5: the robustness re-test of a face (faces/RobustnessResult.h, issue 18 part 4), so the
// case holds the numbers its report showed. robustness_summary: one row per tested face (a face
// without a row was not tested); robustness: its variants in the order they were scored.
// original_call and call are faceCallName() words.
const char* const kRobustnessTables[] = {
    "CREATE TABLE robustness_summary(face_no INTEGER PRIMARY KEY, original_fake_probability,"
    " original_call TEXT, min_fake_probability, max_fake_probability, max_abs_change,"
    " unstable INTEGER)",
    "CREATE TABLE robustness(face_no INTEGER NOT NULL, seq INTEGER NOT NULL, name TEXT,"
    " fake_probability, call TEXT, PRIMARY KEY(face_no, seq))",
};

// Columns holding doubles have no declared type: REAL affinity would store -0.0 (and any
// integral double) as an integer and lose the sign of zero. NULL in them means NaN.
const char* const kTables[] = {
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    // One row (id 1): editable without re-analysing (setCaseDetails).
    "CREATE TABLE case_details(id INTEGER PRIMARY KEY CHECK(id = 1), case_id TEXT, examiner TEXT,"
    " analysed TEXT, conclusion TEXT)",
    // One row (id 1) when an analysis is saved: the counts and the verdict.
    "CREATE TABLE analysis(id INTEGER PRIMARY KEY CHECK(id = 1), saved_at TEXT NOT NULL,"
    " faces_scored INTEGER, faces_called_fake INTEGER, verdict_label TEXT, verdict_scored INTEGER,"
    " verdict_fake_score, verdict_fake INTEGER, verdict_threshold, verdict_units_counted INTEGER,"
    " verdict_rule TEXT, verdict_inconclusive INTEGER, verdict_inconclusive_units INTEGER,"
    " verdict_small_left_out INTEGER, verdict_small_included INTEGER)",
    // The evidence is only referenced: path, size and SHA-256 say which file it was.
    // metadata_problem: "" when the metadata was read, why not otherwise; NULL in a case saved
    // before schema 2, which did not read metadata.
    "CREATE TABLE evidence(id INTEGER PRIMARY KEY CHECK(id = 1), path TEXT, size_bytes INTEGER,"
    " sha256 TEXT, is_video INTEGER, format TEXT, width INTEGER, height INTEGER, fps,"
    " reported_frame_count INTEGER, duration_seconds, metadata_problem TEXT)",
    kEvidenceMetadataTable,
    "CREATE TABLE model(id INTEGER PRIMARY KEY CHECK(id = 1), path TEXT, sha256 TEXT, device TEXT,"
    " card_json TEXT)",
    // Every parameter as one row: dotted name -> value (text, integer or double).
    "CREATE TABLE parameters(name TEXT PRIMARY KEY, value)",
    "CREATE TABLE frames_analysed(seq INTEGER PRIMARY KEY, frame INTEGER NOT NULL)",
    "CREATE TABLE timeline(seq INTEGER PRIMARY KEY, frame INTEGER NOT NULL, time_seconds,"
    " fake_probabilities TEXT NOT NULL, track_ids TEXT NOT NULL)",
    "CREATE TABLE notes(seq INTEGER PRIMARY KEY, text TEXT NOT NULL)",
    // face_no: position in ReportInput::faces (report order).
    "CREATE TABLE faces(face_no INTEGER PRIMARY KEY, frame INTEGER, track_id INTEGER,"
    " time_seconds, face_index INTEGER, box_x, box_y, box_width, box_height, confidence,"
    " landmarks TEXT, landmark_drift, whole_image INTEGER, crop_corners TEXT, frame_image BLOB,"
    " frame_scale, crop BLOB, fake_probability, fake INTEGER, not_explained_reason TEXT,"
    " explained INTEGER NOT NULL, evaluated INTEGER NOT NULL, origin TEXT)",
    "CREATE TABLE face_explanation(face_no INTEGER PRIMARY KEY REFERENCES faces(face_no),"
    " segment_labels BLOB, segment_count INTEGER, segment_areas TEXT, image BLOB,"
    " fake_probability)",
    "CREATE TABLE explanation(face_no INTEGER NOT NULL, seq INTEGER NOT NULL, method TEXT,"
    " saliency BLOB, saliency_display BLOB, segment_scores TEXT, ranking TEXT,"
    " eligible_segments INTEGER, inferences INTEGER, design_digest INTEGER, seconds,"
    " PRIMARY KEY(face_no, seq))",
    "CREATE TABLE adversarial(face_no INTEGER PRIMARY KEY, image BLOB, iterations INTEGER,"
    " inferences INTEGER, final_real_probability, flipped INTEGER, linf, l2,"
    " real_probability_curve TEXT, seconds)",
    // FaceEvaluation without image, segments, explanations and adversarialSample: they are the
    // face's explanation (face_explanation, explanation, adversarial).
    "CREATE TABLE evaluation(face_no INTEGER PRIMARY KEY, fake_probability, called_fake INTEGER,"
    " agreement TEXT, has_manipulation_mask INTEGER, seconds)",
    "CREATE TABLE evaluation_method(face_no INTEGER NOT NULL, seq INTEGER NOT NULL, method TEXT,"
    " ranking TEXT, eligible_segments INTEGER, seconds, inferences INTEGER,"
    " has_intrinsic INTEGER, variance, intra_frame_consistency, centredness, localisation TEXT,"
    " PRIMARY KEY(face_no, seq))",
    "CREATE TABLE attack(face_no INTEGER NOT NULL, method_seq INTEGER NOT NULL,"
    " seq INTEGER NOT NULL, k INTEGER, fake_probability_after, still_fake INTEGER, sufficiency,"
    " flipped INTEGER, iterations INTEGER, inferences INTEGER, seconds, linf,"
    " minimal_budget INTEGER, budget_attacks INTEGER, budget_inferences INTEGER, attacked BLOB, reused INTEGER,"
    " PRIMARY KEY(face_no, method_seq, seq))",
    "CREATE TABLE findings(id INTEGER PRIMARY KEY AUTOINCREMENT, face_index INTEGER NOT NULL,"
    " frame INTEGER NOT NULL, status TEXT NOT NULL, text TEXT, author TEXT, created TEXT)",
    "CREATE TABLE audit(id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, who TEXT,"
    " action TEXT NOT NULL, detail TEXT, fakelens_version TEXT NOT NULL)",
    // Append-only: SQLite itself refuses to change or delete an audit row.
    "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit"
    " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
    "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit"
    " BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END",
};

} // namespace

void create(QSqlDatabase& db) {
    for (const char* sql : kTables)
        caseSql::run(db, QString::fromLatin1(sql), ErrorCode::FileUnwritable);
    for (const char* sql : kRobustnessTables)
        caseSql::run(db, QString::fromLatin1(sql), ErrorCode::FileUnwritable);
    caseSql::insert(db, "meta", {{"key", "format"}, {"value", kFormat}});
    caseSql::insert(db, "meta",
                    {{"key", "schema_version"}, {"value", QString::number(kSchemaVersion)}});
    caseSql::insert(db, "meta",
                    {{"key", "created_with"}, {"value", QString::fromLatin1(fakelens::kVersion)}});
}

void migrate(QSqlDatabase& db, int fromVersion) {
    if (fromVersion < 1)
        throw Error(ErrorCode::UnsupportedFormat, "case file",
                    "not a FakeLens case file: schema version " + std::to_string(fromVersion));
    if (fromVersion < 2) {
        // 1 -> 2: evidence metadata. The analysis saved before keeps metadata_problem NULL ("not
        // read by the FakeLens that saved it"); nothing is made up for it.
        caseSql::run(db, QStringLiteral("ALTER TABLE evidence ADD COLUMN metadata_problem TEXT"),
                     ErrorCode::FileUnwritable);
        caseSql::run(db, QString::fromLatin1(kEvidenceMetadataTable), ErrorCode::FileUnwritable);
    }
    if (fromVersion < 3) {
        // 2 -> 3: the inconclusive band and the faces too small to judge. An analysis saved
        // before had no band and counted every face, which is what the values below say.
        for (const char* column : {"verdict_inconclusive INTEGER", "verdict_inconclusive_units INTEGER",
                                   "verdict_small_left_out INTEGER", "verdict_small_included INTEGER"})
            caseSql::run(db, QStringLiteral("ALTER TABLE analysis ADD COLUMN ") + QLatin1String(column),
                         ErrorCode::FileUnwritable);
        caseSql::run(db,
                     QStringLiteral("UPDATE analysis SET verdict_inconclusive = 0, verdict_inconclusive_units = 0,"
                                    " verdict_small_left_out = 0, verdict_small_included = 1"),
                     ErrorCode::FileUnwritable);
    }
    if (fromVersion < 4) {
        // 3 -> 4: faces drawn by the examiner (faces.origin). Every face saved before came from
        // the face detector (or was the whole image), which is what "detector" says.
        caseSql::run(db, QStringLiteral("ALTER TABLE faces ADD COLUMN origin TEXT"), ErrorCode::FileUnwritable);
        caseSql::run(db, QStringLiteral("UPDATE faces SET origin = 'detector'"), ErrorCode::FileUnwritable);
    }
    if (fromVersion < 5) {
        // 4 -> 5: the robustness re-test. The FakeLens that saved an older case did not keep it
        // (its report recomputed it), so the empty tables say what is true: no face of that
        // analysis has a stored re-test; nothing is made up for it.
        for (const char* sql : kRobustnessTables)
            caseSql::run(db, QString::fromLatin1(sql), ErrorCode::FileUnwritable);
    }
    if (fromVersion < 6) {
        // 5 -> 6: attacks copied from an identical attack of the same face (attack.reused). The
        // FakeLens that saved an older case did not record which it copied, so the column stays
        // NULL ("not recorded") and reads as run.
        caseSql::run(db, QStringLiteral("ALTER TABLE attack ADD COLUMN reused INTEGER"), ErrorCode::FileUnwritable);
    }
    caseSql::run(db,
                 QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'").arg(kSchemaVersion),
                 ErrorCode::FileUnwritable);
}

const QStringList& analysisTables() {
    static const QStringList tables{"analysis",          "evidence",    "evidence_metadata", "model", "parameters",
                                    "frames_analysed",   "timeline",    "notes",       "faces",
                                    "face_explanation",  "explanation", "adversarial", "evaluation",
                                    "evaluation_method", "attack",
                                    "robustness_summary", "robustness"};
    return tables;
}

} // namespace caseSchema
} // namespace fakelens
