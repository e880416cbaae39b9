#pragma once

// The results-file and image parsers read from a path, as FakeLens does, so each fuzz input is
// written to one file that is reused for every run (in /dev/shm when there is one, to keep the
// executions per second up). Not thread-safe: libFuzzer runs one input at a time per process.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include <unistd.h>

namespace fakelens::fuzz {

class TempFile {
public:
    // The suffix matters only to readers that look at extensions (none of ours do for content).
    explicit TempFile(const char* suffix)
        : path_(std::string(access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp") +
                "/fakelens-fuzz-" + std::to_string(getpid()) + suffix) {}
    ~TempFile() { std::remove(path_.c_str()); }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;

    // Replaces the file's content; aborts if it cannot (a broken harness is not a finding).
    const std::string& write(const std::uint8_t* data, std::size_t size) {
        FILE* f = std::fopen(path_.c_str(), "wb");
        if (!f || (size > 0 && std::fwrite(data, 1, size, f) != size) || std::fclose(f) != 0) {
            std::perror(path_.c_str());
            std::abort();
        }
        return path_;
    }

private:
    std::string path_;
};

} // namespace fakelens::fuzz
