#include "widgets/MetadataDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fakelens::ui {

MetadataDialog::MetadataDialog(const QString& fileName, const EvidenceMetadata& metadata, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("metadataDialog"));
    setWindowTitle(tr("Metadata of %1").arg(fileName));
    auto* note = new QLabel(tr("As stated by the file. Metadata can be edited without trace: it is what the file "
                               "says about itself, not a finding."),
                            this);
    note->setWordWrap(true);
    auto* table = new QTableWidget(int(metadata.entries.size()), 3, this);
    table->setObjectName(QStringLiteral("metadataTable"));
    table->setHorizontalHeaderLabels({tr("Group"), tr("Key"), tr("Value")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < int(metadata.entries.size()); ++row) {
        const MetadataEntry& e = metadata.entries[size_t(row)];
        table->setItem(row, 0, new QTableWidgetItem(e.group));
        table->setItem(row, 1, new QTableWidgetItem(e.key));
        auto* value = new QTableWidgetItem(e.value);
        value->setToolTip(e.value);
        table->setItem(row, 2, value);
    }
    table->resizeColumnsToContents();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(table, 1);
    if (!metadata.problem.isEmpty()) {
        auto* problem = new QLabel(tr("Not fully read: %1").arg(metadata.problem), this);
        problem->setObjectName(QStringLiteral("metadataProblem"));
        problem->setWordWrap(true);
        layout->addWidget(problem);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(620, 420);
}

} // namespace fakelens::ui
