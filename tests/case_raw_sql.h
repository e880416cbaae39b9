#pragma once

// SQL run on a case file behind FakeLens's back, through a connection of its own (what any
// sqlite3 tool could do): the case tests use it to damage rows and to make older schemas.

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace fakelens::testing {

// Runs `sql` on `path`; returns SQLite's message, empty when it ran.
inline QString rawSql(const QString& path, const QString& sql) {
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "raw");
        db.setDatabaseName(path);
        if (!db.open())
            error = db.lastError().text();
        QSqlQuery q(db);
        if (error.isEmpty() && !q.exec(sql))
            error = q.lastError().text();
    }
    QSqlDatabase::removeDatabase("raw");
    return error;
}

} // namespace fakelens::testing
