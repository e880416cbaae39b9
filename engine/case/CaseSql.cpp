#include "case/CaseSql.h"

#include <QSqlError>
#include <QStringList>

#include <cmath>
#include <limits>

namespace fakelens {
namespace caseSql {

namespace {
// Named by the case file's path (the connection's database name), so a message such as SQLite's
// "attempt to write a readonly database" says which file it is about.
Error sqlError(const QSqlDatabase& db, const QSqlQuery& q, const QString& sql, ErrorCode code) {
    const QString message = q.lastError().databaseText().trimmed();
    const QString path = db.databaseName();
    std::string why = "SQLite: " + message.toStdString() + " (in: " + sql.left(80).toStdString() + ")";
    // SQLITE_READONLY: the file or its folder cannot be written, or it was moved or deleted
    // while open; SQLite's words name none of these.
    if (message.contains(QLatin1String("readonly database")))
        why = "the case cannot be written: the file or its folder is read-only, or the file was moved or deleted "
              "while open (" + why + ")";
    return Error(code, path.isEmpty() ? std::string("case file") : path.toStdString(), why);
}
} // namespace

void run(QSqlDatabase& db, const QString& sql, ErrorCode code) {
    QSqlQuery q(db);
    if (!q.exec(sql))
        throw sqlError(db, q, sql, code);
}

QSqlQuery query(QSqlDatabase& db, const QString& sql, const QVariantList& values, ErrorCode code) {
    QSqlQuery q(db);
    q.setForwardOnly(true); // no client-side cache of the BLOBs
    if (!q.prepare(sql))
        throw sqlError(db, q, sql, code);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        throw sqlError(db, q, sql, code);
    return q;
}

qint64 insert(QSqlDatabase& db, const char* table, const Columns& columns) {
    QStringList names, marks;
    QVariantList values;
    for (const auto& [name, value] : columns) {
        names << QString::fromLatin1(name);
        marks << QStringLiteral("?");
        values << value;
    }
    const QString sql = QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                            .arg(QLatin1String(table), names.join(','), marks.join(','));
    const QSqlQuery q = query(db, sql, values, ErrorCode::FileUnwritable);
    return q.lastInsertId().toLongLong();
}

Transaction::Transaction(QSqlDatabase& db) : db_(db) {
    // IMMEDIATE: take the write lock now, so a second writer fails here, not at COMMIT.
    run(db_, QStringLiteral("BEGIN IMMEDIATE"), ErrorCode::FileUnwritable);
}

Transaction::~Transaction() {
    if (open_) {
        QSqlQuery q(db_);
        q.exec(QStringLiteral("ROLLBACK")); // already failing: nothing more to report
    }
}

void Transaction::commit() {
    run(db_, QStringLiteral("COMMIT"), ErrorCode::FileUnwritable);
    open_ = false;
}

} // namespace caseSql

QVariant SqlRow::value(const char* column) const {
    const int index = record_.indexOf(QLatin1String(column));
    if (index < 0)
        throw Error(ErrorCode::CorruptData, "case file",
                    "column " + where(column).toStdString() + " is missing");
    return record_.value(index);
}

QString SqlRow::text(const char* column) const {
    return value(column).toString();
}

qint64 SqlRow::integer(const char* column) const {
    const QVariant v = value(column);
    bool ok = false;
    const qint64 i = v.toLongLong(&ok);
    if (v.isNull() || !ok)
        throw Error(ErrorCode::CorruptData, "case file",
                    where(column).toStdString() + " is not an integer");
    return i;
}

int SqlRow::int32(const char* column) const {
    const qint64 i = integer(column);
    if (i < std::numeric_limits<int>::min() || i > std::numeric_limits<int>::max())
        throw Error(ErrorCode::CorruptData, "case file",
                    where(column).toStdString() + " is out of range");
    return static_cast<int>(i);
}

double SqlRow::real(const char* column) const {
    const QVariant v = value(column);
    if (v.isNull())
        return std::numeric_limits<double>::quiet_NaN();
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (!ok)
        throw Error(ErrorCode::CorruptData, "case file",
                    where(column).toStdString() + " is not a number");
    return d;
}

QByteArray SqlRow::blob(const char* column) const {
    return value(column).toByteArray();
}

} // namespace fakelens
