#include "widgets/FaceListPanel.h"

#include "widgets/VerdictColors.h"
#include "widgets/VerdictWords.h"

#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace fakelens::ui {

namespace {
constexpr int kThumbnailSize = 64;
}

FaceListPanel::FaceListPanel(QWidget* parent) : QWidget(parent) {
    list_ = new QListWidget(this);
    list_->setObjectName(QStringLiteral("faceList"));
    list_->setIconSize(QSize(kThumbnailSize, kThumbnailSize));
    list_->setSelectionMode(QAbstractItemView::SingleSelection);
    list_->setUniformItemSizes(true);
    summary_ = new QLabel(this);
    summary_->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(summary_);
    layout->addWidget(list_, 1);
    clearFaces(tr("No frame yet."));

    connect(list_, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!updating_ && row >= 0)
            emit faceSelected(row);
    });
}

void FaceListPanel::setFaces(const FrameAnalysis& frame, bool smallFacesKept, const QSet<int>& unstableFaceIds) {
    const QSignalBlocker blocker(list_);
    list_->clear();
    for (const AnalysedFace& face : frame.faces) {
        QString verdict = VerdictWords::emphasised(face.call);
        if (face.tooSmall)
            verdict += smallFacesKept ? tr(" (too small to judge, kept)") : tr(" (too small to judge, left out)");
        const bool drawn = face.detected.origin == FaceOrigin::Examiner;
        if (drawn)
            verdict += QStringLiteral(" · ") + tr("drawn by the examiner");
        const bool unstable = unstableFaceIds.contains(face.id);
        if (unstable)
            verdict += QStringLiteral(" · ") + tr("UNSTABLE");
        auto* item = new QListWidgetItem(
            QIcon(QPixmap::fromImage(face.thumbnail.scaled(kThumbnailSize, kThumbnailSize, Qt::KeepAspectRatio,
                                                           Qt::SmoothTransformation))),
            tr("#%1   P(fake) %2\n%3").arg(face.id).arg(face.fakeProbability, 0, 'f', 3).arg(verdict));
        item->setForeground(verdictColor(face.call));
        item->setToolTip(drawn ? tr("Face #%1: P(fake) = %2, drawn by the examiner (the face detector missed it)")
                                     .arg(face.id)
                                     .arg(face.fakeProbability, 0, 'f', 4)
                               : tr("Face #%1: P(fake) = %2, detection confidence %3")
                                     .arg(face.id)
                                     .arg(face.fakeProbability, 0, 'f', 4)
                                     .arg(face.detectionConfidence, 0, 'f', 2));
        if (unstable)
            item->setToolTip(item->toolTip() + QLatin1Char('\n') +
                             tr("UNSTABLE: the robustness re-test changed its verdict (Ctrl+R shows it)."));
        list_->addItem(item);
    }
    int fakes = 0, inconclusive = 0, small = 0;
    for (const AnalysedFace& face : frame.faces) {
        fakes += face.fake() ? 1 : 0;
        inconclusive += face.call == FaceCall::Inconclusive ? 1 : 0;
        small += face.tooSmall ? 1 : 0;
    }
    QString summary = frame.faces.empty() ? tr("No face in this frame.")
                                          : tr("%n face(s), %1 called fake", nullptr, int(frame.faces.size())).arg(fakes);
    if (inconclusive > 0)
        summary += tr(", %n inconclusive", nullptr, inconclusive);
    if (small > 0)
        summary += smallFacesKept ? tr("; %n too small to judge (kept in the verdict)", nullptr, small)
                                  : tr("; %n too small to judge (left out of the verdict)", nullptr, small);
    summary_->setText(summary);
}

void FaceListPanel::clearFaces(const QString& reason) {
    const QSignalBlocker blocker(list_);
    list_->clear();
    summary_->setText(reason);
}

void FaceListPanel::setSelectedFace(int index) {
    updating_ = true;
    list_->setCurrentRow(index);
    updating_ = false;
}

int FaceListPanel::count() const { return list_->count(); }

int FaceListPanel::selectedFace() const { return list_->currentRow(); }

} // namespace fakelens::ui
