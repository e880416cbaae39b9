#include "core/Error.h"

namespace fakelens {

const char* errorCodeName(ErrorCode code) {
    switch (code) {
    case ErrorCode::FileNotFound: return "file-not-found";
    case ErrorCode::FileUnreadable: return "file-unreadable";
    case ErrorCode::FileUnwritable: return "file-unwritable";
    case ErrorCode::EmptyFile: return "empty-file";
    case ErrorCode::UnsupportedFormat: return "unsupported-format";
    case ErrorCode::CorruptData: return "corrupt-data";
    case ErrorCode::ImageTooLarge: return "image-too-large";
    case ErrorCode::VideoUnreadable: return "video-unreadable";
    case ErrorCode::ModelInvalid: return "model-invalid";
    case ErrorCode::ModelCardInvalid: return "model-card-invalid";
    case ErrorCode::NoFace: return "no-face";
    case ErrorCode::DeviceUnavailable: return "device-unavailable";
    case ErrorCode::InvalidArgument: return "invalid-argument";
    case ErrorCode::Cancelled: return "cancelled";
    case ErrorCode::Internal: return "internal";
    }
    return "unknown";
}

static std::string composeMessage(const std::string& subject, const std::string& detail) {
    return subject.empty() ? detail : subject + ": " + detail;
}

Error::Error(ErrorCode code, std::string subject, std::string detail)
    : std::runtime_error(composeMessage(subject, detail)), code_(code),
      subject_(std::move(subject)), detail_(std::move(detail)) {}

} // namespace fakelens
