#include "case/CaseNotesPanel.h"

#include "core/Timecode.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fakelens::ui {

namespace {

constexpr FindingStatus kStatuses[] = {FindingStatus::Ok, FindingStatus::ToCheck, FindingStatus::Warning};
constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

QString findingStatusText(FindingStatus status) {
    switch (status) {
    case FindingStatus::Ok: return CaseNotesPanel::tr("ok");
    case FindingStatus::ToCheck: return CaseNotesPanel::tr("to check");
    case FindingStatus::Warning: return CaseNotesPanel::tr("warning");
    }
    return {};
}

CaseNotesPanel::CaseNotesPanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("caseNotesPanel"));
    caseLabel_ = new QLabel(this);
    caseLabel_->setWordWrap(true);
    newNote_ = new QLineEdit(this);
    newNote_->setObjectName(QStringLiteral("newNoteEdit"));
    newNote_->setPlaceholderText(tr("New note…"));
    add_ = new QPushButton(tr("Add note"), this);
    add_->setToolTip(tr("Add the note to the case as a whole"));
    bookmark_ = new QPushButton(tr("Bookmark frame"), this);
    bookmark_->setToolTip(tr("Add the note on the shown frame and the selected face (Ctrl+B)"));
    remove_ = new QPushButton(tr("Remove"), this);
    remove_->setToolTip(tr("Remove the selected note from the case (kept in its audit trail)"));

    table_ = new QTableWidget(0, ColumnCount, this);
    table_->setObjectName(QStringLiteral("caseNotesTable"));
    table_->setHorizontalHeaderLabels({tr("Status"), tr("Note"), tr("Where"), tr("By"), tr("When (UTC)")});
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    table_->setWordWrap(true);

    conclusion_ = new QPlainTextEdit(this);
    conclusion_->setObjectName(QStringLiteral("conclusionEdit"));
    conclusion_->setPlaceholderText(tr("The examiner's conclusion, printed on page 1 of the report"));
    saveConclusion_ = new QPushButton(tr("Save conclusion"), this);

    auto* entry = new QHBoxLayout;
    entry->addWidget(newNote_, 1);
    entry->addWidget(add_);
    entry->addWidget(bookmark_);
    entry->addWidget(remove_);
    // The conclusion beside the notes: the bottom dock is wide and low, and the notes need rows.
    auto* conclusionColumn = new QVBoxLayout;
    conclusionColumn->addWidget(new QLabel(tr("Conclusion"), this));
    conclusionColumn->addWidget(conclusion_, 1);
    conclusionColumn->addWidget(saveConclusion_, 0, Qt::AlignRight);
    auto* body = new QHBoxLayout;
    body->addWidget(table_, 3);
    body->addLayout(conclusionColumn, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(caseLabel_);
    layout->addLayout(entry);
    layout->addLayout(body, 1);

    connect(add_, &QPushButton::clicked, this, [this] { emit addRequested(newNote_->text().trimmed()); });
    connect(newNote_, &QLineEdit::returnPressed, this, [this] { emit addRequested(newNote_->text().trimmed()); });
    connect(bookmark_, &QPushButton::clicked, this, [this] { emit bookmarkRequested(newNote_->text().trimmed()); });
    connect(remove_, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedFinding())
            emit removeRequested(id);
    });
    connect(table_, &QTableWidget::cellChanged, this, &CaseNotesPanel::itemEdited);
    connect(table_, &QTableWidget::itemSelectionChanged, this, &CaseNotesPanel::updateButtons);
    connect(table_, &QTableWidget::cellClicked, this, [this](int row, int) {
        if (QTableWidgetItem* item = table_->item(row, TextColumn))
            emit findingActivated(item->data(kIdRole).toLongLong());
    });
    connect(conclusion_, &QPlainTextEdit::textChanged, this, &CaseNotesPanel::updateButtons);
    connect(saveConclusion_, &QPushButton::clicked, this, &CaseNotesPanel::requestConclusionSave);
    conclusion_->installEventFilter(this);
    setCaseName({});
}

void CaseNotesPanel::setCaseName(const QString& name) {
    hasCase_ = !name.isEmpty();
    caseLabel_->setText(hasCase_ ? tr("Notes of the case %1; every change is saved to it at once.").arg(name)
                                 : tr("No case is open: adding a note first asks to save the analysis as a case."));
    setFindings({}, {}, 0);
    setConclusion({}, true);
    conclusion_->setEnabled(hasCase_);
    updateButtons();
}

void CaseNotesPanel::updateButtons() {
    remove_->setEnabled(hasCase_ && selectedFinding() != 0);
    saveConclusion_->setEnabled(hasCase_ && conclusion_->toPlainText() != savedConclusion_);
}

void CaseNotesPanel::setConclusion(const QString& conclusion, bool replaceEdits) {
    // What the examiner typed and has not saved yet stays (a note saved meanwhile refreshes the
    // panel); another case replaces it.
    const bool edited = conclusion_->toPlainText() != savedConclusion_;
    savedConclusion_ = conclusion;
    requestedConclusion_.reset();
    if ((replaceEdits || !edited) && conclusion_->toPlainText() != conclusion)
        conclusion_->setPlainText(conclusion);
    updateButtons();
}

void CaseNotesPanel::requestConclusionSave() {
    const QString text = conclusion_->toPlainText();
    // The button and leaving the field may both ask for the same text: it is saved once.
    if (!hasCase_ || text == savedConclusion_ || text == requestedConclusion_)
        return;
    requestedConclusion_ = text;
    emit conclusionSaveRequested(text);
}

bool CaseNotesPanel::eventFilter(QObject* watched, QEvent* event) {
    // Leaving the conclusion saves it, so that a conclusion typed is not lost unsaved.
    if (watched == conclusion_ && event->type() == QEvent::FocusOut)
        requestConclusionSave();
    // Scrolling the table over a status must not change it (each change is an audited write):
    // the wheel scrolls the table unless the examiner has clicked into that status first.
    auto* combo = qobject_cast<QComboBox*>(watched);
    if (combo && event->type() == QEvent::Wheel && !combo->hasFocus()) {
        QCoreApplication::sendEvent(table_->viewport(), event);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void CaseNotesPanel::setFindings(const std::vector<CaseFinding>& findings, const std::vector<NoteFace>& faces,
                                 double fps) {
    const qint64 selected = selectedFinding();
    filling_ = true;
    table_->clearContents();
    table_->setRowCount(int(findings.size()));
    for (int row = 0; row < int(findings.size()); ++row) {
        const CaseFinding& f = findings[size_t(row)];
        auto* status = new QComboBox(table_);
        for (FindingStatus s : kStatuses)
            status->addItem(findingStatusText(s), int(s));
        status->setCurrentIndex(status->findData(int(f.status)));
        status->setFocusPolicy(Qt::StrongFocus);
        status->installEventFilter(this);
        const qint64 id = f.id;
        connect(status, &QComboBox::activated, this, [this, status, id] {
            emit statusChangeRequested(id, FindingStatus(status->currentData().toInt()));
        });
        table_->setCellWidget(row, StatusColumn, status);

        auto* text = new QTableWidgetItem(f.text);
        text->setData(kIdRole, id);
        text->setToolTip(f.text);
        table_->setItem(row, TextColumn, text);

        QStringList where;
        if (f.faceIndex >= 0) {
            const NoteFace* face = f.faceIndex < int(faces.size()) ? &faces[size_t(f.faceIndex)] : nullptr;
            where << (face && face->trackId >= 0 ? tr("face section %1, track %2").arg(f.faceIndex + 1).arg(face->trackId)
                                                 : tr("face section %1").arg(f.faceIndex + 1));
        }
        if (f.frame >= 0)
            where << (fps > 0 ? tr("frame %1 (%2)").arg(f.frame).arg(QString::fromStdString(timecode(f.frame / fps)))
                              : tr("frame %1").arg(f.frame));
        const QString whereText = where.isEmpty() ? tr("the case") : where.join(QStringLiteral(", "));
        // Only the note's text is edited in place; the other cells show what the file holds.
        const auto readOnly = [](const QString& value) {
            auto* item = new QTableWidgetItem(value);
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            return item;
        };
        table_->setItem(row, WhereColumn, readOnly(whereText));
        table_->setItem(row, AuthorColumn, readOnly(f.author));
        table_->setItem(row, TimeColumn, readOnly(f.created.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    }
    table_->resizeRowsToContents();
    filling_ = false;
    const int row = rowOf(selected);
    if (row >= 0)
        table_->selectRow(row);
    updateButtons();
}

void CaseNotesPanel::itemEdited(int row, int column) {
    if (filling_ || column != TextColumn)
        return;
    QTableWidgetItem* item = table_->item(row, column);
    if (!item)
        return;
    const QString text = item->text().trimmed();
    if (text.isEmpty()) {
        // A note is never emptied: the cell shows again the text the file keeps.
        filling_ = true;
        item->setText(item->toolTip());
        filling_ = false;
        return;
    }
    if (text == item->toolTip())
        return;
    emit textChangeRequested(item->data(kIdRole).toLongLong(), text);
}

qint64 CaseNotesPanel::selectedFinding() const {
    const QList<QTableWidgetItem*> items = table_->selectedItems();
    for (QTableWidgetItem* item : items)
        if (item->column() == TextColumn)
            return item->data(kIdRole).toLongLong();
    return 0;
}

int CaseNotesPanel::rowOf(qint64 id) const {
    for (int row = 0; id != 0 && row < table_->rowCount(); ++row)
        if (table_->item(row, TextColumn) && table_->item(row, TextColumn)->data(kIdRole).toLongLong() == id)
            return row;
    return -1;
}

void CaseNotesPanel::editText(qint64 id) {
    const int row = rowOf(id);
    if (row < 0)
        return;
    table_->selectRow(row);
    table_->editItem(table_->item(row, TextColumn));
}

} // namespace fakelens::ui
