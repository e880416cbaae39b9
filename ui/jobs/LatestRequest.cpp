#include "jobs/LatestRequest.h"

namespace fakelens::ui {

LatestRequest::Ticket LatestRequest::renew() {
    current_.cancel.cancel();
    Ticket next;
    next.generation = current_.generation + 1;
    current_ = next;
    return current_;
}

void LatestRequest::cancel() {
    current_.cancel.cancel();
    // A new generation, so that anything still in flight for the old one is recognised as stale.
    Ticket next;
    next.generation = current_.generation + 1;
    next.cancel.cancel();
    current_ = next;
}

} // namespace fakelens::ui
