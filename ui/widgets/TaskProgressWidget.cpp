#include "widgets/TaskProgressWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

#include <cmath>

namespace fakelens::ui {

TaskProgressWidget::TaskProgressWidget(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("taskProgress"));
    label_ = new QLabel(this);
    label_->setObjectName(QStringLiteral("taskText"));
    bar_ = new QProgressBar(this);
    bar_->setObjectName(QStringLiteral("taskBar"));
    bar_->setFixedWidth(160);
    bar_->setRange(0, 100);
    cancel_ = new QPushButton(tr("Cancel"), this);
    cancel_->setObjectName(QStringLiteral("cancelButton"));
    cancel_->setToolTip(tr("Stop the running work (Esc)"));
    cancel_->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label_, 1);
    layout->addWidget(bar_);
    layout->addWidget(cancel_);
    connect(cancel_, &QPushButton::clicked, this, &TaskProgressWidget::cancelRequested);
    hideTask();
}

void TaskProgressWidget::showTask(const QString& text, double fraction, bool cancellable) {
    label_->setText(text);
    if (fraction < 0) {
        bar_->setRange(0, 0);
    } else {
        bar_->setRange(0, 100);
        bar_->setValue(int(std::lround(fraction * 100)));
    }
    bar_->show();
    label_->show();
    cancel_->setVisible(cancellable);
}

void TaskProgressWidget::hideTask() {
    label_->clear();
    label_->hide();
    bar_->hide();
    cancel_->hide();
}

QString TaskProgressWidget::text() const { return label_->text(); }

} // namespace fakelens::ui
