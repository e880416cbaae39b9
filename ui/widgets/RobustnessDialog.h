#pragma once

#include "faces/RobustnessResult.h"

#include <QDialog>

#include <memory>

class QLabel;
class QTableWidget;

namespace fakelens::ui {

// The robustness re-test of one face: each variant's P(fake) and verdict, the spread, and a
// clear "unstable" flag when any variant gets another verdict than the face. Not modal, so the
// examiner can keep it beside the frame; it shows one face at a time.
class RobustnessDialog : public QDialog {
    Q_OBJECT

public:
    explicit RobustnessDialog(QWidget* parent = nullptr);

    // `caption` names the face ("frame 12, face 2"); the result replaces what was shown.
    void showRunning(const QString& caption);
    void showResult(const RobustnessResult& result, const QString& caption);
    void showMessage(const QString& text); // cancelled, failed, or the face changed

    // A variant's engine name ("jpeg90", "shift-left", ...) in words.
    static QString variantText(const std::string& name);

private:
    QLabel* caption_;
    QTableWidget* table_;
    QLabel* spread_;
    QLabel* flag_;
};

} // namespace fakelens::ui
