#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace fakelens::ui {

// The status bar's view of long work: what runs, how far it is, and a Cancel button.
class TaskProgressWidget : public QWidget {
    Q_OBJECT

public:
    explicit TaskProgressWidget(QWidget* parent = nullptr);

    // `fraction` < 0 shows a busy bar without a percentage.
    void showTask(const QString& text, double fraction, bool cancellable);
    void hideTask();
    QString text() const;
    QPushButton* cancelButton() const { return cancel_; }

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel* label_;
    QProgressBar* bar_;
    QPushButton* cancel_;
};

} // namespace fakelens::ui
