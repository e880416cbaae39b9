#pragma once

#include "core/CancelToken.h"

#include <QtGlobal>

namespace fakelens::ui {

// The newest request of one kind (the shown frame, an explanation, the timeline). Starting a new
// one cancels the one before, and a result is used only if it belongs to the newest request:
// results of stale requests are dropped even when they arrive after the new request started.
class LatestRequest {
public:
    struct Ticket {
        quint64 generation = 0;
        CancelToken cancel;
    };

    // Cancels the current request and returns the ticket of a new one.
    Ticket renew();
    // Cancels the current request; its results will be dropped.
    void cancel();
    bool isCurrent(const Ticket& ticket) const { return ticket.generation == current_.generation && !ticket.cancel.isCancelled(); }
    quint64 generation() const { return current_.generation; }

private:
    Ticket current_;
};

} // namespace fakelens::ui
