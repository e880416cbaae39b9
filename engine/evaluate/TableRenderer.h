#pragma once

#include "evaluate/EvaluationSummary.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace fakelens {

struct RenderOptions {
    // Wall-clock times differ from run to run; leave them out to compare two runs' tables
    // (a resumed run with a straight one, or merged shards with a single run).
    bool includeTimings = true;
};

// The run's tables as Markdown: the paper's Table 1 (accuracy, original then top-k, per
// manipulation type and method), Table 2 (sufficiency), Table 3 (time and inferences per
// method), then effort, minimal budget, localisation, intrinsic metrics and rank agreement,
// each with the RANDOM baseline row. Fixed decimals, so equal summaries print equal text.
QString renderMarkdown(const EvaluationSummary& summary, const RenderOptions& options = {});

// The same numbers as CSV in long form, one value per line:
// table,method,type,k,statistic,value,count (k empty where it does not apply).
QString renderCsv(const EvaluationSummary& summary, const RenderOptions& options = {});

// The same as one JSON object. Per method (key "method"): "accuracy" and "sufficiency" are
// lists indexed by k - 1 (element 0 = top-1; "k" lists the k values), over all types pooled;
// "by_type" holds the same per manipulation type.
QJsonObject renderJson(const EvaluationSummary& summary, const RenderOptions& options = {});

} // namespace fakelens
