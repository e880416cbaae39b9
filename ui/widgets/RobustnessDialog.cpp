#include "widgets/RobustnessDialog.h"

#include "widgets/VerdictColors.h"
#include "widgets/VerdictWords.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fakelens::ui {

RobustnessDialog::RobustnessDialog(QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("robustnessDialog"));
    setWindowTitle(tr("Robustness of the verdict"));
    caption_ = new QLabel(this);
    caption_->setObjectName(QStringLiteral("robustnessCaption"));
    caption_->setWordWrap(true);
    auto* note = new QLabel(tr("The face re-scored after JPEG re-encoding of the frame, downscaling of the frame and "
                               "a one-pixel shift of the face. A verdict that flips under any of these is unstable."),
                            this);
    note->setWordWrap(true);
    table_ = new QTableWidget(0, 4, this);
    table_->setObjectName(QStringLiteral("robustnessTable"));
    table_->setHorizontalHeaderLabels({tr("Variant"), tr("P(fake)"), tr("Change"), tr("Verdict")});
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    spread_ = new QLabel(this);
    spread_->setObjectName(QStringLiteral("robustnessSpread"));
    flag_ = new QLabel(this);
    flag_->setObjectName(QStringLiteral("robustnessFlag"));
    flag_->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(caption_);
    layout->addWidget(note);
    layout->addWidget(table_, 1);
    layout->addWidget(spread_);
    layout->addWidget(flag_);
    layout->addWidget(buttons);
    resize(540, 540); // the ten rows without scrolling
}

QString RobustnessDialog::variantText(const std::string& name) {
    if (name.rfind("jpeg", 0) == 0)
        return tr("JPEG quality %1").arg(QString::fromStdString(name.substr(4)));
    if (name.rfind("scale", 0) == 0)
        return tr("downscaled × %1").arg(QString::fromStdString(name.substr(5)));
    if (name == "shift-right")
        return tr("shifted 1 px right");
    if (name == "shift-down")
        return tr("shifted 1 px down");
    if (name == "shift-left")
        return tr("shifted 1 px left");
    if (name == "shift-up")
        return tr("shifted 1 px up");
    return QString::fromStdString(name);
}

void RobustnessDialog::showRunning(const QString& caption) {
    caption_->setText(caption);
    table_->setRowCount(0);
    spread_->setText(tr("Re-scoring nine variants…"));
    flag_->clear();
    flag_->setStyleSheet({});
}

void RobustnessDialog::showMessage(const QString& text) {
    table_->setRowCount(0);
    spread_->setText(text);
    flag_->clear();
    flag_->setStyleSheet({});
}

void RobustnessDialog::showResult(const RobustnessResult& result, const QString& caption) {
    caption_->setText(caption);
    auto verdictItem = [](FaceCall call) {
        auto* item = new QTableWidgetItem(VerdictWords::of(call));
        item->setForeground(verdictColor(call));
        return item;
    };
    table_->setRowCount(int(result.variants.size()) + 1);
    table_->setItem(0, 0, new QTableWidgetItem(tr("original")));
    table_->setItem(0, 1, new QTableWidgetItem(QString::number(result.originalFakeProbability, 'f', 4)));
    table_->setItem(0, 2, new QTableWidgetItem(QString()));
    table_->setItem(0, 3, verdictItem(result.originalCall));
    for (int i = 0; i < int(result.variants.size()); ++i) {
        const RobustnessVariant& v = result.variants[size_t(i)];
        table_->setItem(i + 1, 0, new QTableWidgetItem(variantText(v.name)));
        table_->setItem(i + 1, 1, new QTableWidgetItem(QString::number(v.fakeProbability, 'f', 4)));
        table_->setItem(i + 1, 2,
                        new QTableWidgetItem(QString::asprintf("%+.4f", v.fakeProbability - result.originalFakeProbability)));
        QTableWidgetItem* verdict = verdictItem(v.call);
        if (v.call != result.originalCall)
            verdict->setText(tr("%1 (flips)").arg(verdict->text()));
        table_->setItem(i + 1, 3, verdict);
    }
    table_->resizeColumnsToContents();
    spread_->setText(tr("P(fake) from %1 to %2; largest change %3")
                         .arg(result.minFakeProbability, 0, 'f', 4)
                         .arg(result.maxFakeProbability, 0, 'f', 4)
                         .arg(result.maxAbsChange, 0, 'f', 4));
    if (result.unstable) {
        flag_->setText(tr("UNSTABLE: the verdict changes under at least one variant."));
        flag_->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; color: white; background: %1; padding: 4px; }")
                                 .arg(fakeColor().name()));
    } else {
        flag_->setText(tr("Stable: every variant keeps the verdict."));
        flag_->setStyleSheet(QStringLiteral("QLabel { font-weight: bold; color: %1; }").arg(realColor().name()));
    }
}

} // namespace fakelens::ui
