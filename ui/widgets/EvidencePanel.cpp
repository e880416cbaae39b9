#include "widgets/EvidencePanel.h"

#include "widgets/MetadataDialog.h"
#include "widgets/VerdictWords.h"

#include <QClipboard>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
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
    // The digest on one line (shortened, monospace) with a button that copies all of it: a
    // wrapped hash is easy to copy wrongly into a case file.
    hash_ = new QLabel(this);
    hash_->setObjectName(QStringLiteral("evidenceHash"));
    hash_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    hash_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    copyHash_ = new QToolButton(this);
    copyHash_->setObjectName(QStringLiteral("copyHashButton"));
    copyHash_->setText(tr("Copy"));
    copyHash_->setToolTip(tr("Copy the full SHA-256 of the evidence file to the clipboard"));
    copyHash_->setAutoRaise(true);
    connect(copyHash_, &QToolButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(sha256_); });
    auto* hashRow = new QHBoxLayout;
    hashRow->setContentsMargins(0, 0, 0, 0);
    hashRow->addWidget(hash_, 1);
    hashRow->addWidget(copyHash_);
    hash_->hide();
    copyHash_->hide();

    metadataLine_ = new QLabel(this);
    metadataLine_->setObjectName(QStringLiteral("evidenceMetadata"));
    metadataLine_->setWordWrap(true);
    showMetadata_ = new QToolButton(this);
    showMetadata_->setObjectName(QStringLiteral("showMetadataButton"));
    showMetadata_->setText(tr("Show…"));
    showMetadata_->setToolTip(tr("The file's EXIF, XMP and IPTC (images) or container and stream metadata (videos)"));
    showMetadata_->setAutoRaise(true);
    connect(showMetadata_, &QToolButton::clicked, this, [this] {
        MetadataDialog dialog(fileName_, metadata_, this);
        dialog.exec();
    });
    auto* metadataRow = new QHBoxLayout;
    metadataRow->setContentsMargins(0, 0, 0, 0);
    metadataRow->addWidget(metadataLine_, 1);
    metadataRow->addWidget(showMetadata_);
    metadataLine_->hide();
    showMetadata_->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(media_);
    layout->addLayout(hashRow);
    layout->addLayout(metadataRow);
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
    media_->setText(lines.join(QStringLiteral("<br>")));
    sha256_ = media.sha256;
    hash_->setText(sha256_.size() > 24 ? tr("SHA-256 %1…%2").arg(sha256_.left(16), sha256_.right(8))
                                       : tr("SHA-256 %1").arg(sha256_));
    hash_->setToolTip(sha256_);
    hash_->setVisible(!sha256_.isEmpty());
    copyHash_->setVisible(!sha256_.isEmpty());
    media_->setToolTip(media.path);

    fileName_ = file.fileName();
    metadata_ = media.metadata;
    QString line = metadata_.entries.empty()
                       ? tr("Metadata: none in the file")
                       : tr("Metadata: %n item(s)", nullptr, int(metadata_.entries.size()));
    if (!metadata_.problem.isEmpty())
        line += QStringLiteral(" ") + tr("(not fully read)");
    metadataLine_->setText(line);
    metadataLine_->setToolTip(metadata_.problem);
    metadataLine_->setVisible(!media.path.isEmpty());
    showMetadata_->setVisible(!metadata_.entries.empty() || !metadata_.problem.isEmpty());
}

void EvidencePanel::setModel(const ModelSummary& model) {
    QString text = tr("Model <b>%1</b> on %2<br>fake when P(fake) ≥ %3")
                       .arg(model.name.toHtmlEscaped(), model.device.toHtmlEscaped())
                       .arg(model.threshold, 0, 'g', 3);
    if (model.card.hasInconclusiveBand) // the card's call: inside the band neither fake nor real
        text += QStringLiteral("<br>") + VerdictWords::band(model.card).toHtmlEscaped();
    model_->setText(text);
    model_->setToolTip(model.path);
}

void EvidencePanel::setModelUnavailable() {
    model_->setText(tr("Model: not loaded (see the message above the frame)"));
    model_->setToolTip(QString());
}

QString EvidencePanel::text() const {
    const QString hash = sha256_.isEmpty() ? QString() : tr("SHA-256 %1").arg(sha256_) + QLatin1Char('\n');
    const QString metadata = metadataLine_->text().isEmpty() ? QString() : metadataLine_->text() + QLatin1Char('\n');
    return media_->text() + QLatin1Char('\n') + hash + metadata + model_->text();
}

} // namespace fakelens::ui
