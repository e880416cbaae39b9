#include "report/ReportDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace fakelens::ui {

ReportDialog::ReportDialog(const QString& caseId, const QString& examiner, const QString& destination,
                           const QString& contents, QWidget* parent, Purpose purpose)
    : QDialog(parent), purpose_(purpose), folder_(QFileInfo(destination).absolutePath()) {
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Export report"));
    caseId_ = new QLineEdit(caseId, this);
    caseId_->setObjectName(QStringLiteral("reportCaseId"));
    caseId_->setPlaceholderText(tr("e.g. 2025-0417"));
    caseId_->setToolTip(tr("Printed in the header and on every page of the report"));
    examiner_ = new QLineEdit(examiner, this);
    examiner_->setObjectName(QStringLiteral("reportExaminer"));
    examiner_->setPlaceholderText(tr("your name"));
    destination_ = new QLineEdit(QDir::toNativeSeparators(destination), this);
    destination_->setObjectName(QStringLiteral("reportDestination"));
    destination_->setMinimumWidth(420);
    auto* browse = new QPushButton(tr("Browse…"), this);
    browse->setAutoDefault(false);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(destination_, 1);
    fileRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("Case ID:"), caseId_);
    form->addRow(tr("Examiner:"), examiner_);
    form->addRow(tr("PDF file:"), fileRow);

    auto* summary = new QLabel(contents, this);
    summary->setObjectName(QStringLiteral("reportContents"));
    summary->setWordWrap(true);
    summary->setTextFormat(Qt::RichText);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    export_ = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    export_->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ReportDialog::browse);

    // Problems with what was typed are shown here, in the dialog, where they can be fixed.
    problem_ = new QLabel(this);
    problem_->setObjectName(QStringLiteral("reportProblem"));
    problem_->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
    problem_->setWordWrap(true);
    problem_->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(problem_);
    layout->addWidget(summary);
    layout->addWidget(buttons);

    if (purpose_ == Purpose::NewCase) {
        setObjectName(QStringLiteral("newCaseDialog"));
        setWindowTitle(tr("New case"));
        caseId_->setToolTip(tr("Stored in the case file and printed on every page of its reports"));
        form->setRowVisible(fileRow, false);
        summary->hide();
        export_->setText(tr("Create case"));
        caseId_->setMinimumWidth(360); // room for the problem text without the PDF row's width
    }
}

QString ReportDialog::caseId() const { return caseId_->text().trimmed(); }

QString ReportDialog::examiner() const { return examiner_->text().trimmed(); }

QString ReportDialog::destination() const {
    QString path = QDir::fromNativeSeparators(destination_->text().trimmed());
    if (path.isEmpty())
        return {};
    if (path.startsWith(QLatin1String("~/")))
        path = QDir::homePath() + path.mid(1);
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    return QDir(folder_).absoluteFilePath(path);
}

void ReportDialog::browse() {
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export report"), destination(),
                                                        tr("PDF documents (*.pdf)"));
    if (!chosen.isEmpty())
        destination_->setText(QDir::toNativeSeparators(chosen));
}

void ReportDialog::accept() {
    if (caseId().isEmpty()) {
        problem_->setText(purpose_ == Purpose::NewCase
                              ? tr("Give the case ID: the case file and every report made from it carry it, so that "
                                   "it cannot be mixed up with another case.")
                              : tr("Give the case ID: the report prints it on every page so that it cannot be "
                                   "mixed up with another case."));
        problem_->show();
        if (purpose_ == Purpose::NewCase)
            adjustSize(); // the small dialog grows to show the whole problem text
        caseId_->setFocus();
        return;
    }
    problem_->hide();
    if (purpose_ == Purpose::NewCase) {
        QDialog::accept(); // the case file is chosen next, with the file dialog of Save case as…
        return;
    }
    const QString path = destination();
    if (path.isEmpty()) {
        QMessageBox::warning(this, tr("Export report"), tr("Choose where to write the report."));
        return;
    }
    const QFileInfo target(path);
    if (target.isDir()) {
        QMessageBox::warning(this, tr("Export report"), tr("“%1” is a folder; give a file name.").arg(path));
        return;
    }
    if (target.exists() &&
        QMessageBox::question(this, tr("Export report"), tr("“%1” exists. Replace it?").arg(target.fileName()),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    QDialog::accept();
}

} // namespace fakelens::ui
