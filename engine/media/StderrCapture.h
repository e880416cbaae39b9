#pragma once

#include <string>

namespace fakelens {

// Captures what third-party decoders (libpng, libjpeg, FFmpeg) print straight to the process's
// stderr while an object of this class lives, so that FakeLens can report one clear error of its
// own, with the decoder's reason folded in, instead of a stream of library chatter.
// Captures are serialised; other threads writing to stderr meanwhile land in the capture too.
class StderrCapture {
public:
    StderrCapture();
    ~StderrCapture();
    StderrCapture(const StderrCapture&) = delete;
    StderrCapture& operator=(const StderrCapture&) = delete;

    // Stops capturing and returns the first non-empty line printed (at most 200 characters).
    std::string finish();

private:
    int savedFd_ = -1;
    void* file_ = nullptr; // FILE*
    bool finished_ = false;
    std::string text_;
};

} // namespace fakelens
