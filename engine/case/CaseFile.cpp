#include "case/CaseFile.h"

#include "case/CaseAnalysis.h"
#include "case/CaseSchema.h"
#include "case/CaseSql.h"
#include "case/CaseValues.h"
#include "core/Version.h"

#include <QFileInfo>
#include <QSqlError>
#include <QStringList>

#include <atomic>

#include <pwd.h>
#include <unistd.h>

namespace fakelens {

namespace {

Error notACase(const QString& path, const std::string& why) {
    return Error(ErrorCode::CorruptData, path.toStdString(), "not a FakeLens case file: " + why);
}

QString uniqueConnectionName() {
    static std::atomic<int> counter{0};
    return QStringLiteral("fakelens-case-%1").arg(++counter);
}

CaseFinding findingFrom(const SqlRow& r) {
    CaseFinding f;
    f.id = r.integer("id");
    f.faceIndex = r.int32("face_index");
    f.frame = r.int32("frame");
    if (!parseFindingStatus(r.text("status"), f.status))
        throw Error(ErrorCode::CorruptData, "case file",
                    "finding " + std::to_string(f.id) + " has an unknown status '" +
                        r.text("status").toStdString() + "'");
    f.text = r.text("text");
    f.author = r.text("author");
    f.created = timeFromText(r.value("created"), r.where("created"));
    return f;
}

// "id 3, about face section 1, frame 40, warning: mouth": faces numbered as the report and the
// CLI's --face number them (from 1).
QString describeFinding(const CaseFinding& f) {
    QStringList about;
    if (f.faceIndex >= 0)
        about << QStringLiteral("face section %1").arg(f.faceIndex + 1);
    if (f.frame >= 0)
        about << QStringLiteral("frame %1").arg(f.frame);
    return QStringLiteral("id %1, about %2, %3: %4")
        .arg(f.id)
        .arg(about.isEmpty() ? QStringLiteral("the case") : about.join(QStringLiteral(", ")),
             QLatin1String(findingStatusName(f.status)), f.text);
}

} // namespace

CaseFile::CaseFile(QString path, bool readOnly)
    : path_(std::move(path)), readOnly_(readOnly), connectionName_(uniqueConnectionName()) {}

CaseFile::~CaseFile() {
    if (db_.isValid())
        db_.close();
    db_ = QSqlDatabase(); // the handle must be gone before removeDatabase
    QSqlDatabase::removeDatabase(connectionName_);
}

void CaseFile::connect(bool mustExist) {
    const QFileInfo info(path_);
    // SQLite would say only "unable to open database file" for a missing folder: every caller
    // (analyse, case note, report --case, the workbench) gets the reason instead.
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists())
        throw Error(mustExist ? ErrorCode::FileNotFound : ErrorCode::FileUnwritable, path_.toStdString(),
                    "the folder " + folder.absoluteFilePath().toStdString() + " does not exist");
    if (!folder.isDir())
        throw Error(mustExist ? ErrorCode::FileNotFound : ErrorCode::FileUnwritable, path_.toStdString(),
                    folder.absoluteFilePath().toStdString() + " is not a folder");
    if (mustExist && !info.exists())
        throw Error(ErrorCode::FileNotFound, path_.toStdString(), "no such case file: the file does not exist");
    if (mustExist && !info.isFile())
        throw notACase(path_, "not a regular file");
    db_ = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName_);
    if (!db_.isValid())
        throw Error(ErrorCode::Internal, "case file", "Qt's SQLite driver (QSQLITE) is missing");
    db_.setDatabaseName(path_);
    if (readOnly_)
        db_.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db_.open())
        throw Error(readOnly_ ? ErrorCode::FileUnreadable : ErrorCode::FileUnwritable,
                    path_.toStdString(), "SQLite: " + db_.lastError().databaseText().toStdString());
}

// Only reads until the file is known to be a case of a schema this build understands, so a
// refused file is left byte for byte as it was.
void CaseFile::checkIsCase() {
    QSqlQuery check(db_);
    // The first read of the header: "file is not a database" for anything but SQLite.
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next()) {
        // A writer that died mid-change leaves a hot journal; undoing it needs write access.
        if (readOnly_ && QFileInfo(path_ + "-journal").size() > 0)
            throw Error(ErrorCode::FileUnreadable, path_.toStdString(),
                        "its last change was interrupted (a journal is left beside it): open "
                        "the case for writing once, so SQLite can undo that change");
        const QString message = check.lastError().databaseText().trimmed();
        if (message.contains(QLatin1String("locked"))) // another writer held it past the timeout
            throw Error(ErrorCode::FileUnreadable, path_.toStdString(),
                        "the case is in use by another program (SQLite: " + message.toStdString() +
                            ")");
        throw notACase(path_, message.toStdString());
    }
    const QString result = check.value(0).toString();
    if (result != QLatin1String("ok"))
        throw notACase(path_, "damaged (" + result.left(200).toStdString() + ")");
    check.finish();

    QSqlQuery meta(db_);
    if (!meta.exec(QStringLiteral("SELECT key, value FROM meta")))
        throw Error(ErrorCode::UnsupportedFormat, path_.toStdString(),
                    "not a FakeLens case file: an SQLite database without a case's meta table");
    QString format, version;
    while (meta.next()) {
        if (meta.value(0).toString() == QLatin1String("format"))
            format = meta.value(1).toString();
        else if (meta.value(0).toString() == QLatin1String("schema_version"))
            version = meta.value(1).toString();
    }
    meta.finish();
    if (format != QLatin1String(caseSchema::kFormat))
        throw Error(ErrorCode::UnsupportedFormat, path_.toStdString(),
                    "not a FakeLens case file: meta format is '" + format.toStdString() + "'");
    bool ok = false;
    schemaVersion_ = version.toInt(&ok);
    if (!ok || schemaVersion_ < 1)
        throw notACase(path_, "bad schema_version '" + version.toStdString() + "'");
    if (schemaVersion_ > caseSchema::kSchemaVersion)
        throw Error(ErrorCode::UnsupportedFormat, path_.toStdString(),
                    "made by a newer FakeLens (schema " + std::to_string(schemaVersion_) +
                        ", this version reads up to " + std::to_string(caseSchema::kSchemaVersion) +
                        ")");
    if (schemaVersion_ < caseSchema::kSchemaVersion) {
        if (readOnly_)
            throw Error(ErrorCode::UnsupportedFormat, path_.toStdString(),
                        "an older case (schema " + std::to_string(schemaVersion_) +
                            "): open it for writing once to update it");
        caseSql::Transaction tx(db_);
        caseSchema::migrate(db_, schemaVersion_);
        tx.commit();
        schemaVersion_ = caseSchema::kSchemaVersion;
    }
}

std::unique_ptr<CaseFile> CaseFile::create(const QString& path) {
    if (QFileInfo::exists(path))
        throw Error(ErrorCode::FileUnwritable, path.toStdString(),
                    "a file of that name exists; a case file is never overwritten");
    std::unique_ptr<CaseFile> c(new CaseFile(path, false));
    c->connect(false);
    // Rollback journal + full fsync: a killed writer leaves the previous state.
    caseSql::run(c->db_, "PRAGMA journal_mode=DELETE", ErrorCode::FileUnwritable);
    caseSql::run(c->db_, "PRAGMA synchronous=FULL", ErrorCode::FileUnwritable);
    caseSql::Transaction tx(c->db_);
    caseSchema::create(c->db_);
    c->appendAudit(auditSigner(QString()), "case created", QString()); // the account that made the file
    tx.commit();
    c->schemaVersion_ = caseSchema::kSchemaVersion;
    return c;
}

std::unique_ptr<CaseFile> CaseFile::open(const QString& path, bool readOnly) {
    std::unique_ptr<CaseFile> c(new CaseFile(path, readOnly)); // its destructor cleans up on throw
    c->connect(true);
    c->checkIsCase();
    if (!readOnly) {
        caseSql::run(c->db_, "PRAGMA journal_mode=DELETE", ErrorCode::FileUnwritable);
        caseSql::run(c->db_, "PRAGMA synchronous=FULL", ErrorCode::FileUnwritable);
    }
    return c;
}

void CaseFile::requireWritable() const {
    if (readOnly_)
        throw Error(ErrorCode::InvalidArgument, path_.toStdString(), "the case is open read-only");
}

void CaseFile::appendAudit(const QString& who, const QString& action, const QString& detail) {
    caseSql::insert(db_, "audit",
                    {{"at", utcNow()},
                     {"who", who},
                     {"action", action},
                     {"detail", detail},
                     {"fakelens_version", QString::fromLatin1(kVersion)}});
}

void CaseFile::saveAnalysis(const ReportInput& analysis, const QString& who) {
    requireWritable();
    QStringList methods;
    for (const std::string& m : analysis.parameters.explain.methods)
        methods << QString::fromStdString(m);
    caseSql::Transaction tx(db_);
    writeAnalysis(db_, analysis);
    appendAudit(who, "analysis saved",
                QStringLiteral("methods: %1; faces: %2; verdict: %3")
                    .arg(methods.isEmpty() ? QStringLiteral("none") : methods.join(", "))
                    .arg(analysis.faces.size())
                    .arg(QString::fromStdString(analysis.verdict.label())));
    tx.commit();
}

bool CaseFile::hasAnalysis() const {
    QSqlQuery q = caseSql::query(db_, "SELECT count(*) FROM analysis", {}, ErrorCode::CorruptData);
    return q.next() && q.value(0).toLongLong() > 0;
}

std::optional<EvidenceInfo> CaseFile::evidence() const {
    if (!hasAnalysis())
        return std::nullopt;
    return readEvidence(db_);
}

ReportInput CaseFile::loadAnalysis() const {
    // One read transaction: the analysis and the findings are of one moment.
    caseSql::run(db_, "BEGIN", ErrorCode::CorruptData);
    try {
        if (!hasAnalysis())
            throw Error(ErrorCode::InvalidArgument, path_.toStdString(),
                        "the case has no analysis yet");
        ReportInput analysis = readAnalysis(db_);
        analysis.findings = findings();
        caseSql::run(db_, "COMMIT", ErrorCode::CorruptData);
        return analysis;
    } catch (...) {
        QSqlQuery(db_).exec(QStringLiteral("ROLLBACK"));
        throw;
    }
}

void CaseFile::setCaseDetails(const QString& caseId, const QString& examiner,
                              const QString& conclusion, const QString& who) {
    requireWritable();
    caseSql::Transaction tx(db_);
    CaseDetails details = readCaseDetails(db_);
    details.caseId = caseId;
    details.examiner = examiner;
    details.conclusion = conclusion;
    writeCaseDetails(db_, details);
    appendAudit(who, "case details edited",
                QStringLiteral("case ID: %1; examiner: %2; conclusion: %3")
                    .arg(caseId, examiner, conclusion));
    tx.commit();
}

CaseDetails CaseFile::caseDetails() const {
    return readCaseDetails(db_);
}

qint64 CaseFile::addFinding(const CaseFinding& finding, const QString& who) {
    requireWritable();
    CaseFinding f = finding;
    if (!f.created.isValid())
        f.created = QDateTime::currentDateTimeUtc();
    caseSql::Transaction tx(db_);
    f.id = caseSql::insert(db_, "findings",
                           {{"face_index", f.faceIndex},
                            {"frame", f.frame},
                            {"status", QString::fromLatin1(findingStatusName(f.status))},
                            {"text", f.text},
                            {"author", f.author},
                            {"created", timeValue(f.created)}});
    appendAudit(who, "finding added", describeFinding(f));
    tx.commit();
    return f.id;
}

void CaseFile::updateFinding(const CaseFinding& f, const QString& who) {
    requireWritable();
    caseSql::Transaction tx(db_);
    const QSqlQuery q = caseSql::query(
        db_,
        "UPDATE findings SET face_index = ?, frame = ?, status = ?, text = ?, author = ?,"
        " created = ? WHERE id = ?",
        {f.faceIndex, f.frame, QString::fromLatin1(findingStatusName(f.status)), f.text, f.author,
         timeValue(f.created), f.id},
        ErrorCode::FileUnwritable);
    if (q.numRowsAffected() != 1)
        throw Error(ErrorCode::InvalidArgument, path_.toStdString(),
                    "no finding with id " + std::to_string(f.id));
    appendAudit(who, "finding updated", describeFinding(f));
    tx.commit();
}

void CaseFile::removeFinding(qint64 id, const QString& who) {
    requireWritable();
    caseSql::Transaction tx(db_);
    const QSqlQuery q =
        caseSql::query(db_, "DELETE FROM findings WHERE id = ?", {id}, ErrorCode::FileUnwritable);
    if (q.numRowsAffected() != 1)
        throw Error(ErrorCode::InvalidArgument, path_.toStdString(),
                    "no finding with id " + std::to_string(id));
    appendAudit(who, "finding removed", QStringLiteral("id %1").arg(id));
    tx.commit();
}

std::vector<CaseFinding> CaseFile::findings() const {
    std::vector<CaseFinding> out;
    QSqlQuery q =
        caseSql::query(db_, "SELECT * FROM findings ORDER BY id", {}, ErrorCode::CorruptData);
    while (q.next())
        out.push_back(findingFrom(SqlRow(q.record(), "findings")));
    return out;
}

std::vector<AuditEntry> CaseFile::audit() const {
    std::vector<AuditEntry> out;
    QSqlQuery q =
        caseSql::query(db_, "SELECT * FROM audit ORDER BY id", {}, ErrorCode::CorruptData);
    while (q.next()) {
        const SqlRow r(q.record(), "audit");
        out.push_back({r.integer("id"), r.text("at"), r.text("who"), r.text("action"),
                       r.text("detail"), r.text("fakelens_version")});
    }
    return out;
}

QString auditSigner(const QString& examiner) {
    const QString name = examiner.trimmed();
    if (!name.isEmpty())
        return name;
    // $USER is unset in many containers and services; the account the process runs as is still known.
    for (const char* variable : {"USER", "LOGNAME"}) {
        const QString user = qEnvironmentVariable(variable);
        if (!user.isEmpty())
            return user;
    }
    if (const passwd* account = getpwuid(geteuid()); account && account->pw_name && *account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
    return QStringLiteral("unknown user");
}

} // namespace fakelens
