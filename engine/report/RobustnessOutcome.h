#pragma once

#include "report/ReportInput.h"

#include <vector>

namespace fakelens {

// What the robustness re-tests of an analysis add up to: how many faces with a section were
// re-tested, and which of them (report order) a variant gave another verdict
// (RobustnessResult::unstable). Page 1 of the report and the CLI's report summary state it.
struct RobustnessOutcome {
    int tested = 0;
    std::vector<const ReportFace*> unstable;
};

RobustnessOutcome robustnessOutcome(const ReportInput& input);

} // namespace fakelens
