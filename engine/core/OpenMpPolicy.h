#pragma once

namespace fakelens {

// LibTorch's CPU kernels use OpenMP, whose threads spin while waiting for work by default. When
// the machine is busy (the GUI, a build, another job) the spinning threads steal the cores the
// work needs: measured here, Meso4 fell from ~240 to 7 images/s at batch 1. Passive waiting
// costs little when the machine is idle. OpenMP reads the policy once, when the library loads,
// so a main() that wants it calls this first: when OMP_WAIT_POLICY is unset it sets it to
// PASSIVE and re-executes the program (same arguments); otherwise, or if re-executing fails,
// it returns and the program goes on as it is.
// Why a re-exec and not an API call: libgomp reads OMP_WAIT_POLICY and GOMP_SPINCOUNT in its
// load-time constructor, before main(), and offers no call to change them later; LibTorch's
// set_num_threads does not touch the wait policy. Measured again after the allocator fix
// (AllocatorPolicy.h), LIME with one other busy process: 5.2 s passive against 10.2 s with
// libgomp's default spinning; the re-exec costs ~0.6 s of library loading per process.
void ensurePassiveOpenMpWaiting(char** argv);

} // namespace fakelens
