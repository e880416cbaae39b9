#include "core/OpenMpPolicy.h"

#include <cstring>
#include <unistd.h> // environ

namespace {

constexpr char kPolicy[] = "OMP_WAIT_POLICY";
char kPassive[] = "PASSIVE";

} // namespace

// Interposes glibc's getenv() for the whole process (OpenMpPolicy.h says why). It must behave
// as glibc's: a plain scan of `environ`, no allocation, no lock, safe before main().
extern "C" __attribute__((visibility("default"))) char* getenv(const char* name) {
    if (!name || !*name)
        return nullptr;
    const std::size_t length = std::strlen(name);
    for (char** entry = environ; entry && *entry; ++entry)
        if (std::strncmp(*entry, name, length) == 0 && (*entry)[length] == '=')
            return *entry + length + 1;
    return std::strcmp(name, kPolicy) == 0 ? kPassive : nullptr;
}

namespace fakelens {

const char* openMpWaitPolicyAtStart() { return getenv(kPolicy); }

} // namespace fakelens
