#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace fakelens::ui {

// A message strip above the frame for errors ("cannot read x.jpg: ...") and notices ("no face
// found"). It never blocks the window, unlike a dialog, and stays until closed or replaced.
class MessageBar : public QWidget {
    Q_OBJECT

public:
    enum class Kind { Error, Notice };
    explicit MessageBar(QWidget* parent = nullptr);

    void showMessage(const QString& text, Kind kind);
    void dismiss();
    QString text() const;
    Kind kind() const { return kind_; }

private:
    QLabel* label_;
    QToolButton* close_;
    Kind kind_ = Kind::Notice;
};

} // namespace fakelens::ui
