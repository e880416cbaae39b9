#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace fakelens::ui {

// File › Export report…: asks for the case ID and the examiner (remembered between sessions)
// and where to write the PDF, and says what the report will contain. File › New case… uses the
// same dialog for the case ID and the examiner only (Purpose::NewCase: no PDF row, no summary),
// so that one rule refuses an empty case ID in the dialog itself.
class ReportDialog : public QDialog {
    Q_OBJECT

public:
    enum class Purpose { Report, NewCase };

    ReportDialog(const QString& caseId, const QString& examiner, const QString& destination,
                 const QString& contents, QWidget* parent = nullptr, Purpose purpose = Purpose::Report);

    QString caseId() const;
    QString examiner() const;
    // The PDF to write, absolute (a bare file name goes into the proposed folder), with ".pdf"
    // added when it has no suffix.
    QString destination() const;

    QLineEdit* caseIdEdit() const { return caseId_; }
    QLineEdit* examinerEdit() const { return examiner_; }
    QLineEdit* destinationEdit() const { return destination_; }

public Q_SLOTS:
    void accept() override;

private:
    void browse();

    QLineEdit* caseId_;
    QLineEdit* examiner_;
    QLineEdit* destination_;
    QPushButton* export_;
    QLabel* problem_;
    Purpose purpose_;
    QString folder_; // where a file name typed without a folder goes
};

} // namespace fakelens::ui
