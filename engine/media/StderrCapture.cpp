#include "media/StderrCapture.h"

#include <cstdio>
#include <mutex>
#include <unistd.h>

namespace fakelens {

namespace {
std::mutex& captureMutex() {
    static std::mutex m;
    return m;
}
} // namespace

StderrCapture::StderrCapture() {
    captureMutex().lock();
    std::fflush(stderr);
    FILE* tmp = std::tmpfile();
    if (!tmp)
        return; // nothing to capture into: let the chatter through rather than fail the load
    savedFd_ = dup(STDERR_FILENO);
    if (savedFd_ < 0 || dup2(fileno(tmp), STDERR_FILENO) < 0) {
        std::fclose(tmp);
        if (savedFd_ >= 0)
            close(savedFd_);
        savedFd_ = -1;
        return;
    }
    file_ = tmp;
}

StderrCapture::~StderrCapture() { finish(); }

std::string StderrCapture::finish() {
    if (finished_)
        return text_;
    finished_ = true;
    if (file_) {
        std::fflush(stderr);
        dup2(savedFd_, STDERR_FILENO);
        close(savedFd_);
        FILE* tmp = static_cast<FILE*>(file_);
        std::rewind(tmp);
        char line[512];
        while (text_.empty() && std::fgets(line, sizeof line, tmp)) {
            std::string s(line);
            while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' '))
                s.pop_back();
            text_ = s.substr(0, 200);
        }
        std::fclose(tmp);
    }
    captureMutex().unlock();
    return text_;
}

} // namespace fakelens
