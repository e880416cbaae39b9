#include "case/AnalysedFrames.h"

#include "report/ReportStrings.h"

#include <algorithm>
#include <map>

namespace fakelens {

FrameSelection frameSelectionOf(const std::vector<int>& framesAnalysed) {
    FrameSelection selection;
    if (framesAnalysed.empty())
        return selection;
    selection.start = framesAnalysed.front();
    selection.end = framesAnalysed.back() + 1;
    // The most common gap, not the first: a report may name one more frame off the scan's grid
    // (the frame shown in the workbench); the scan's own frames are the regular ones.
    std::map<int, int> gaps;
    for (size_t i = 1; i < framesAnalysed.size(); ++i)
        if (framesAnalysed[i] > framesAnalysed[i - 1])
            ++gaps[framesAnalysed[i] - framesAnalysed[i - 1]];
    const auto common = std::max_element(gaps.begin(), gaps.end(),
                                         [](const auto& a, const auto& b) { return a.second < b.second; });
    selection.step = common == gaps.end() ? 1 : common->first;
    return selection;
}

QString describeFrameSelection(const FrameSelection& frames, int framesAnalysed) {
    const QString every = frames.step <= 1 ? ReportText::tr("every frame") : ReportText::tr("one frame in %1").arg(frames.step);
    const QString range = frames.end < 0 ? ReportText::tr("from frame %1 to the end").arg(frames.start)
                                         : ReportText::tr("from frame %1 to %2").arg(frames.start).arg(frames.end - 1);
    // No brackets: the report quotes this text inside its own sentences and brackets.
    return ReportText::tr("%1 %2; %n frame(s) analysed", nullptr, framesAnalysed).arg(every, range);
}

} // namespace fakelens
