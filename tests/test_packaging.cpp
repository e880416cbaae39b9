// The Debian package, as CI builds it: `cpack -G DEB` in the build tree gives
// fakelens_<version>_<arch>.deb with both binaries, the .desktop file, the SVG and PNG icons and
// the AppStream metainfo, and Depends naming the libraries FakeLens needs. The package is not
// installed here (that would change the machine): it is unpacked into a scratch folder and its
// fakelens-cli runs from there on the system's libraries, and both binaries answer in German,
// which shows that the translations are embedded.
#include "support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QString buildDir() {
    // FAKELENS_CLI_PATH is <build>/app/fakelens-cli.
    return QFileInfo(QFileInfo(testpaths::cli()).absolutePath()).absolutePath();
}

struct Run {
    int code = -1;
    QString out;
};

Run run(const QString& program, const QStringList& arguments, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(),
        int timeoutMs = 300000) {
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.out = QStringLiteral("timed out: ") + program;
        return result;
    }
    result.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAll());
    return result;
}

// The environment a freshly installed program sees: no build-tree library paths.
QProcessEnvironment cleanEnvironment(const QString& home) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LD_LIBRARY_PATH"));
    env.remove(QStringLiteral("LD_PRELOAD"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

} // namespace

class TestPackaging : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        cpack_ = QStandardPaths::findExecutable(QStringLiteral("cpack"));
        dpkgDeb_ = QStandardPaths::findExecutable(QStringLiteral("dpkg-deb"));
        if (cpack_.isEmpty() || dpkgDeb_.isEmpty())
            QFAIL("cannot run this check: cpack and dpkg-deb are needed to build the Debian package");
        QVERIFY(scratch_.isValid());
        const QString config = QDir(buildDir()).filePath(QStringLiteral("CPackConfig.cmake"));
        QVERIFY2(QFileInfo::exists(config), qPrintable(config));
        for (const char* binary : {"app/fakelens", "app/fakelens-cli"})
            QVERIFY2(QFileInfo(QDir(buildDir()).filePath(QLatin1String(binary))).isExecutable(),
                     qPrintable(QStringLiteral("build %1 first").arg(QLatin1String(binary))));

        const Run built = run(cpack_, {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"), config,
                                       QStringLiteral("-B"), scratch_.filePath(QStringLiteral("package"))});
        QVERIFY2(built.code == 0, qPrintable(built.out));
        const QStringList debs = QDir(scratch_.filePath(QStringLiteral("package")))
                                     .entryList({QStringLiteral("fakelens_*.deb")}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        deb_ = scratch_.filePath(QStringLiteral("package/") + debs.first());
        QVERIFY2(QRegularExpression(QStringLiteral("^fakelens_\\d+\\.\\d+\\.\\d+_[a-z0-9]+\\.deb$")).match(debs.first()).hasMatch(),
                 qPrintable(debs.first()));
    }

    // What `dpkg -c` lists.
    void packageHoldsBinariesAndDesktopIntegration() {
        const Run listing = run(dpkgDeb_, {QStringLiteral("-c"), deb_});
        QCOMPARE(listing.code, 0);
        for (const char* path : {"./usr/bin/fakelens", "./usr/bin/fakelens-cli",
                                 "./usr/share/applications/io.github.fakelens.FakeLens.desktop",
                                 "./usr/share/metainfo/io.github.fakelens.FakeLens.metainfo.xml",
                                 "./usr/share/icons/hicolor/scalable/apps/fakelens.svg",
                                 "./usr/share/icons/hicolor/48x48/apps/fakelens.png",
                                 "./usr/share/icons/hicolor/256x256/apps/fakelens.png"})
            QVERIFY2(listing.out.contains(QLatin1String(path) + QLatin1Char('\n')),
                     qPrintable(QStringLiteral("%1 missing from\n%2").arg(QLatin1String(path), listing.out)));
        // Everything lands under /usr, nothing in /usr/local or the build tree.
        QVERIFY(!listing.out.contains(QStringLiteral("/usr/local")));
        QVERIFY(!listing.out.contains(buildDir()));
    }

    void controlDeclaresDebianDependencies() {
        const Run fields = run(dpkgDeb_, {QStringLiteral("-f"), deb_, QStringLiteral("Package"), QStringLiteral("Version"),
                                          QStringLiteral("Depends"), QStringLiteral("Maintainer"),
                                          QStringLiteral("Description")});
        QCOMPARE(fields.code, 0);
        QVERIFY(fields.out.contains(QStringLiteral("Package: fakelens\n")));
        const QString depends = fields.out.section(QStringLiteral("Depends:"), 1).section(QLatin1Char('\n'), 0, 0);
        for (const char* package : {"libqt6core6", "libqt6gui6", "libqt6widgets6", "libtorch", "libopencv-core",
                                    "libopencv-imgproc", "libdlib", "libhdf5", "libqcustomplot", "libqt6svg6",
                                    "libdlib-data"})
            QVERIFY2(depends.contains(QLatin1String(package)),
                     qPrintable(QStringLiteral("%1 not in Depends:%2").arg(QLatin1String(package), depends)));
    }

    // Unpacked (as apt would install it) and run on the system's libraries.
    void unpackedBinariesRun() {
        const QString root = scratch_.filePath(QStringLiteral("root"));
        const Run extract = run(dpkgDeb_, {QStringLiteral("-x"), deb_, root});
        QVERIFY2(extract.code == 0, qPrintable(extract.out));
        const QProcessEnvironment env = cleanEnvironment(scratch_.filePath(QStringLiteral("home")));

        const Run version = run(root + QStringLiteral("/usr/bin/fakelens-cli"), {QStringLiteral("--version")}, env, 60000);
        QVERIFY2(version.code == 0, qPrintable(version.out));
        const Run buildVersion = run(testpaths::cli(), {QStringLiteral("--version")}, env, 60000);
        QCOMPARE(version.out.trimmed(), buildVersion.out.trimmed());
        QVERIFY(version.out.startsWith(QStringLiteral("fakelens-cli ")));
        const Run fields = run(dpkgDeb_, {QStringLiteral("-f"), deb_, QStringLiteral("Version")});
        QCOMPARE(QStringLiteral("fakelens-cli ") + fields.out.trimmed(), version.out.trimmed()); // one field: its value

        // The GUI binary's --help in German: its .qm files are embedded (none is installed).
        QProcessEnvironment german = env;
        german.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        german.remove(QStringLiteral("LC_ALL"));
        german.remove(QStringLiteral("LC_MESSAGES"));
        german.remove(QStringLiteral("LANGUAGE"));
        const Run help = run(root + QStringLiteral("/usr/bin/fakelens"), {QStringLiteral("--help")}, german, 60000);
        QVERIFY2(help.code == 0, qPrintable(help.out));
        QVERIFY2(help.out.contains(QStringLiteral("Arbeitsplatz zur Erkennung und Erklärung von Deepfake-Gesichtern.")),
                 qPrintable(help.out));
        const Run cliHelp = run(root + QStringLiteral("/usr/bin/fakelens-cli"), {QStringLiteral("--help")}, german, 60000);
        QVERIFY2(cliHelp.code == 0 && cliHelp.out.contains(QStringLiteral("Befehle:")), qPrintable(cliHelp.out));
        const Run listing = run(dpkgDeb_, {QStringLiteral("-c"), deb_});
        QVERIFY(!listing.out.contains(QStringLiteral(".qm\n"))); // embedded, not installed
    }

    void desktopFileAndMetainfoAreValid() {
        const QString root = scratch_.filePath(QStringLiteral("root"));
        QFile desktop(root + QStringLiteral("/usr/share/applications/io.github.fakelens.FakeLens.desktop"));
        QVERIFY(desktop.open(QIODevice::ReadOnly));
        const QString entry = QString::fromUtf8(desktop.readAll());
        for (const char* line : {"[Desktop Entry]\n", "Type=Application\n", "Name=FakeLens\n", "Exec=fakelens %f\n",
                                 "Icon=fakelens\n", "Name=FakeLens\n", "Comment[de]=", "Comment[el]=", "Comment[it]="})
            QVERIFY2(entry.contains(QLatin1String(line)), line);
        QVERIFY(entry.contains(QRegularExpression(QStringLiteral("\nMimeType=.*image/jpeg;.*video/mp4;"))));
        const QString validator = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
        if (!validator.isEmpty()) {
            const Run valid = run(validator, {desktop.fileName()});
            QVERIFY2(valid.code == 0, qPrintable(valid.out));
        }
        const QString appstream = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
        if (appstream.isEmpty())
            QFAIL("cannot run this check: appstreamcli (Debian: appstream) is not installed; the metainfo was not validated");
        const Run valid = run(appstream, {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                          root + QStringLiteral("/usr/share/metainfo/io.github.fakelens.FakeLens.metainfo.xml")});
        QVERIFY2(valid.code == 0, qPrintable(valid.out));
    }

private:
    QString cpack_;
    QString dpkgDeb_;
    QString deb_;
    QTemporaryDir scratch_;
};

QTEST_GUILESS_MAIN(TestPackaging)
#include "test_packaging.moc"
