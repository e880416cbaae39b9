#include "evaluate/AttackedFacesView.h"

#include "ImageConversion.h"
#include "evaluate/Rankings.h"
#include "explain/HeatmapRenderer.h"
#include "widgets/VerdictWords.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <opencv2/imgproc.hpp>

namespace fakelens::ui {

namespace {

QString baseOf(const QString& method) {
    return method.endsWith(QLatin1String("_adv")) ? method.left(method.size() - 4) : method;
}

QString key(const QString& method, int k) { return method + QLatin1Char('#') + QString::number(k); }

// The segmentation at the thumbnail's size (nearest neighbour keeps the labels), so that the
// outlines are drawn one screen pixel wide instead of being scaled down into a blur.
Segmentation segmentsAt(const Segmentation& segments, int side) {
    Segmentation small;
    small.count = segments.count;
    cv::resize(segments.labels, small.labels, cv::Size(side, side), 0, 0, cv::INTER_NEAREST);
    return small;
}

} // namespace

AttackedFacesView::AttackedFacesView(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("attackedFacesView"));
    groupCombo_ = new QComboBox(this);
    groupCombo_->setObjectName(QStringLiteral("attackedMethodCombo"));
    groupCombo_->setToolTip(tr("Whose top-k segments were attacked (selecting a row of the table picks it too)"));
    note_ = new QLabel(this);
    note_->setWordWrap(true);
    note_->setObjectName(QStringLiteral("attackedFacesNote"));
    grid_ = new QWidget(this);
    gridLayout_ = new QGridLayout(grid_);
    gridLayout_->setContentsMargins(0, 0, 0, 0);
    gridLayout_->setHorizontalSpacing(6);
    gridLayout_->setVerticalSpacing(2);

    auto* top = new QHBoxLayout;
    auto* title = new QLabel(tr("<b>Attacked faces</b> of"), this);
    top->addWidget(title);
    top->addWidget(groupCombo_);
    top->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(note_);
    layout->addWidget(grid_);
    connect(groupCombo_, &QComboBox::currentTextChanged, this, [this] { rebuild(); });
    clear();
}

void AttackedFacesView::clear() {
    evaluation_.reset();
    const QSignalBlocker blocker(groupCombo_);
    groupCombo_->clear();
    groupCombo_->setEnabled(false);
    rebuild();
}

void AttackedFacesView::showEvaluation(std::shared_ptr<const FaceEvaluation> evaluation, const ModelCard& card,
                                       double epsilon255) {
    evaluation_ = std::move(evaluation);
    card_ = card;
    epsilon255_ = epsilon255;
    const QString previous = groupCombo_->currentText();
    {
        const QSignalBlocker blocker(groupCombo_);
        groupCombo_->clear();
        for (const MethodEvaluation& m : evaluation_->methods) {
            const QString group = baseOf(QString::fromStdString(m.method));
            if (groupCombo_->findText(group) < 0)
                groupCombo_->addItem(group);
        }
        const int keep = groupCombo_->findText(previous);
        groupCombo_->setCurrentIndex(keep >= 0 ? keep : 0);
        groupCombo_->setEnabled(groupCombo_->count() > 1);
    }
    rebuild();
}

void AttackedFacesView::showMethod(const QString& method) {
    const int index = groupCombo_->findText(baseOf(method));
    if (index >= 0)
        groupCombo_->setCurrentIndex(index);
}

QString AttackedFacesView::shownGroup() const { return groupCombo_->currentText(); }

QImage AttackedFacesView::thumbnail(const QString& method, int k) const { return thumbnails_.value(key(method, k)); }

int AttackedFacesView::thumbnailCount() const { return int(thumbnails_.size()); }

void AttackedFacesView::rebuild() {
    while (QLayoutItem* item = gridLayout_->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    thumbnails_.clear();
    if (!evaluation_ || evaluation_->methods.empty()) {
        note_->setText(tr("The faces after each top-k attack appear here once the evaluation has run."));
        return;
    }
    bool kept = true;
    for (const MethodEvaluation& m : evaluation_->methods)
        for (const AttackOutcome& o : m.attacks)
            kept &= !o.attacked.empty();
    note_->setText(kept ? tr("Outlined: the k segments the attack was allowed to change (at most %1/255 per pixel, "
                             "invisible by eye). Underneath: what the detector says about the attacked face.")
                              .arg(epsilon255_, 0, 'g', 3)
                        : tr("The attacked images were not kept for this evaluation."));

    const QString group = groupCombo_->currentText();
    const Segmentation small = segmentsAt(evaluation_->segments, kThumbnailSize);
    int row = 0;
    int topK = 0;
    const FaceCall before = card_.call(evaluation_->fakeProbability);
    for (const MethodEvaluation& m : evaluation_->methods) {
        const QString method = QString::fromStdString(m.method);
        if (baseOf(method) != group)
            continue;
        auto* name = new QLabel(QStringLiteral("<b>%1</b>").arg(method.toHtmlEscaped()), grid_);
        name->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        gridLayout_->addWidget(name, 2 * row, 0, 1, 1, Qt::AlignRight | Qt::AlignVCenter);
        name->show();
        for (const AttackOutcome& o : m.attacks) {
            topK = std::max(topK, o.k);
            auto* tile = new QLabel(grid_);
            tile->setObjectName(QStringLiteral("attacked_%1_k%2").arg(method).arg(o.k));
            tile->setFixedSize(kThumbnailSize, kThumbnailSize);
            tile->setAlignment(Qt::AlignCenter);
            tile->setStyleSheet(QStringLiteral("background: #18181c; color: #bbb;"));
            const cv::Mat& face = o.attacked.empty() ? evaluation_->image : o.attacked;
            const QImage image = toQImage(renderTopSegments(face, small, m.ranking, o.k));
            thumbnails_.insert(key(method, o.k), image);
            tile->setPixmap(QPixmap::fromImage(image));
            // What the detector says about the attacked face: the card's call, band included.
            const FaceCall after = card_.call(o.fakeProbabilityAfter);
            tile->setToolTip(tr("%1, top-%2 segments attacked: P(fake) %3 -> %4 (%5), %6 NES steps, L∞ %7/255")
                                 .arg(method)
                                 .arg(o.k)
                                 .arg(evaluation_->fakeProbability, 0, 'f', 3)
                                 .arg(o.fakeProbabilityAfter, 0, 'f', 3)
                                 .arg((after == before ? tr("still %1") : tr("now %1")).arg(VerdictWords::of(after)))
                                 .arg(o.iterations)
                                 .arg(o.linf * 255.0, 0, 'f', 1));
            auto* caption = new QLabel(tr("k=%1 · %2 %3")
                                           .arg(o.k)
                                           .arg(o.fakeProbabilityAfter, 0, 'f', 3)
                                           .arg(VerdictWords::coloured(after)),
                                       grid_);
            caption->setObjectName(QStringLiteral("attackedCaption_%1_k%2").arg(method).arg(o.k));
            caption->setAlignment(Qt::AlignCenter);
            gridLayout_->addWidget(tile, 2 * row, o.k, Qt::AlignCenter);
            gridLayout_->addWidget(caption, 2 * row + 1, o.k, Qt::AlignCenter);
            tile->show(); // children added to a shown widget stay hidden until the next event loop turn
            caption->show();
        }
        ++row;
    }
    gridLayout_->setColumnStretch(topK + 1, 1);
}

} // namespace fakelens::ui
