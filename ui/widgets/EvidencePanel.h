#pragma once

#include "session/EngineResources.h"
#include "session/MediaInfo.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace fakelens::ui {

// What is being examined, for the investigator's notes: the file, its size, type, resolution,
// frame rate and SHA-256, and the model that scores it.
class EvidencePanel : public QWidget {
    Q_OBJECT

public:
    explicit EvidencePanel(QWidget* parent = nullptr);

    void setMedia(const MediaInfo& media);
    void setModel(const ModelSummary& model);
    void setModelUnavailable();
    QString text() const;
    QToolButton* copyHashButton() const { return copyHash_; }

private:
    QLabel* media_;
    QLabel* model_;
    QLabel* hash_;
    QToolButton* copyHash_;
    QString sha256_;
};

} // namespace fakelens::ui
