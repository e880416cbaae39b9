#include "jobs/EngineJobQueue.h"

namespace fakelens::ui {

EngineJobQueue::EngineJobQueue() {
    pool_.setMaxThreadCount(1);
    // The worker thread is kept: a model loaded into thread-local LibTorch state stays warm.
    pool_.setExpiryTimeout(-1);
}

EngineJobQueue::~EngineJobQueue() { pool_.waitForDone(); }

bool EngineJobQueue::isBusy() const { return pool_.activeThreadCount() > 0; }

bool EngineJobQueue::waitForIdle(int msecs) { return pool_.waitForDone(msecs); }

} // namespace fakelens::ui
