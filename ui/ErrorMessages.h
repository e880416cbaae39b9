#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QString>

namespace fakelens::ui {

// Turns engine errors into one clear, translated sentence that names the file when there is one,
// e.g. "The file is damaged (x.jpg): truncated JPEG data."
class ErrorMessages {
    Q_DECLARE_TR_FUNCTIONS(ErrorMessages)

public:
    static QString describe(const Error& error);
    static QString summaryOf(ErrorCode code);
};

inline QString describeError(const Error& error) { return ErrorMessages::describe(error); }

} // namespace fakelens::ui
