// EvaluationPanel's table: one row per ranking, P(fake) after the top-k attack (tinted by the
// card's call of that score), the sufficiency and the first k that flips. Kept apart from the
// panel's layout and picker so that each file stays readable.
#include "evaluate/EvaluationPanel.h"

#include "evaluate/FaceEvaluator.h"
#include "evaluate/Rankings.h"
#include "widgets/VerdictColors.h"

#include <QHeaderView>
#include <QTableWidget>

#include <algorithm>
#include <optional>

namespace fakelens::ui {

namespace {

QColor tint(const QColor& color) {
    QColor c = color;
    c.setAlpha(55);
    return c;
}

QTableWidgetItem* numberItem(double value, const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, value);
    item->setTextAlignment(Qt::AlignCenter);
    return item;
}

QString budgetText(int budget) {
    if (budget == kBudgetNotMeasured)
        return EvaluationPanel::tr("not measured");
    if (budget == kBudgetNeverFlipped)
        return EvaluationPanel::tr("never flipped");
    return EvaluationPanel::tr("%1/255").arg(budget);
}

} // namespace

void EvaluationPanel::fillTable(const FaceEvaluation& r) {
    int topK = 0;
    for (const MethodEvaluation& m : r.methods)
        topK = std::max(topK, int(m.attacks.size()));
    shownTopK_ = topK;
    QStringList headers{tr("Method")};
    for (int k = 1; k <= topK; ++k)
        headers << tr("P(fake)\nk=%1").arg(k);
    for (int k = 1; k <= topK; ++k)
        headers << tr("suff.\nk=%1").arg(k);
    headers << tr("flips\nat k");
    table_->clear();
    table_->setColumnCount(int(headers.size()));
    table_->setHorizontalHeaderLabels(headers);
    table_->setRowCount(int(r.methods.size()));
    table_->horizontalHeaderItem(0)->setToolTip(tr("The ranking's method; RANDOM is the baseline"));
    for (int k = 1; k <= topK; ++k) {
        table_->horizontalHeaderItem(fakeColumn(k))
            ->setToolTip(card_.hasInconclusiveBand
                             ? tr("P(fake) after attacking the top-%1 segments (red: fake, orange: inconclusive, "
                                  "green: real)").arg(k)
                             : tr("P(fake) after attacking the top-%1 segments (red: still fake, green: now real)").arg(k));
        table_->horizontalHeaderItem(sufficiencyColumn(k))
            ->setToolTip(tr("Sufficiency at k=%1: P(fake) before minus P(fake) after the attack").arg(k));
    }
    table_->horizontalHeaderItem(int(headers.size()) - 1)->setToolTip(tr("The smallest k whose attack flipped the verdict"));

    for (int row = 0; row < int(r.methods.size()); ++row) {
        const MethodEvaluation& m = r.methods[size_t(row)];
        const QString method = QString::fromStdString(m.method);
        auto* name = new QTableWidgetItem(method);
        QStringList top;
        for (size_t i = 0; i < m.ranking.size() && i < size_t(topK); ++i)
            top << QString::number(m.ranking[i]);
        name->setToolTip(method == QLatin1String(kRandomMethod)
                             ? tr("RANDOM: top segments %1").arg(top.join(QStringLiteral(", ")))
                             : tr("%1: top segments %2; explained in %3 s with %4 inferences")
                                   .arg(method, top.join(QStringLiteral(", ")))
                                   .arg(m.seconds, 0, 'f', 1)
                                   .arg(m.inferences));
        table_->setItem(row, 0, name);
        int flipsAt = 0;
        for (size_t i = 0; i < m.attacks.size(); ++i) {
            const AttackOutcome& o = m.attacks[i];
            if (o.k < 1 || o.k > topK)
                continue;
            QString details = tr("%1, top-%2: P(fake) %3 -> %4, %5 NES steps, %6 inferences, L∞ %7/255, "
                                 "minimal budget %8")
                                  .arg(method)
                                  .arg(o.k)
                                  .arg(r.fakeProbability, 0, 'f', 3)
                                  .arg(o.fakeProbabilityAfter, 0, 'f', 3)
                                  .arg(o.iterations)
                                  .arg(o.inferences)
                                  .arg(o.linf * 255.0, 0, 'f', 1)
                                  .arg(budgetText(o.minimalBudget));
            // Marked with † as the report marks it: equal numbers in two rows are one attack, not
            // two attacks that happened to agree.
            const std::optional<AttackPosition> origin = attackOrigin(r, size_t(row), i);
            const bool copied = o.reused && origin.has_value();
            if (copied)
                details += QLatin1Char('\n') + tr("The same segments as %1 top-%2: one attack, shown in both rows.")
                                                   .arg(QString::fromStdString(r.methods[origin->method].method))
                                                   .arg(r.methods[origin->method].attacks[origin->attack].k);
            const QString mark = copied ? QStringLiteral(" †") : QString();
            QTableWidgetItem* after =
                numberItem(o.fakeProbabilityAfter, QString::number(o.fakeProbabilityAfter, 'f', 3) + mark);
            after->setBackground(tint(verdictColor(card_.call(o.fakeProbabilityAfter))));
            after->setToolTip(details);
            table_->setItem(row, fakeColumn(o.k), after);
            QTableWidgetItem* sufficiency = numberItem(o.sufficiency, QString::number(o.sufficiency, 'f', 3) + mark);
            sufficiency->setToolTip(details);
            table_->setItem(row, sufficiencyColumn(o.k), sufficiency);
            if (o.flipped && flipsAt == 0)
                flipsAt = o.k;
        }
        QTableWidgetItem* flips = numberItem(flipsAt, flipsAt > 0 ? QString::number(flipsAt) : QStringLiteral("—"));
        // "Flipped" is the paper's test (P(fake) below the threshold); inside a band that is not "real".
        flips->setToolTip(flipsAt == 0 ? tr("The verdict did not flip for any k up to %1").arg(topK)
                          : card_.hasInconclusiveBand
                              ? tr("P(fake) fell below the threshold when the top-%1 segments were attacked").arg(flipsAt)
                              : tr("The verdict flipped to real when the top-%1 segments were attacked").arg(flipsAt));
        table_->setItem(row, int(headers.size()) - 1, flips);
    }
    QHeaderView* header = table_->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table_->setFixedHeight(header->sizeHint().height() + kRowHeight * table_->rowCount() + 2 * table_->frameWidth() + 2);
}

} // namespace fakelens::ui
