#pragma once

#include "session/EngineResources.h"
#include "session/MediaInfo.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace fakelens::ui {

// What is being examined, for the investigator's notes: the file, its size, type, resolution,
// frame rate, SHA-256 and metadata (in a dialog), and the model that scores it.
class EvidencePanel : public QWidget {
    Q_OBJECT

public:
    explicit EvidencePanel(QWidget* parent = nullptr);

    void setMedia(const MediaInfo& media);
    void setModel(const ModelSummary& model);
    void setModelUnavailable();
    QString text() const;
    QToolButton* copyHashButton() const { return copyHash_; }
    QToolButton* showMetadataButton() const { return showMetadata_; }

private:
    QLabel* media_;
    QLabel* model_;
    QLabel* hash_;
    QToolButton* copyHash_;
    QLabel* metadataLine_;
    QToolButton* showMetadata_;
    QString sha256_;
    QString fileName_;
    EvidenceMetadata metadata_;
};

} // namespace fakelens::ui
