#include "report/ReportInput.h"

namespace fakelens {

const char* findingStatusName(FindingStatus status) {
    switch (status) {
    case FindingStatus::Ok: return "ok";
    case FindingStatus::ToCheck: return "to check";
    case FindingStatus::Warning: return "warning";
    }
    return "to check";
}

bool parseFindingStatus(const QString& name, FindingStatus& status) {
    for (FindingStatus s : {FindingStatus::Ok, FindingStatus::ToCheck, FindingStatus::Warning}) {
        if (name == QLatin1String(findingStatusName(s))) {
            status = s;
            return true;
        }
    }
    return false;
}

} // namespace fakelens
