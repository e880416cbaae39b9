#include "widgets/WheelPassThrough.h"

#include <QAbstractScrollArea>
#include <QCoreApplication>
#include <QScrollBar>
#include <QWheelEvent>
#include <QWidget>

namespace fakelens::ui {

void WheelPassThrough::install(QWidget* widget) { widget->installEventFilter(new WheelPassThrough(widget)); }

bool WheelPassThrough::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::Wheel)
        return false;
    auto* widget = qobject_cast<QWidget*>(watched);
    for (QWidget* parent = widget ? widget->parentWidget() : nullptr; parent; parent = parent->parentWidget()) {
        auto* area = qobject_cast<QAbstractScrollArea*>(parent);
        if (!area)
            continue;
        auto* wheel = static_cast<QWheelEvent*>(event);
        const bool horizontal = wheel->angleDelta().y() == 0 && wheel->angleDelta().x() != 0;
        QScrollBar* bar = horizontal ? area->horizontalScrollBar() : area->verticalScrollBar();
        QCoreApplication::sendEvent(bar, event);
        return true;
    }
    return false; // nothing to scroll: the widget keeps the event
}

} // namespace fakelens::ui
