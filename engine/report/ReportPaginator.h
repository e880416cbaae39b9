#pragma once

#include "report/ReportDocument.h"

#include <QSizeF>
#include <QTextDocument>

#include <memory>
#include <vector>

class QPainter;

namespace fakelens {

// Lays the blocks of a ReportDocument out on pages of `bodySize` report pixels (96 per inch):
// a block goes on the current page if it fits, else on the next; a heading (keepWithNext)
// moves with the block after it; a block taller than a page starts a page and is split by
// QTextDocument's own pagination (between lines and table rows). Layout happens once, in the
// constructor, so the page count is known before the first page is painted ("page 1 of N").
class ReportPaginator {
public:
    ReportPaginator(const ReportDocument& document, QSizeF bodySize);
    ~ReportPaginator();
    ReportPaginator(const ReportPaginator&) = delete;
    ReportPaginator& operator=(const ReportPaginator&) = delete;

    int pageCount() const { return pages_; }
    // Paints the body of page `page` (0-based) with its top-left corner at the painter's
    // origin, in report pixels.
    void paintPage(QPainter& painter, int page) const;

private:
    struct Placement {
        size_t block = 0;
        int page = 0;
        double y = 0;       // top on the page
        double sourceY = 0; // top of the slice of the block shown there
        double height = 0;  // height of that slice
    };

    QSizeF body_;
    std::vector<std::unique_ptr<QTextDocument>> documents_;
    std::vector<Placement> placements_;
    int pages_ = 0;
};

} // namespace fakelens
