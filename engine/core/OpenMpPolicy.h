#pragma once

namespace fakelens {

// LibTorch's CPU kernels use OpenMP, whose threads spin while waiting for work by default. When
// the machine is busy (the GUI, a build, another job) the spinning threads steal the cores the
// work needs: measured here, Meso4 fell from ~240 to 7 images/s at batch 1. Passive waiting
// costs little when the machine is idle. OpenMP reads the policy once, when the library loads,
// so a main() that wants it calls this first: when OMP_WAIT_POLICY is unset it sets it to
// PASSIVE and re-executes the program (same arguments); otherwise, or if re-executing fails,
// it returns and the program goes on as it is.
void ensurePassiveOpenMpWaiting(char** argv);

} // namespace fakelens
