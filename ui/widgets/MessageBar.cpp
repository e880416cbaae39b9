#include "widgets/MessageBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

#include <algorithm>

namespace fakelens::ui {

MessageBar::MessageBar(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("messageBar"));
    setAttribute(Qt::WA_StyledBackground);
    label_ = new QLabel(this);
    label_->setObjectName(QStringLiteral("messageText"));
    label_->setWordWrap(true);
    label_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    close_ = new QToolButton(this);
    close_->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close_->setAutoRaise(true);
    close_->setToolTip(tr("Dismiss"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(label_, 1);
    layout->addWidget(close_);
    connect(close_, &QToolButton::clicked, this, &MessageBar::dismiss);
    hide();
}

void MessageBar::showMessage(const QString& text, Kind kind) {
    kind_ = kind;
    label_->setText(text);
    setStyleSheet(kind == Kind::Error
                      ? QStringLiteral("#messageBar { background: #fbe3e4; border: 1px solid #d9534f; } QLabel { color: #7a1f1f; }")
                      : QStringLiteral("#messageBar { background: #fff6d6; border: 1px solid #d8b74a; } QLabel { color: #5c4a00; }"));
    show();
    placeOverHost();
}

void MessageBar::overlayOn(QWidget* host) {
    overlay_ = true;
    setParent(host);
    host->installEventFilter(this);
    placeOverHost();
}

bool MessageBar::eventFilter(QObject* watched, QEvent* event) {
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        placeOverHost();
    return false;
}

void MessageBar::placeOverHost() {
    QWidget* host = parentWidget();
    if (!overlay_ || !host)
        return;
    const int margin = 6;
    const int width = std::max(100, host->width() - 2 * margin);
    const int height = hasHeightForWidth() ? heightForWidth(width) : sizeHint().height();
    setGeometry(margin, margin, width, std::max(height, sizeHint().height()));
    raise();
}

void MessageBar::dismiss() {
    label_->clear();
    hide();
}

QString MessageBar::text() const { return label_->text(); }

} // namespace fakelens::ui
