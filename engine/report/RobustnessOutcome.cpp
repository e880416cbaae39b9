#include "report/RobustnessOutcome.h"

namespace fakelens {

RobustnessOutcome robustnessOutcome(const ReportInput& input) {
    RobustnessOutcome outcome;
    for (const ReportFace& face : input.faces) {
        if (!face.robustness)
            continue;
        ++outcome.tested;
        if (face.robustness->unstable)
            outcome.unstable.push_back(&face);
    }
    return outcome;
}

} // namespace fakelens
