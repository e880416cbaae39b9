#include "core/OpenMpPolicy.h"

#include <cstdlib>
#include <unistd.h>

namespace fakelens {

void ensurePassiveOpenMpWaiting(char** argv) {
    if (std::getenv("OMP_WAIT_POLICY"))
        return; // the user (or an earlier pass through here) chose
    setenv("OMP_WAIT_POLICY", "PASSIVE", 1);
    execv("/proc/self/exe", argv); // returns only on failure: then run with the default policy
}

} // namespace fakelens
