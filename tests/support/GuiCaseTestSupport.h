#pragma once

// For the workbench's case tests (test_gui_case, test_gui_case_notes): a screenshot for the
// reviewers and a window scoring with the synthetic detector. Header-only: only GUI tests, which
// link the UI and define FAKELENS_SCREENSHOT_DIR, include it.
#include "AppSettings.h"
#include "support/SyntheticDetector.h"
#include "support/TestPaths.h"
#include "session/WorkbenchSession.h"
#include "window/MainWindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QSize>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace guitest {

inline void saveScreenshot(QWidget& widget, const QString& name) {
    QDir().mkpath(QStringLiteral(FAKELENS_SCREENSHOT_DIR));
    QCoreApplication::processEvents(); // pending layout requests
    const QString path = QDir(QStringLiteral(FAKELENS_SCREENSHOT_DIR)).filePath(name);
    QVERIFY2(widget.grab().save(path, "PNG"), qPrintable(path));
}

// The synthetic face crop taken whole (no face detection), with small sample counts: what the
// case tests save, reopen and compare.
inline fakelens::ui::AppSettings caseSettings() {
    fakelens::ui::AppSettings s;
    s.modelPath = testpaths::kerasWeights("Meso4_DF");
    s.detectFaces = false;
    s.explainer.set("LIME", "samples", 64);
    s.nesIterations = 5;
    s.seed = 11;
    return s;
}

inline void showWithSyntheticDetector(fakelens::ui::MainWindow& window, QSize size) {
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.session().setDetectorFactory([] { return std::make_unique<fakelens::SyntheticDetector>(); });
}

// Models are found in (and added to) scratch data folders under `data`, never the user's:
// QStandardPaths' test mode, XDG_DATA_HOME = data/xdg, FAKELENS_DATA_DIR = data/system.
inline void useScratchDataFolders(const QTemporaryDir& data) {
    QStandardPaths::setTestModeEnabled(true);
    qputenv("XDG_DATA_HOME", data.filePath(QStringLiteral("xdg")).toUtf8());
    qputenv("FAKELENS_DATA_DIR", data.filePath(QStringLiteral("system")).toUtf8());
}

} // namespace guitest
