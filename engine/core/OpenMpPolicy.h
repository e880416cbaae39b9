#pragma once

namespace fakelens {

// LibTorch's CPU kernels use OpenMP, whose threads spin while waiting for work by default
// (libgomp: 300 000 spins, a few milliseconds, after every parallel region). When the machine is
// busy (the GUI's timeline, a build, another job) the spinning threads steal the cores the work
// needs: measured here, LIME_adv beside one busy process took 20-22 s with libgomp's default
// against 10-11 s waiting passively (OMP_WAIT_POLICY=PASSIVE); on an idle machine the two were
// within the noise (6.7-8.6 s against 7.1-7.2 s). A short spin (GOMP_SPINCOUNT=10000) was up to
// 10 % faster idle but 17.6-18.3 s beside the busy process.
//
// libgomp reads OMP_WAIT_POLICY once, in its load-time constructor, before main(), and offers no
// call to change it later (LibTorch's set_num_threads does not touch it). What does not work:
// - setenv() from a .preinit_array entry (the previous version): it runs before libc's own
//   constructor, which then resets `environ` to the array the process started with, so libgomp
//   never saw the variable (OMP_DISPLAY_ENV=verbose showed GOMP_SPINCOUNT '300000');
// - setenv() in main() or any constructor of the program: libgomp's runs before them.
// Re-executing the process with the variable set works but loads every library twice (~0.6 s).
//
// So OpenMpPolicy.cpp defines getenv() in the program, which the dynamic linker binds every
// shared library's getenv() calls to (libgomp's included, whenever its constructor runs): it
// reads the environment exactly as glibc's does, and answers "PASSIVE" for OMP_WAIT_POLICY when
// the environment has no such variable. A user's own OMP_WAIT_POLICY is returned as it is. The
// environment itself is not changed, so child processes get the user's.
//
// The definition is only in the program if its object file is linked: a main() calls this
// function so that the linker takes the file from the engine library. It returns the policy
// libgomp is given: "PASSIVE" or the user's own value.
const char* openMpWaitPolicyAtStart();

} // namespace fakelens
