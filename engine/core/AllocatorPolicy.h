#pragma once

namespace fakelens {

// Keeps freed memory in the process for the next detector call instead of giving it back to
// the system after every call.
//
// Why: a CPU forward of Meso4 allocates and frees intermediate tensors of a few MB each. With
// glibc's defaults those are served by mmap or trimmed from the heap top on free, so every
// batch page-faults its memory in again: measured on a 2-core machine, `explain --method lime`
// spent 80% of its time in the kernel's page-fault handler and ran at ~80 images/s, while a
// tight forward loop (bench), whose repeated frees raised glibc's adaptive thresholds, ran at
// ~450. Fixing both thresholds (mmap at 32 MB, glibc's maximum; trim at 256 MB) made LIME
// 5.5x faster on that path; the resident size grew by under 10%.
//
// Process-wide and idempotent; called when the first detector is created. Does nothing
// outside glibc (or under a sanitizer's allocator, which ignores it).
void keepFreedMemoryForReuse();

// Gives the pages of freed heap memory back to the system now (glibc's malloc_trim), after a
// one-off load that freed a large temporary which the thresholds above would otherwise keep
// for a reuse that does not come. Does nothing outside glibc.
void giveFreedMemoryBack();

} // namespace fakelens
