// The one rule for where FakeLens writes (core/EvidenceFolder.h): never in the evidence's folder
// nor below it, with symbolic links resolved; and every CLI output that names a place follows it
// before any work, leaving the evidence folder exactly as it was.
#include "core/Error.h"
#include "core/EvidenceFolder.h"
#include "support/CliRunner.h"
#include "support/TestPaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace fakelens;

namespace {

// Every entry below `folder`, with its size: what "left exactly as it was" is checked against.
QStringList snapshot(const QString& folder) {
    QStringList entries;
    QDirIterator it(folder, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        entries << QStringLiteral("%1 %2").arg(QDir(folder).relativeFilePath(it.filePath())).arg(it.fileInfo().size());
    }
    entries.sort();
    return entries;
}

} // namespace

class TestEvidenceFolder : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        QVERIFY(QDir(dir_.path()).mkpath("evidence/sub"));
        QVERIFY(QDir(dir_.path()).mkpath("evidence2"));
        QVERIFY(QDir(dir_.path()).mkpath("out"));
        evidence_ = dir_.filePath("evidence/df00204.jpg");
        QVERIFY(QFile::copy(testpaths::shared("samples/faces/fake/df00204.jpg"), evidence_));
        QVERIFY(QFile::link(dir_.filePath("evidence"), dir_.filePath("alias")));
    }

    void insideMeansTheFolderOrBelowIt() {
        const QString folder = dir_.filePath("evidence");
        QVERIFY(isInsideFolder(folder, folder));
        QVERIFY(isInsideFolder(folder + "/", folder));
        QVERIFY(isInsideFolder(dir_.filePath("evidence/report.pdf"), folder));
        QVERIFY(isInsideFolder(dir_.filePath("evidence/sub/report.pdf"), folder));
        QVERIFY(isInsideFolder(dir_.filePath("evidence/new/deeper/x.png"), folder)); // not made yet
        QVERIFY(isInsideFolder(dir_.filePath("out/../evidence/x.pdf"), folder));
        // A link to the evidence's folder is the evidence's folder.
        QVERIFY(isInsideFolder(dir_.filePath("alias/report.pdf"), folder));
        QVERIFY(isInsideFolder(dir_.filePath("evidence/x.pdf"), dir_.filePath("alias")));
        // A sibling whose name starts alike is another folder; so is the parent.
        QVERIFY(!isInsideFolder(dir_.filePath("evidence2/report.pdf"), folder));
        QVERIFY(!isInsideFolder(dir_.filePath("report.pdf"), folder));
        QVERIFY(!isInsideFolder(dir_.path(), folder));
        QCOMPARE(evidenceFolderOf(evidence_), dir_.filePath("evidence"));
    }

    void anOutputThereIsRefusedNamingTheFolder() {
        try {
            checkOutsideEvidenceFolder(dir_.filePath("evidence/sub/r.pdf"), dir_.filePath("evidence"));
            QFAIL("a report below the evidence's folder was accepted");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::InvalidArgument);
            QVERIFY2(QString::fromStdString(e.detail()).contains("is in the evidence's folder " + dir_.filePath("evidence")),
                     e.what());
        }
        checkOutsideEvidenceFolder(dir_.filePath("out/r.pdf"), dir_.filePath("evidence")); // no throw
    }

    // Each CLI output that names a place is refused there, as a usage error, before any model
    // loads (the model given does not exist), and nothing appears in the evidence's folder.
    void theCliWritesNothingIntoTheEvidenceFolder_data() {
        QTest::addColumn<QStringList>("arguments");
        const QString missingModel = dir_.filePath("no-such-model.h5");
        QTest::newRow("explain --out") << QStringList{"explain", evidence_, "--method", "gradcam", "--out",
                                                      dir_.filePath("evidence/heatmaps"), "--model", missingModel};
        QTest::newRow("analyse --case") << QStringList{"analyse", evidence_, "--case",
                                                       dir_.filePath("evidence/sub/c.fakelens"), "--model", missingModel};
        QTest::newRow("report --out, subfolder") << QStringList{"report", evidence_, "--out",
                                                                dir_.filePath("evidence/sub/r.pdf"), "--model", missingModel};
        QTest::newRow("report --out, through a link") << QStringList{"report", evidence_, "--out",
                                                                     dir_.filePath("alias/r.pdf"), "--model", missingModel};
    }
    void theCliWritesNothingIntoTheEvidenceFolder() {
        QFETCH(QStringList, arguments);
        const QStringList before = snapshot(dir_.filePath("evidence"));
        const CliResult r = runCli(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("is in the evidence's folder") && !r.err.contains("no-such-model"), r.err.constData());
        QCOMPARE(snapshot(dir_.filePath("evidence")), before);
    }

private:
    QTemporaryDir dir_;
    QString evidence_;
};

QTEST_GUILESS_MAIN(TestEvidenceFolder)
#include "test_evidence_folder.moc"
