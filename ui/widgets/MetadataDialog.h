#pragma once

#include "media/EvidenceMetadata.h"

#include <QDialog>

namespace fakelens::ui {

// The evidence file's metadata as a read-only table (group, key, value) that can be selected and
// copied; the same items the report's appendix lists.
class MetadataDialog : public QDialog {
    Q_OBJECT

public:
    MetadataDialog(const QString& fileName, const EvidenceMetadata& metadata, QWidget* parent = nullptr);
};

} // namespace fakelens::ui
