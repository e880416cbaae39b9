#pragma once

#include <stdexcept>
#include <string>

namespace fakelens {

// What went wrong, as a code the UI and the CLI turn into their own (translated) text.
enum class ErrorCode {
    FileNotFound,
    FileUnreadable,
    FileUnwritable,
    EmptyFile,
    UnsupportedFormat,
    CorruptData,
    ImageTooLarge,
    VideoUnreadable,
    ModelInvalid,
    ModelCardInvalid,
    NoFace,
    DeviceUnavailable,
    InvalidArgument,
    Cancelled,
    Internal,
};

// Stable English name of a code, e.g. "corrupt-data", for logs and JSON.
const char* errorCodeName(ErrorCode code);

// The one exception type the engine throws. `subject` is what the error is about (usually a file
// path) and `detail` says what is wrong with it in one line.
class Error : public std::runtime_error {
public:
    Error(ErrorCode code, std::string subject, std::string detail);

    ErrorCode code() const { return code_; }
    const std::string& subject() const { return subject_; }
    const std::string& detail() const { return detail_; }

private:
    ErrorCode code_;
    std::string subject_;
    std::string detail_;
};

// Thrown by CancelToken::throwIfCancelled(); a subclass so callers can tell it from failures.
class CancelledError : public Error {
public:
    CancelledError() : Error(ErrorCode::Cancelled, {}, "cancelled") {}
};

} // namespace fakelens
