#pragma once

// SQL run on a case file behind FakeLens's back, through a connection of its own (what any
// sqlite3 tool could do): the case tests use it to damage rows and to make older schemas.

#include "case/CaseFile.h"
#include "core/Error.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

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

// Makes the case at `path` look like one of schema `version`: runs each of `statements` (drop
// what later schemas added), then sets meta.schema_version. Returns the first SQLite message,
// empty when every statement ran.
inline QString downgradeCase(const QString& path, const QStringList& statements, int version) {
    for (const QString& sql : statements)
        if (const QString error = rawSql(path, sql); !error.isEmpty())
            return sql + ": " + error;
    return rawSql(path, QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'").arg(version));
}

// What schema 6 added (attack.reused): every downgrade below 6 drops it first.
inline const QString kUndoSchemaSix = QStringLiteral("ALTER TABLE attack DROP COLUMN reused");

// What a case of schema 5 or older reads for the attacks it saved: the FakeLens that saved it did
// not record which it copied, so every one reads as run.
inline void markedAsRunAttacks(ReportInput& a) {
    for (ReportFace& f : a.faces)
        if (f.evaluation)
            for (MethodEvaluation& m : f.evaluation->methods)
                for (AttackOutcome& o : m.attacks)
                    o.reused = false;
}

// Why opening the case at `path` read-only was refused (Error::detail()); empty when it opened.
// An older case must be refused read-only: migrating it would write.
inline QString readOnlyRefusal(const QString& path) {
    try {
        CaseFile::open(path, true);
    } catch (const Error& e) {
        return QString::fromStdString(e.detail());
    }
    return {};
}

} // namespace fakelens::testing
