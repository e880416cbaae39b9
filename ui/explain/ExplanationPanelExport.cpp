// ExplanationPanel's exports (the Export buttons): kept apart from the panel's display code so
// that both stay short; the figures themselves are drawn by FigureExport.
#include "explain/ExplanationPanel.h"

#include "explain/ExplainerRegistry.h"

#include "explain/ColorLegend.h"
#include "explain/FigureExport.h"
#include "explain/HeatmapView.h"
#include "explain/SegmentInspector.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>

namespace fakelens::ui {

FigureContext ExplanationPanel::figureContext(int index) const {
    FigureContext c;
    const Explanation& e = report_->explanations[size_t(index)];
    c.method = QString::fromStdString(e.method);
    if (scaleMode_ == ScaleMode::Shared && report_->explanations.size() > 1)
        c.pairedWith = QString::fromStdString(report_->explanations[size_t(1 - index)].method);
    c.range = ranges_.at(size_t(index));
    c.units = unitsOf(e.method);
    c.ramp = legend_->ramp();
    c.seed = seed_;
    c.faceId = subject_.faceId;
    c.frameNumber = subject_.inVideo ? subject_.frameIndex : -1;
    c.sha256 = sha256_;
    return c;
}

QString ExplanationPanel::unitsOf(const std::string& method) const {
    return QCoreApplication::translate("MethodText", methodDescriptor(parseMethodName(method).base).scoreLabel.c_str());
}

bool ExplanationPanel::writeViewPng(int index, const QString& path) const {
    HeatmapView* views[] = {classicView_, adversarialView_};
    if (!report_ || index < 0 || index >= int(std::min<size_t>(2, report_->explanations.size())))
        return false;
    const QImage image = views[index]->composedImage();
    if (image.isNull())
        return false;
    const FigureContext context = figureContext(index);
    return FigureExport::savePng(FigureExport::captioned(image, context), FigureExport::metadata(context), path);
}

bool ExplanationPanel::writeComparison(const QString& path) const {
    if (!report_ || report_->explanations.size() < 2)
        return false;
    QStringList notes;
    for (int i = 0; i < 2; ++i) {
        const Explanation& e = report_->explanations[size_t(i)];
        QStringList top;
        for (size_t r = 0; r < std::min<size_t>(5, e.ranking.size()); ++r) {
            const int segment = e.ranking[r];
            top << QStringLiteral("%1 (%2)").arg(segment).arg(e.segmentScores.at(size_t(segment)), 0, 'g', 3);
        }
        notes << tr("%1 top segments (score): %2").arg(QString::fromStdString(e.method), top.join(QStringLiteral(", ")));
    }
    if (inspector_->segment() >= 0)
        notes << inspector_->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QImage left = classicView_->composedImage();
    const QImage right = adversarialView_->composedImage();
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        return FigureExport::saveComparisonSvg(path, left, right, figureContext(0), figureContext(1), notes);
    const FigureContext context = figureContext(0);
    return FigureExport::savePng(FigureExport::comparison(left, right, context, figureContext(1), notes),
                                 FigureExport::metadata(context), path);
}

void ExplanationPanel::exportView(int index) {
    if (!report_ || index >= int(report_->explanations.size()))
        return;
    const QString method = QString::fromStdString(report_->explanations[size_t(index)].method);
    const QString suggested = tr("face%1_frame%2_%3.png").arg(subject_.faceId).arg(subject_.frameIndex).arg(method);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export view"), suggested, tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!writeViewPng(index, path))
        QMessageBox::warning(this, tr("Export view"), tr("Could not write “%1”.").arg(path));
}

void ExplanationPanel::exportComparison() {
    if (!report_ || report_->explanations.size() < 2)
        return;
    const QString suggested = tr("face%1_frame%2_%3_comparison.png").arg(subject_.faceId).arg(subject_.frameIndex).arg(subject_.method);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export comparison"), suggested,
                                                      tr("PNG images (*.png);;SVG drawings (*.svg)"));
    if (path.isEmpty())
        return;
    if (!writeComparison(path))
        QMessageBox::warning(this, tr("Export comparison"), tr("Could not write “%1”.").arg(path));
}

} // namespace fakelens::ui
