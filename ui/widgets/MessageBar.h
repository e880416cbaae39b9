#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace fakelens::ui {

// A message strip over the top of the frame for errors ("cannot read x.jpg: ...") and notices
// ("no face found"). It never blocks the window, unlike a dialog, and stays until closed or
// replaced. Laid over its host (overlayOn()), it does not push the frame down when it comes and
// goes, so boxes and the zoom stay where the examiner was looking.
class MessageBar : public QWidget {
    Q_OBJECT

public:
    enum class Kind { Error, Notice };
    explicit MessageBar(QWidget* parent = nullptr);

    void showMessage(const QString& text, Kind kind);
    void dismiss();
    // Floats over the top edge of `host`, following its width.
    void overlayOn(QWidget* host);
    QString text() const;
    Kind kind() const { return kind_; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void placeOverHost();

    QLabel* label_;
    QToolButton* close_;
    Kind kind_ = Kind::Notice;
    bool overlay_ = false;
};

} // namespace fakelens::ui
