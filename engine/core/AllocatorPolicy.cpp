#include "core/AllocatorPolicy.h"

#include <cstdlib> // defines __GLIBC__ where the C library is glibc
#include <mutex>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace fakelens {

void keepFreedMemoryForReuse() {
    static std::once_flag once;
    std::call_once(once, [] {
#if defined(__GLIBC__)
        // Setting either threshold switches off glibc's adaptation of both, so both are set.
        mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
        mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
#endif
    });
}

void giveFreedMemoryBack() {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace fakelens
