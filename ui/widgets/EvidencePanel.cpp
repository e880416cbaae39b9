#include "widgets/EvidencePanel.h"

#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace fakelens::ui {

EvidencePanel::EvidencePanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("evidencePanel"));
    media_ = new QLabel(tr("No file open."), this);
    model_ = new QLabel(tr("Model: loading…"), this);
    for (QLabel* label : {media_, model_}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(media_);
    layout->addWidget(model_);
    layout->addStretch(1);
}

void EvidencePanel::setMedia(const MediaInfo& media) {
    const QFileInfo file(media.path);
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(file.fileName().toHtmlEscaped());
    lines << tr("%1 · %2 × %3 px · %4")
                 .arg(media.isVideo ? tr("video") : tr("image"))
                 .arg(media.width)
                 .arg(media.height)
                 .arg(QLocale().formattedDataSize(media.fileSize));
    if (media.isVideo)
        lines << tr("%1 frames · %2 fps").arg(media.frameCount).arg(media.fps, 0, 'f', 2);
    // The digest is split in two lines so the dock can stay narrow.
    if (!media.sha256.isEmpty())
        lines << tr("SHA-256 %1<br>%2").arg(media.sha256.left(32), media.sha256.mid(32));
    media_->setText(lines.join(QStringLiteral("<br>")));
    media_->setToolTip(media.path);
}

void EvidencePanel::setModel(const ModelSummary& model) {
    model_->setText(tr("Model <b>%1</b> on %2<br>fake when P(fake) ≥ %3")
                        .arg(model.name.toHtmlEscaped(), model.device.toHtmlEscaped())
                        .arg(model.threshold, 0, 'g', 3));
    model_->setToolTip(model.path);
}

void EvidencePanel::setModelUnavailable() {
    model_->setText(tr("Model: not loaded (see the message above the frame)"));
    model_->setToolTip(QString());
}

QString EvidencePanel::text() const { return media_->text() + QLatin1Char('\n') + model_->text(); }

} // namespace fakelens::ui
