#include "report/ReportPaginator.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QPainter>
#include <QVariant>

#include <cmath>

namespace fakelens {

namespace {

// Space between two blocks on a page, in report pixels.
constexpr double kBlockGap = 6.0;

// A QTextDocument that takes its images from the report's image table.
class BlockDocument : public QTextDocument {
public:
    explicit BlockDocument(const QHash<QString, QImage>& images) : images_(images) {}

protected:
    QVariant loadResource(int type, const QUrl& name) override {
        if (type == QTextDocument::ImageResource) {
            const auto it = images_.constFind(name.toString());
            if (it != images_.constEnd())
                return QVariant(*it);
        }
        return QTextDocument::loadResource(type, name);
    }

private:
    const QHash<QString, QImage>& images_;
};

} // namespace

ReportPaginator::ReportPaginator(const ReportDocument& document, QSizeF bodySize) : body_(bodySize) {
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(9.0);
    // Any letter spacing makes Qt leave out ligatures, so that "file" is not extracted as
    // "\uFB01le" by PDF text tools: investigators search reports for words.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05); // >= 1/64 px: 26.6 fixed point
    const QString css = ReportDocument::styleSheet();
    for (const ReportDocument::Block& block : document.blocks()) {
        auto doc = std::make_unique<BlockDocument>(document.images());
        doc->setDefaultFont(font);
        doc->setDefaultStyleSheet(css);
        doc->setDocumentMargin(0);
        doc->setHtml(QStringLiteral("<html><body>%1</body></html>").arg(block.html));
        doc->setTextWidth(body_.width());
        documents_.push_back(std::move(doc));
    }

    const auto heightOf = [this](size_t i) { return documents_[i]->size().height(); };
    int page = 0;
    double y = 0;
    const auto& blocks = document.blocks();
    for (size_t i = 0; i < blocks.size(); ++i) {
        const double h = heightOf(i);
        if (y > 0 && (blocks[i].pageBreakBefore || body_.height() - y < blocks[i].minFreeFraction * body_.height())) {
            ++page;
            y = 0;
        }
        if (h > body_.height()) {
            // Too tall for any page: start a page and let QTextDocument break it between lines.
            if (y > 0)
                ++page;
            documents_[i]->setPageSize(body_);
            const int slices = documents_[i]->pageCount();
            for (int s = 0; s < slices; ++s)
                placements_.push_back({i, page + s, 0.0, s * body_.height(), body_.height()});
            page += slices; // what follows starts on a fresh page
            y = 0;
            continue;
        }
        double needed = y > 0 ? kBlockGap + h : h;
        // A heading stays with the start of what it introduces, if both fit on one page at all.
        if (blocks[i].keepWithNext && i + 1 < blocks.size() && h + kBlockGap + heightOf(i + 1) <= body_.height())
            needed += kBlockGap + heightOf(i + 1);
        if (y + needed > body_.height() && y > 0) {
            ++page;
            y = 0;
        }
        if (y > 0)
            y += kBlockGap;
        placements_.push_back({i, page, y, 0.0, h});
        y += h;
    }
    pages_ = placements_.empty() ? 1 : placements_.back().page + 1;
}

ReportPaginator::~ReportPaginator() = default;

void ReportPaginator::paintPage(QPainter& painter, int page) const {
    for (const Placement& p : placements_) {
        if (p.page != page)
            continue;
        painter.save();
        painter.translate(0, p.y - p.sourceY);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, p.sourceY, body_.width(), p.height);
        painter.setClipRect(context.clip);
        documents_[p.block]->documentLayout()->draw(&painter, context);
        painter.restore();
    }
}

} // namespace fakelens
