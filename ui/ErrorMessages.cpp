#include "ErrorMessages.h"

#include <QFileInfo>

namespace fakelens::ui {

QString ErrorMessages::summaryOf(ErrorCode code) {
    switch (code) {
    case ErrorCode::FileNotFound: return tr("The file does not exist");
    case ErrorCode::FileUnreadable: return tr("The file cannot be read");
    case ErrorCode::FileUnwritable: return tr("The file cannot be written");
    case ErrorCode::EmptyFile: return tr("The file is empty");
    case ErrorCode::UnsupportedFormat: return tr("The file is not an image or video FakeLens can read");
    case ErrorCode::CorruptData: return tr("The file is damaged");
    case ErrorCode::ImageTooLarge: return tr("The image is too large");
    case ErrorCode::VideoUnreadable: return tr("The video cannot be read");
    case ErrorCode::ModelInvalid: return tr("The detector model cannot be loaded");
    case ErrorCode::ModelCardInvalid: return tr("The detector's model card is invalid");
    case ErrorCode::NoFace: return tr("No face was found");
    case ErrorCode::DeviceUnavailable: return tr("The compute device is not available");
    case ErrorCode::InvalidArgument: return tr("A setting is not valid");
    case ErrorCode::Cancelled: return tr("Cancelled");
    case ErrorCode::Internal: break;
    }
    return tr("Something went wrong inside FakeLens");
}

QString ErrorMessages::describe(const Error& error) {
    const QString summary = summaryOf(error.code());
    const QString subject = QString::fromStdString(error.subject());
    const QString detail = QString::fromStdString(error.detail());
    // A path is shortened to its file name: the full path is in the Evidence panel, and the
    // message should fit on one line.
    const QString fileName = QFileInfo(subject).fileName();
    const QString name = fileName.isEmpty() ? subject : fileName;
    if (!name.isEmpty() && !detail.isEmpty())
        return tr("%1 (%2): %3.").arg(summary, name, detail);
    if (!detail.isEmpty())
        return tr("%1: %2.").arg(summary, detail);
    return summary + QLatin1Char('.');
}

} // namespace fakelens::ui
