#pragma once

#include "report/ReportInput.h"

#include <QString>

namespace fakelens {

// Whether the evidence file a case refers to is still the one that was analysed (the case only
// references it): hashes the file at evidence.path again and answers
//   "ok", "missing" or "changed (sha256 now X, case says Y)".
// An unreadable file is "unreadable (...)". Reads the whole file: seconds for a large video.
QString evidenceCheck(const EvidenceInfo& evidence);

} // namespace fakelens
