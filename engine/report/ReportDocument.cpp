#include "report/ReportDocument.h"

namespace fakelens {

QString ReportDocument::addImage(const QImage& image) {
    const QString url = QStringLiteral("report-image:%1").arg(images_.size());
    images_.insert(url, image);
    return url;
}

void ReportDocument::add(const QString& html, bool keepWithNext) {
    Block block;
    block.html = html;
    block.keepWithNext = keepWithNext;
    block.pageBreakBefore = breakPending_;
    block.minFreeFraction = minFreePending_;
    breakPending_ = false;
    minFreePending_ = 0.0;
    blocks_.push_back(std::move(block));
}

void ReportDocument::pageBreak() {
    breakPending_ = true;
}

void ReportDocument::softPageBreak(double fraction) {
    minFreePending_ = fraction;
}

QString ReportDocument::styleSheet() {
    // Sizes in pt so that the print size does not depend on the screen; colours chosen to
    // stay readable when the report is printed in grey.
    return QStringLiteral(
        "body { font-size: 9pt; color: #1b1f23; }"
        "h1 { font-size: 18pt; font-weight: bold; color: #12355b; margin-top: 0px; margin-bottom: 2px; }"
        "h2 { font-size: 13pt; font-weight: bold; color: #12355b; margin-top: 8px; margin-bottom: 4px; }"
        "h3 { font-size: 10.5pt; font-weight: bold; color: #12355b; margin-top: 6px; margin-bottom: 3px; }"
        "p { margin-top: 2px; margin-bottom: 4px; }"
        ".subtitle { font-size: 10pt; color: #4a5560; }"
        ".small { font-size: 7.5pt; color: #4a5560; }"
        ".caption { font-size: 7.5pt; color: #33393f; }"
        ".note { font-size: 8.5pt; color: #33393f; }"
        ".mono { font-family: 'DejaVu Sans Mono', monospace; font-size: 8pt; }"
        ".fake { color: #b3261e; font-weight: bold; }"
        ".real { color: #1e6b34; font-weight: bold; }"
        ".inconclusive { color: #8a5a00; font-weight: bold; }"
        "table.kv { border-collapse: collapse; border-color: #c9d1d9; border-style: solid; }"
        "table.kv td { padding: 3px; border-color: #c9d1d9; }"
        "td.key { background-color: #eef2f6; font-weight: bold; color: #24303c; }"
        "table.grid { border-collapse: collapse; border-color: #c9d1d9; border-style: solid; }"
        "table.grid td { padding: 2px; border-color: #c9d1d9; }"
        "table.grid th { padding: 3px; background-color: #12355b; color: #ffffff; font-weight: bold; }"
        "table.figures td { padding: 2px; }"
        ".verdictbox { background-color: #fbeaea; }"
        ".realbox { background-color: #e8f4ec; }"
        ".warningbox { background-color: #fff1cc; color: #8a1c12; border-width: 2px; border-style: solid; border-color: #b3261e; }");
}

} // namespace fakelens
