#pragma once

#include "report/ReportInput.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace fakelens {

// One row of the audit trail: who did what to the case, when (UTC), with which FakeLens.
struct AuditEntry {
    qint64 id = 0;
    QString at; // ISO 8601 UTC with milliseconds, "2026-12-06T01:52:31.472Z"
    QString who;
    QString action; // "case created", "analysis saved", "finding added", ...
    QString detail;
    QString fakelensVersion;
};

// Who signs a change in the audit trail: the examiner's name when one is given, else the
// operating-system user ($USER, $LOGNAME, else the account the process runs as), else "unknown user".
// The CLI and the workbench both use it.
QString auditSigner(const QString& examiner);

// An investigator's case: one SQLite file (format in README.md beside this file) holding the
// analysis (a ReportInput, images bit for bit), the examiner's findings and an append-only
// audit trail. The evidence and the model are referenced by path and SHA-256, never copied.
//
// Every change is one SQLite transaction with its audit row, so a crash or kill leaves the case
// as it was before the change. A CaseFile is one database connection: use it from the thread
// that made it. Every failure throws fakelens::Error with SQLite's message.
class CaseFile {
public:
    // Makes a new case at `path`; refuses (FileUnwritable) when the file exists: a case is never
    // overwritten.
    static std::unique_ptr<CaseFile> create(const QString& path);
    // Opens an existing case, read-only (SQLite's read-only mode) or for writing. Refuses without
    // writing to the file: a missing file (FileNotFound), a file that is not SQLite or is
    // damaged (CorruptData, "not a FakeLens case file: ..."), an SQLite database that is not a
    // case and a case of a newer schema (UnsupportedFormat). An older schema is migrated when
    // opened for writing and refused read-only. Runs SQLite's quick_check.
    // A case whose last writer died mid-change has a hot journal: SQLite rolls it back on the
    // first open for writing; a read-only open refuses then (FileUnreadable, "interrupted").
    static std::unique_ptr<CaseFile> open(const QString& path, bool readOnly);
    ~CaseFile();
    CaseFile(const CaseFile&) = delete;
    CaseFile& operator=(const CaseFile&) = delete;

    QString path() const { return path_; }
    bool isReadOnly() const { return readOnly_; }
    int schemaVersion() const { return schemaVersion_; }

    // Replaces the saved analysis (and the case details) by `analysis` in one transaction and
    // appends "analysis saved" to the audit. Findings are kept (analysis.findings is ignored).
    void saveAnalysis(const ReportInput& analysis, const QString& who);
    bool hasAnalysis() const;
    // The saved analysis with the case's findings; throws CorruptData when rows are inconsistent
    // and InvalidArgument when there is no analysis.
    ReportInput loadAnalysis() const;
    // The evidence the saved analysis is about (path, SHA-256, media properties), or nothing
    // when the case has no analysis yet: what `analyse` compares before any work.
    std::optional<EvidenceInfo> evidence() const;

    // Case ID, examiner and conclusion, editable without re-analysing (the analysis time stays).
    void setCaseDetails(const QString& caseId, const QString& examiner, const QString& conclusion,
                        const QString& who);
    CaseDetails caseDetails() const;

    // Findings; each change is one transaction with its audit row. addFinding returns the new
    // id (finding.id is ignored) and sets `created` to now when it is null; update and remove
    // throw InvalidArgument for an unknown id.
    qint64 addFinding(const CaseFinding& finding, const QString& who);
    void updateFinding(const CaseFinding& finding, const QString& who);
    void removeFinding(qint64 id, const QString& who);
    std::vector<CaseFinding> findings() const;

    std::vector<AuditEntry> audit() const; // oldest first

private:
    CaseFile(QString path, bool readOnly);
    void connect(bool mustExist);
    void checkIsCase();
    void requireWritable() const;
    void appendAudit(const QString& who, const QString& action, const QString& detail);

    QString path_;
    bool readOnly_ = false;
    int schemaVersion_ = 0;
    QString connectionName_;
    mutable QSqlDatabase db_;
};

} // namespace fakelens
