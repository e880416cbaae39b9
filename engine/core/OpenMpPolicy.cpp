#include "core/OpenMpPolicy.h"

#include <cstdlib>

namespace fakelens {

namespace {

// Constant-initialised, so it can be written before any constructor has run.
const char* policyAtStart = nullptr;

// Runs from .preinit_array (OpenMpPolicy.h), before every constructor: C calls only.
void setPassiveWaiting(int, char**, char**) {
    if (!std::getenv("OMP_WAIT_POLICY"))
        setenv("OMP_WAIT_POLICY", "PASSIVE", 0);
    // The environment's own string: setenv() never frees it, the user's lives as long as the process.
    policyAtStart = std::getenv("OMP_WAIT_POLICY");
}

__attribute__((section(".preinit_array"), used)) void (*const kSetPassiveWaiting)(int, char**, char**) =
    &setPassiveWaiting;

} // namespace

const char* openMpWaitPolicyAtStart() {
    return policyAtStart ? policyAtStart : "";
}

} // namespace fakelens
