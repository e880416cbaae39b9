#pragma once

#include "core/Error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVariant>

#include <utility>
#include <vector>

namespace fakelens {

// The few SQL steps the case file is made of, each checked: a failed statement throws
// Error(code) with SQLite's own message, so a full disk or a damaged file is never silent.
namespace caseSql {

using Columns = std::vector<std::pair<const char*, QVariant>>;

// Runs a statement without parameters.
void run(QSqlDatabase& db, const QString& sql, ErrorCode code);
// Prepares and executes `sql` with positional `values`; returns the query, positioned before
// the first row.
QSqlQuery query(QSqlDatabase& db, const QString& sql, const QVariantList& values, ErrorCode code);
// INSERT INTO table(columns) VALUES(...); returns the new rowid.
qint64 insert(QSqlDatabase& db, const char* table, const Columns& columns);

// BEGIN IMMEDIATE ... COMMIT, rolled back by the destructor unless commit() ran: every change of
// a case is one transaction, so a crash leaves the case as it was before the change.
class Transaction {
public:
    explicit Transaction(QSqlDatabase& db);
    ~Transaction();
    void commit();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

private:
    QSqlDatabase& db_;
    bool open_ = true;
};

} // namespace caseSql

// One row read from a case table: typed getters that throw Error(CorruptData) naming the table
// and column when a column is missing or holds the wrong kind of value.
class SqlRow {
public:
    SqlRow(const QSqlRecord& record, QString table) : record_(record), table_(std::move(table)) {}
    QVariant value(const char* column) const;
    bool isNull(const char* column) const { return value(column).isNull(); }
    QString text(const char* column) const;   // NULL -> ""
    qint64 integer(const char* column) const; // NULL is corrupt
    int int32(const char* column) const;
    bool boolean(const char* column) const { return integer(column) != 0; }
    double real(const char* column) const; // NULL -> NaN
    QByteArray blob(const char* column) const;
    QString where(const char* column) const { return table_ + "." + column; }

private:
    QSqlRecord record_;
    QString table_;
};

} // namespace fakelens
