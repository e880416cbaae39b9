#include "evaluate/EvaluationPanel.h"

#include "evaluate/AttackedFacesView.h"
#include "evaluate/EvaluationChart.h"
#include "explain/ExplainerRegistry.h"
#include "widgets/VerdictWords.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fakelens::ui {

namespace {

// The picker's tooltip of a method, also when the detector's gradients come back.
QString pickerToolTip(const QString& base, bool adversarial) {
    return adversarial ? EvaluationPanel::tr("%1 with the hidden parts filled from the NES adversarial sample").arg(base)
                       : EvaluationPanel::tr("%1 with its classic fill").arg(base);
}

} // namespace

EvaluationPanel::EvaluationPanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("evaluationPanel"));
    header_ = new QLabel(this);
    header_->setObjectName(QStringLiteral("evaluationHeader"));
    header_->setWordWrap(true);
    QFont bold = header_->font();
    bold.setBold(true);
    header_->setFont(bold);
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("evaluationStatus"));
    status_->setWordWrap(true);

    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("evaluationSummary"));
    summary_->setWordWrap(true);
    table_ = new QTableWidget(this);
    table_->setObjectName(QStringLiteral("evaluationTable"));
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(kRowHeight);
    table_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    verdictChart_ = new EvaluationChart(EvaluationChart::Measure::FakeProbabilityAfter, true, this);
    verdictChart_->setMinimumHeight(250);
    sufficiencyChart_ = new EvaluationChart(EvaluationChart::Measure::Sufficiency, false, this);
    sufficiencyChart_->setMinimumHeight(200);
    attacked_ = new AttackedFacesView(this);

    results_ = new QWidget(this);
    auto* resultsLayout = new QVBoxLayout(results_);
    resultsLayout->setContentsMargins(0, 0, 4, 0);
    resultsLayout->addWidget(summary_);
    resultsLayout->addWidget(table_);
    resultsLayout->addWidget(verdictChart_);
    resultsLayout->addWidget(sufficiencyChart_);
    resultsLayout->addWidget(attacked_);
    resultsLayout->addStretch(1);
    scroll_ = new QScrollArea(this);
    scroll_->setObjectName(QStringLiteral("evaluationScroll"));
    scroll_->setWidgetResizable(true);
    scroll_->setFrameShape(QFrame::NoFrame);
    scroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll_->setWidget(results_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(buildPicker());
    layout->addWidget(header_);
    layout->addWidget(status_);
    layout->addWidget(scroll_, 1);

    connect(table_, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && table_->item(row, 0))
            attacked_->showMethod(table_->item(row, 0)->text());
    });
    clear(tr("Select a face the detector calls fake, pick the methods and press Evaluate."));
}

EvaluationPanel::~EvaluationPanel() = default;

QWidget* EvaluationPanel::buildPicker() {
    auto* box = new QWidget(this);
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(2);
    // A method's classic form above its _adv form, four methods to a row, so the names fit the
    // dock at the default window width (in one row of seven they were cut, "OCCLUSIO").
    constexpr int kMethodsPerRow = 4;
    int slot = 0;
    for (const std::string& base : explainerNames()) {
        const int forms = methodDescriptor(base).hasAdversarialForm ? 2 : 1;
        for (int adversarial = 0; adversarial < forms; ++adversarial) {
            const QString name = QString::fromStdString(base) + (adversarial ? QStringLiteral("_adv") : QString());
            auto* check = new QCheckBox(name, box);
            check->setObjectName(QStringLiteral("evaluateMethod_%1").arg(name));
            check->setChecked(true);
            check->setToolTip(pickerToolTip(QString::fromStdString(base), adversarial != 0));
            grid->addWidget(check, (slot / kMethodsPerRow) * 2 + adversarial, slot % kMethodsPerRow);
            methodBoxes_.insert(name, check);
        }
        ++slot;
    }
    random_ = new QCheckBox(tr("RANDOM baseline"), box);
    random_->setObjectName(QStringLiteral("evaluateRandomBaseline"));
    random_->setChecked(true);
    random_->setToolTip(tr("A random ranking of the segments, attacked the same way: an explanation is useful "
                           "only where it does better than this"));
    grid->addWidget(random_, (slot / kMethodsPerRow) * 2, slot % kMethodsPerRow);
    auto* all = new QPushButton(tr("All"), box);
    all->setObjectName(QStringLiteral("evaluateAllMethods"));
    all->setToolTip(tr("Check every method (press again to clear them)"));
    all->setAutoDefault(false);
    grid->addWidget(all, (slot / kMethodsPerRow) * 2 + 1, slot % kMethodsPerRow, Qt::AlignLeft);
    grid->setColumnStretch(kMethodsPerRow, 1);
    connect(all, &QPushButton::clicked, this, [this] {
        const bool allChecked = checkedMethods().size() == methodBoxes_.size();
        for (QCheckBox* c : std::as_const(methodBoxes_))
            c->setChecked(!allChecked);
    });

    topK_ = new QSpinBox(box);
    topK_->setObjectName(QStringLiteral("evaluateTopK"));
    topK_->setRange(1, 10);
    topK_->setValue(3);
    topK_->setPrefix(tr("top-k "));
    topK_->setToolTip(tr("Attack the top-1, top-2, ... top-k segments of each ranking (the paper: 3)"));
    iterations_ = new QSpinBox(box);
    iterations_->setObjectName(QStringLiteral("evaluateIterations"));
    iterations_->setRange(1, 1000);
    iterations_->setValue(50);
    iterations_->setPrefix(tr("NES steps "));
    iterations_->setToolTip(tr("M, the most NES steps of each attack (the paper: 50)"));
    samples_ = new QSpinBox(box);
    samples_->setObjectName(QStringLiteral("evaluateSamples"));
    samples_->setRange(16, 100000);
    samples_->setSingleStep(250);
    samples_->setValue(250);
    samples_->setSuffix(tr(" samples"));
    samples_->setToolTip(tr("Samples per method for the explanations that are evaluated (each sampling method's count; "
                            "the others follow their own rule). Small for a quick look; the paper uses 2000, "
                            "raise it for results that go into a case file."));
    evaluate_ = new QPushButton(tr("Evaluate"), box);
    evaluate_->setObjectName(QStringLiteral("evaluateButton"));
    evaluate_->setToolTip(tr("Attack the top-k segments of each checked method's ranking for the selected face"));
    evaluate_->setAutoDefault(false);

    auto* controls = new QHBoxLayout;
    controls->addWidget(topK_);
    controls->addWidget(iterations_);
    controls->addWidget(samples_);
    controls->addStretch(1);
    controls->addWidget(evaluate_);

    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(grid);
    layout->addLayout(controls);

    connect(evaluate_, &QPushButton::clicked, this, [this] {
        if (running_)
            emit stopRequested();
        else
            emit evaluateRequested();
    });
    for (QSpinBox* spin : {topK_, iterations_, samples_})
        connect(spin, qOverload<int>(&QSpinBox::valueChanged), this, &EvaluationPanel::parametersChanged);
    return box;
}

void EvaluationPanel::setCheckedMethods(const QStringList& methods, bool randomBaseline) {
    for (auto it = methodBoxes_.begin(); it != methodBoxes_.end(); ++it)
        it.value()->setChecked(methods.isEmpty() || methods.contains(it.key(), Qt::CaseInsensitive));
    random_->setChecked(randomBaseline);
}

QStringList EvaluationPanel::checkedMethods() const {
    QStringList methods;
    for (const std::string& name : allMethodNames()) {
        const QString method = QString::fromStdString(name);
        if (QCheckBox* box = methodBoxes_.value(method); box && box->isChecked() && box->isEnabled())
            methods << method;
    }
    return methods;
}

void EvaluationPanel::setDetectorGradients(bool gradients) {
    for (const MethodDescriptor* m : methodDescriptors()) {
        if (!m->needsGradients)
            continue;
        if (QCheckBox* box = methodBoxes_.value(QString::fromStdString(m->name))) {
            box->setEnabled(gradients);
            box->setToolTip(gradients ? pickerToolTip(QString::fromStdString(m->name), false)
                                      : tr("%1 needs the detector's gradients; the loaded model gives none")
                                            .arg(QString::fromStdString(m->name)));
        }
    }
}

void EvaluationPanel::setModelCard(const ModelCard& card) { card_ = card; }

bool EvaluationPanel::randomBaseline() const { return random_->isChecked(); }

void EvaluationPanel::setParameters(int topK, int attackIterations, int samples) {
    const QSignalBlocker a(topK_), b(iterations_), c(samples_);
    topK_->setValue(topK);
    iterations_->setValue(attackIterations);
    samples_->setValue(samples);
}

int EvaluationPanel::topK() const { return topK_->value(); }

int EvaluationPanel::attackIterations() const { return iterations_->value(); }

int EvaluationPanel::samples() const { return samples_->value(); }

QString EvaluationPanel::headerText() const { return header_->text(); }

QString EvaluationPanel::statusText() const { return status_->text(); }

void EvaluationPanel::setStatusText(const QString& text) {
    status_->setText(text);
    status_->setVisible(!text.isEmpty());
}

void EvaluationPanel::setRunning(bool running) {
    running_ = running;
    evaluate_->setText(running ? tr("Stop") : tr("Evaluate"));
    evaluate_->setToolTip(running ? tr("Stop the running evaluation (Esc)")
                                  : tr("Attack the top-k segments of each checked method's ranking for the selected face"));
}

QString EvaluationPanel::subjectText(const EvaluationSubject& subject) const {
    if (subject.inVideo)
        return tr("Evaluation of face #%1, frame %2").arg(subject.faceId).arg(subject.frameIndex);
    return tr("Evaluation of face #%1").arg(subject.faceId);
}

void EvaluationPanel::showRunning(const EvaluationSubject& subject) {
    if (!result_) {
        header_->setText(subjectText(subject));
        header_->show();
    }
    setStatusText(tr("Evaluating %n method(s)… (Esc, Stop or Cancel in the status bar stops it)", nullptr,
                     int(subject.methods.size()) + (subject.settings.randomBaseline ? 1 : 0)));
}

void EvaluationPanel::clear(const QString& reason) {
    result_.reset();
    shownTopK_ = 0;
    header_->clear();
    header_->hide();
    setStatusText(reason);
    table_->clear();
    table_->setRowCount(0);
    table_->setColumnCount(0);
    verdictChart_->clear();
    sufficiencyChart_->clear();
    attacked_->clear();
    results_->setVisible(false);
}

void EvaluationPanel::showResult(std::shared_ptr<const FaceEvaluation> result, const EvaluationSubject& subject) {
    result_ = std::move(result);
    subject_ = subject;
    const FaceEvaluation& r = *result_;
    // The verdict is the model card's call (its inconclusive band included), as in the face list;
    // whether the face is attacked (calledFake) is the engine's threshold test, the paper's.
    const FaceCall call = card_.call(r.fakeProbability);
    header_->setText(tr("%1 · P(fake) %2 (%3)")
                         .arg(subjectText(subject).toHtmlEscaped())
                         .arg(r.fakeProbability, 0, 'f', 3)
                         .arg(VerdictWords::coloured(call)));
    header_->show();
    if (!r.calledFake) {
        setStatusText(tr("The detector calls this face %1 (P(fake) %2 below the threshold %3). Only faces at or "
                         "above the threshold are attacked, so there is nothing to evaluate.")
                          .arg(VerdictWords::of(call))
                          .arg(r.fakeProbability, 0, 'f', 3)
                          .arg(subject.threshold, 0, 'f', 2));
        table_->setRowCount(0);
        results_->setVisible(false);
        return;
    }
    setStatusText(QString());
    const EvaluationSettings& s = subject.settings;
    bool copies = false;
    for (const MethodEvaluation& m : r.methods)
        for (const AttackOutcome& o : m.attacks)
            copies = copies || o.reused;
    QString summary =
        tr("Each ranking of the face's %1 segments is tested by letting NES change only its top-k segments (at most "
           "%2/255 per pixel, %3 steps). If the explanation found what the detector relies on, P(fake) falls (high "
           "sufficiency) and the verdict may flip to real. %4 samples per sampling method, seed %5, %6 s.")
            .arg(r.segments.count)
            .arg(s.attack.epsilon * 255.0, 0, 'g', 3)
            .arg(s.attack.maxIterations)
            .arg(s.explainer.samples())
            .arg(s.seed)
            .arg(r.seconds, 0, 'f', 1);
    if (s.randomBaseline)
        summary += QLatin1Char(' ') + tr("RANDOM ranks the segments at random: a method should do better.");
    if (copies)
        summary += QLatin1Char(' ') + tr("†: the same top-k segments as another row, so one attack shown in both "
                                         "(its tooltip names the row).");
    summary_->setText(summary);
    fillTable(r);
    verdictChart_->showEvaluation(r, card_);
    sufficiencyChart_->showEvaluation(r, card_);
    attacked_->showEvaluation(result_, card_, s.attack.epsilon * 255.0);
    results_->setVisible(true);
}

} // namespace fakelens::ui
