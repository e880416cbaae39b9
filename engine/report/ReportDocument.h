#pragma once

#include <QHash>
#include <QImage>
#include <QString>

#include <vector>

namespace fakelens {

// The report's content before it is laid out on pages: a list of HTML blocks (rendered with
// QTextDocument) and the images they show. A block is never split across pages unless it is
// taller than a page, so a figure always stays with its caption and a heading with what follows
// it (keepWithNext) -- QTextDocument's own pagination would cut both anywhere.
class ReportDocument {
public:
    struct Block {
        QString html;
        bool pageBreakBefore = false;
        bool keepWithNext = false;
        // Start a new page unless at least this fraction of the page is still free.
        double minFreeFraction = 0.0;
    };

    // `pixelsPerInch`: what a pixel of the HTML layout is on paper. QTextDocument lays text out
    // at the screen's logical DPI (96 on the offscreen platform, maybe 120 or 144 in a GUI
    // session); figure sizes are given for 96 and converted with px() so that they keep their
    // size on paper relative to the text.
    explicit ReportDocument(double pixelsPerInch = 96.0) : pixelsPerInch_(pixelsPerInch) {}
    int px(double pixelsAt96) const { return int(pixelsAt96 * pixelsPerInch_ / 96.0 + 0.5); }

    // Registers an image and returns the URL for <img src="...">.
    QString addImage(const QImage& image);
    // Appends a block. `keepWithNext`: move to the next page with the block after it.
    void add(const QString& html, bool keepWithNext = false);
    // The next block starts a new page.
    void pageBreak();
    // The next block starts a new page unless `fraction` of the current page is still free: a
    // section starts on a fresh page without leaving most of the previous one empty.
    void softPageBreak(double fraction);

    const std::vector<Block>& blocks() const { return blocks_; }
    const QHash<QString, QImage>& images() const { return images_; }

    // The CSS every block is rendered with (QTextDocument's subset of CSS 2).
    static QString styleSheet();

private:
    double pixelsPerInch_ = 96.0;
    std::vector<Block> blocks_;
    QHash<QString, QImage> images_;
    bool breakPending_ = false;
    double minFreePending_ = 0.0;
};

} // namespace fakelens
