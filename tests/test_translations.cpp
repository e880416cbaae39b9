// The German, Greek and Italian translations are complete: lupdate finds no string in ui/ and
// app/ that the .ts files lack, and no entry is unfinished, empty, obsolete or a copy of the
// English; every translation keeps its source's placeholders, accelerator and markup.
#include "support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

const QStringList kLanguages = {QStringLiteral("de"), QStringLiteral("el"), QStringLiteral("it")};

QString tsFile(const QString& language) {
    return testpaths::source(QStringLiteral("translations/fakelens_%1.ts").arg(language));
}

QString findLupdate() {
    for (const auto location : {QLibraryInfo::BinariesPath, QLibraryInfo::LibraryExecutablesPath}) {
        const QString candidate = QDir(QLibraryInfo::path(location)).filePath(QStringLiteral("lupdate"));
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    for (const char* name : {"lupdate-qt6", "lupdate6", "lupdate"}) {
        const QString found = QStandardPaths::findExecutable(QString::fromLatin1(name));
        if (!found.isEmpty())
            return found;
    }
    return {};
}

struct Message {
    QString context;
    QString source;
    QString type;          // "", "unfinished", "vanished", "obsolete"
    QStringList forms;     // the translation, or its numerus forms
    bool numerus = false;
};

QVector<Message> readTs(const QString& path, QString* language = nullptr) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QVector<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS") && language) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{};
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.forms << xml.readElementText();
            } else {
                current.forms << xml.readElementText();
            }
            messages << current;
        }
    }
    return xml.hasError() ? QVector<Message>{} : messages;
}

// %1..%99 and %n, as a sorted list (a placeholder may appear twice).
QStringList placeholders(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("%(?:L?\\d{1,2}|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured().remove(QLatin1Char('L'));
    found.removeDuplicates();
    found.sort();
    return found;
}

int accelerators(const QString& text) {
    QString t = text;
    t.remove(QStringLiteral("&&"));
    static const QRegularExpression entity(QStringLiteral("&[a-z]+;"));
    t.remove(entity);
    return int(t.count(QLatin1Char('&')));
}

QStringList tags(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("</?[a-z]+>"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void lupdateFindsNothingMissing_data() {
        QTest::addColumn<QString>("language");
        for (const QString& language : kLanguages)
            QTest::newRow(qPrintable(language)) << language;
    }

    // lupdate over ui/, app/ and the methods' files (as `ninja update_translations` runs it) into a copy of the .ts
    // file: no new string, nothing dropped, and the copy has no unfinished entry.
    void lupdateFindsNothingMissing() {
        QFETCH(QString, language);
        const QString lupdate = findLupdate();
        if (lupdate.isEmpty())
            QFAIL("cannot run this check: lupdate is not installed (Debian: qt6-l10n-tools)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QStringLiteral("fakelens_%1.ts").arg(language));
        QVERIFY(QFile::copy(tsFile(language), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        const int before = int(readTs(copy).size());

        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        QStringList arguments{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                              testpaths::source(QStringLiteral("ui")), testpaths::source(QStringLiteral("app"))};
        // The methods' descriptor labels, as translations/CMakeLists.txt lists them.
        const QDir methods(testpaths::source(QStringLiteral("engine/explain")));
        for (const QString& file : methods.entryList({QStringLiteral("*Explainer.cpp")}, QDir::Files))
            arguments << methods.filePath(file);
        QVERIFY2(arguments.size() > 5, "no method files found in engine/explain");
        arguments << QStringLiteral("-ts") << copy;
        process.start(lupdate, arguments);
        QVERIFY(process.waitForFinished(120000));
        const QString output = QString::fromUtf8(process.readAll());
        QCOMPARE(process.exitCode(), 0);
        const QRegularExpression found(QStringLiteral("Found (\\d+) source text\\(s\\) \\((\\d+) new and (\\d+) already existing\\)"));
        const QRegularExpressionMatch match = found.match(output);
        QVERIFY2(match.hasMatch(), qPrintable(output));
        QVERIFY2(match.captured(2).toInt() == 0,
                 qPrintable(QStringLiteral("%1 string(s) in ui/ or app/ are missing from fakelens_%2.ts: run "
                                           "`ninja update_translations` and translate them\n%3")
                                .arg(match.captured(2), language, output)));
        const QVector<Message> after = readTs(copy);
        QCOMPARE(int(after.size()), before); // nothing obsolete was dropped
        QStringList unfinished;
        for (const Message& m : after)
            if (!m.type.isEmpty())
                unfinished << QStringLiteral("%1: %2 (%3)").arg(m.context, m.source, m.type);
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QLatin1Char('\n'))));
    }

    void everyEntryIsTranslated_data() { lupdateFindsNothingMissing_data(); }

    void everyEntryIsTranslated() {
        QFETCH(QString, language);
        QString declared;
        const QVector<Message> messages = readTs(tsFile(language), &declared);
        QVERIFY2(messages.size() > 100, qPrintable(tsFile(language)));
        QVERIFY2(declared.startsWith(language), qPrintable(declared));
        QStringList problems;
        int copies = 0;
        for (const Message& m : messages) {
            const QString where = QStringLiteral("%1: \"%2\"").arg(m.context, m.source);
            if (!m.type.isEmpty())
                problems << where + QStringLiteral(" is ") + m.type;
            if (m.forms.isEmpty() || (m.numerus && m.forms.size() < 2))
                problems << where + QStringLiteral(" lacks a translation or plural form");
            for (const QString& form : m.forms) {
                if (form.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                    problems << where + QStringLiteral(" has an empty translation");
                QStringList expected = placeholders(m.source);
                QStringList got = placeholders(form);
                if (m.numerus) { // a language may spell the number out in its singular
                    expected.removeAll(QStringLiteral("%n"));
                    got.removeAll(QStringLiteral("%n"));
                }
                if (expected != got)
                    problems << where + QStringLiteral(" -> \"%1\": placeholders differ").arg(form);
                if (accelerators(m.source) != accelerators(form))
                    problems << where + QStringLiteral(" -> \"%1\": accelerator (&) differs").arg(form);
                if (tags(m.source) != tags(form))
                    problems << where + QStringLiteral(" -> \"%1\": markup differs").arg(form);
                if (form.contains(QLatin1Char('\n')) != m.source.contains(QLatin1Char('\n')))
                    problems << where + QStringLiteral(" -> \"%1\": line breaks differ").arg(form);
            }
            if (!m.forms.isEmpty() && m.forms.first() == m.source)
                ++copies;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // Some texts are the same in every language (FakeLens, CPU, "%1 / %2", P(fake)); real
        // words copied from the English are not translations.
        QVERIFY2(copies * 100 < int(messages.size()) * 12,
                 qPrintable(QStringLiteral("%1 of %2 entries equal the English").arg(copies).arg(messages.size())));
    }

    // CMake builds a .qm per .ts (qt6_add_translations) and embeds them; here: each .ts is one
    // of the languages CMake lists, so a new language cannot be forgotten there.
    void cmakeListsEveryLanguage() {
        QFile cmake(testpaths::source(QStringLiteral("translations/CMakeLists.txt")));
        QVERIFY(cmake.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(cmake.readAll());
        QVERIFY(text.contains(QStringLiteral("set(FAKELENS_LANGUAGES %1)").arg(kLanguages.join(QLatin1Char(' ')))));
        const QStringList files = QDir(testpaths::source(QStringLiteral("translations")))
                                      .entryList({QStringLiteral("fakelens_*.ts")}, QDir::Files, QDir::Name);
        QStringList expected;
        for (const QString& language : kLanguages)
            expected << QStringLiteral("fakelens_%1.ts").arg(language);
        QCOMPARE(files, expected);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
