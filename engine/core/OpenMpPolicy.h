#pragma once

namespace fakelens {

// LibTorch's CPU kernels use OpenMP, whose threads spin while waiting for work by default. When
// the machine is busy (the GUI, a build, another job) the spinning threads steal the cores the
// work needs: measured here, Meso4 fell from ~240 to 7 images/s at batch 1, and LIME with one
// other busy process took 10.2 s spinning against 5.2 s waiting passively. Passive waiting
// costs little when the machine is idle.
//
// libgomp reads OMP_WAIT_POLICY once, in its load-time constructor, before main(), and offers
// no call to change it later (LibTorch's set_num_threads does not touch it). So OpenMpPolicy.cpp
// puts a function in the program's .preinit_array, which the dynamic loader runs before any
// shared library's constructor: it sets OMP_WAIT_POLICY=PASSIVE unless the user set a policy.
// (Earlier versions re-executed the process with the variable set, ~0.6 s of library loading
// per start.) glibc gives main() the environment it was started with, so the variable does not
// show in getenv() there and is not passed on to child processes: each FakeLens program sets
// it for itself, and other programs are not affected.
//
// A .preinit_array entry only runs if its object file is linked into the program; a main()
// calls this function so that the linker takes the file from the engine library. It returns
// the policy libgomp was given: "PASSIVE" (set here), the user's own value, or "" when no
// FakeLens main() links this file.
const char* openMpWaitPolicyAtStart();

} // namespace fakelens
