#pragma once

#include "core/Error.h"

#include <atomic>
#include <memory>

namespace fakelens {

// A copyable flag shared between the thread that asks for a cancel and the engine code that
// checks it between steps. It has no Qt in it so the engine stays usable from the CLI.
class CancelToken {
public:
    CancelToken() : flag_(std::make_shared<std::atomic<bool>>(false)) {}

    void cancel() const { flag_->store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return flag_->load(std::memory_order_relaxed); }
    void throwIfCancelled() const {
        if (isCancelled())
            throw CancelledError();
    }

private:
    std::shared_ptr<std::atomic<bool>> flag_;
};

} // namespace fakelens
