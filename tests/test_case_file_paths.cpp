// What the case file says when its path cannot work, for every caller (CLI and workbench):
// a folder that does not exist or is a file is named as such (SQLite alone would say "unable to
// open database file"), and an SQLite error names the case file, with what a "readonly database"
// means. Needs no detector and no shared data; works as root (no permissions involved).
#include "case/CaseFile.h"
#include "case_synthetic.h"
#include "core/Error.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace fakelens;

class TestCaseFilePaths : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

    // `make` must throw `code` with `path` as subject and `why` in the message.
    template <typename Make>
    void expectError(Make make, ErrorCode code, const QString& path, const QString& why) {
        try {
            make();
            QFAIL(qPrintable("no error for " + path));
        } catch (const Error& e) {
            QCOMPARE(errorCodeName(e.code()), errorCodeName(code));
            QCOMPARE(QString::fromStdString(e.subject()), path);
            QVERIFY2(QString::fromStdString(e.what()).contains(why), e.what());
            QVERIFY2(!QString::fromStdString(e.what()).contains("unable to open database file"), e.what());
        }
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void aMissingFolderIsNamed() {
        const QString folder = dir_.filePath("no-such-folder");
        const QString path = folder + "/x.fakelens";
        const QString why = "the folder " + folder + " does not exist";
        expectError([&] { CaseFile::create(path); }, ErrorCode::FileUnwritable, path, why);
        expectError([&] { CaseFile::open(path, true); }, ErrorCode::FileNotFound, path, why);
        expectError([&] { CaseFile::open(path, false); }, ErrorCode::FileNotFound, path, why);
        QVERIFY(!QFileInfo::exists(folder));
    }

    void aFileWhereTheFolderShouldBeIsNamed() {
        const QString plain = dir_.filePath("plain.txt");
        QFile f(plain);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a folder");
        f.close();
        const QString path = plain + "/x.fakelens";
        expectError([&] { CaseFile::create(path); }, ErrorCode::FileUnwritable, path, plain + " is not a folder");
        expectError([&] { CaseFile::open(path, false); }, ErrorCode::FileNotFound, path, plain + " is not a folder");
    }

    void aMissingFileInAnExistingFolderIsNamed() {
        const QString path = dir_.filePath("missing.fakelens");
        expectError([&] { CaseFile::open(path, true); }, ErrorCode::FileNotFound, path, "the file does not exist");
    }

    // A case renamed while open: SQLite refuses every write with SQLITE_READONLY_DBMOVED
    // ("attempt to write a readonly database"), the one read-only condition root meets too.
    void aReadOnlyDatabaseErrorNamesTheCase() {
        const QString path = fakelens::testing::savedSyntheticCase(dir_.filePath("moved.fakelens"));
        const std::unique_ptr<CaseFile> file = CaseFile::open(path, false);
        QVERIFY(QFile::rename(path, dir_.filePath("elsewhere.fakelens")));
        CaseFinding finding;
        finding.text = "mouth";
        expectError([&] { file->addFinding(finding, "tester"); }, ErrorCode::FileUnwritable, path,
                    "the case cannot be written: the file or its folder is read-only, or the file was moved");
    }
};

QTEST_GUILESS_MAIN(TestCaseFilePaths)
#include "test_case_file_paths.moc"
