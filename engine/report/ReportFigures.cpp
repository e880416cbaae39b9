#include "report/ReportFigures.h"

#include "core/Error.h"
#include "explain/HeatmapRenderer.h"
#include "report/SaliencyScale.h"

#include <QFont>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace fakelens {

namespace {

cv::Mat toRgb8(const cv::Mat& image) {
    if (image.type() == CV_8UC3)
        return image;
    if (image.type() == CV_32FC3) {
        cv::Mat out;
        image.convertTo(out, CV_8UC3, 255.0);
        return out;
    }
    throw Error(ErrorCode::InvalidArgument, "report", "figure images must be CV_8UC3 or CV_32FC3 RGB");
}

// Faces are 256 px; print wants about twice that so that 1-px borders stay crisp.
constexpr int kFigureScale = 2;

cv::Mat enlarge(const cv::Mat& rgb8, int factor = kFigureScale) {
    cv::Mat big;
    cv::resize(rgb8, big, cv::Size(), factor, factor, cv::INTER_NEAREST);
    return big;
}

QFont labelFont(int pixelSize) {
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(pixelSize);
    font.setBold(true);
    return font;
}

// Text with a dark halo, readable on any part of a face.
void drawLabel(QPainter& painter, const QPointF& centre, const QString& text, const QColor& color) {
    const QFontMetricsF metrics(painter.font());
    const QRectF box = metrics.boundingRect(text);
    const QPointF origin(centre.x() - box.width() / 2, centre.y() + metrics.ascent() / 2 - 1);
    QPainterPath path;
    path.addText(origin, painter.font(), text);
    painter.setPen(QPen(QColor(0, 0, 0, 200), 3));
    painter.drawPath(path);
    painter.fillPath(path, color);
}

std::vector<cv::Point2d> centroids(const Segmentation& segments) {
    std::vector<cv::Point2d> sum(size_t(segments.count), cv::Point2d(0, 0));
    std::vector<int> n(size_t(segments.count), 0);
    for (int y = 0; y < segments.labels.rows; ++y) {
        const int* row = segments.labels.ptr<int>(y);
        for (int x = 0; x < segments.labels.cols; ++x) {
            const int s = row[x];
            if (s < 0 || s >= segments.count)
                continue;
            sum[size_t(s)] += cv::Point2d(x, y);
            ++n[size_t(s)];
        }
    }
    for (size_t s = 0; s < sum.size(); ++s)
        if (n[s] > 0)
            sum[s] *= 1.0 / n[s];
    return sum;
}

// A pixel on the border of its segment (a neighbour to the right or below differs).
cv::Mat borderMask(const cv::Mat& labels) {
    cv::Mat mask = cv::Mat::zeros(labels.size(), CV_8U);
    for (int y = 0; y < labels.rows; ++y)
        for (int x = 0; x < labels.cols; ++x) {
            const int s = labels.at<int>(y, x);
            if ((x + 1 < labels.cols && labels.at<int>(y, x + 1) != s) ||
                (y + 1 < labels.rows && labels.at<int>(y + 1, x) != s))
                mask.at<uchar>(y, x) = 255;
        }
    return mask;
}

cv::Mat faceAtSegments(const cv::Mat& face, const Segmentation& segments) {
    cv::Mat rgb = toRgb8(face);
    if (rgb.size() != segments.labels.size())
        cv::resize(rgb, rgb, segments.labels.size(), 0, 0, cv::INTER_AREA);
    return rgb;
}

} // namespace

QImage toQImage(const cv::Mat& image) {
    if (image.empty())
        return {};
    if (image.type() == CV_8UC1)
        return QImage(image.data, image.cols, image.rows, int(image.step), QImage::Format_Grayscale8).copy();
    const cv::Mat rgb = toRgb8(image);
    return QImage(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888).copy();
}

QImage frameWithFace(const ReportFace& face) {
    QImage image = toQImage(face.frameImage).convertToFormat(QImage::Format_RGB32);
    if (image.isNull())
        return image;
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const double s = face.frameScale;
    const double line = std::max(2.0, std::max(image.width(), image.height()) / 250.0);
    if (face.cropCorners.size() == 4 && !face.wholeImage) {
        QPolygonF crop;
        for (const cv::Point2f& p : face.cropCorners)
            crop << QPointF(p.x * s, p.y * s);
        painter.setPen(QPen(QColor(255, 255, 255, 220), line, Qt::DashLine));
        painter.drawPolygon(crop);
    }
    const QRectF box(face.face.box.x * s, face.face.box.y * s, face.face.box.width * s, face.face.box.height * s);
    painter.setPen(QPen(face.fake ? QColor(230, 40, 40) : QColor(40, 200, 80), line));
    painter.drawRect(box.adjusted(line / 2, line / 2, -line / 2, -line / 2));
    return image;
}

QImage segmentMap(const cv::Mat& face, const Segmentation& segments) {
    const cv::Mat rgb = faceAtSegments(face, segments);
    // Larger than the other figures: ~50 numbers must stay legible in print.
    constexpr int kMapScale = 3;
    QImage image = toQImage(enlarge(rgb, kMapScale)).convertToFormat(QImage::Format_RGB32);
    const cv::Mat border = enlarge(borderMask(segments.labels), kMapScale);
    for (int y = 0; y < image.height(); ++y) {
        QRgb* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        const uchar* b = border.ptr<uchar>(y);
        for (int x = 0; x < image.width(); ++x)
            if (b[x])
                line[x] = qRgb(255, 255, 255);
    }
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(labelFont(19));
    const std::vector<cv::Point2d> centres = centroids(segments);
    for (size_t s = 0; s < centres.size(); ++s)
        drawLabel(painter, QPointF((centres[s].x + 0.5) * kMapScale, (centres[s].y + 0.5) * kMapScale),
                  QString::number(s), QColor(255, 255, 120));
    return image;
}

QImage heatmapOverlay(const Explanation& explanation, const cv::Mat& face) {
    return toQImage(enlarge(renderHeatmapOverlay(explanation.saliencyDisplay, face)));
}

QImage heatmapOverlay(const Explanation& explanation, const cv::Mat& face, const SaliencyRange& range) {
    return toQImage(enlarge(renderHeatmapOverlay(scaleForDisplay(explanation.saliency, range), face)));
}

QImage topSegmentsFigure(const cv::Mat& face, const Segmentation& segments, const std::vector<int>& ranking, int k) {
    const cv::Mat rgb = faceAtSegments(face, segments);
    k = std::clamp(k, 0, int(ranking.size()));
    const std::vector<int> top(ranking.begin(), ranking.begin() + k);
    const cv::Mat keep = segments.maskOf(top);
    // Dimmed, not darkened away: the face must stay recognisable around the kept segments.
    cv::Mat dimmed;
    rgb.convertTo(dimmed, CV_8UC3, 0.55);
    rgb.copyTo(dimmed, keep);
    cv::Mat outlined = renderTopSegments(dimmed, segments, ranking, k, cv::Scalar(255, 230, 0));
    QImage image = toQImage(enlarge(outlined)).convertToFormat(QImage::Format_RGB32);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(labelFont(26));
    const std::vector<cv::Point2d> centres = centroids(segments);
    // Rank 1 first; a later label that would overlap an earlier one moves by its own size, or is
    // left out when there is no room (its outline is still drawn).
    std::vector<QRectF> placed;
    const double size = 30;
    const QPointF nudges[] = {{0, 0}, {0, -size}, {0, size}, {-size, 0}, {size, 0}};
    for (int i = 0; i < k; ++i) {
        const int s = top[size_t(i)];
        if (s < 0 || s >= int(centres.size()))
            continue;
        const QPointF centre((centres[size_t(s)].x + 0.5) * kFigureScale, (centres[size_t(s)].y + 0.5) * kFigureScale);
        for (const QPointF& nudge : nudges) {
            const QRectF box(centre + nudge - QPointF(size / 2, size / 2), QSizeF(size, size));
            if (std::any_of(placed.begin(), placed.end(), [&](const QRectF& other) { return other.intersects(box); }))
                continue;
            placed.push_back(box);
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(0, 0, 0, 170));
            painter.drawEllipse(box);
            drawLabel(painter, box.center(), QString::number(i + 1), QColor(255, 230, 0));
            break;
        }
    }
    return image;
}

QImage perturbationFigure(const cv::Mat& original, const cv::Mat& adversarial, double* gain) {
    cv::Mat a, b;
    toRgb8(original).convertTo(a, CV_32FC3, 1.0 / 255);
    toRgb8(adversarial).convertTo(b, CV_32FC3, 1.0 / 255);
    if (a.size() != b.size())
        cv::resize(a, a, b.size(), 0, 0, cv::INTER_AREA);
    const cv::Mat diff = b - a;
    double low = 0, high = 0;
    cv::minMaxLoc(diff.reshape(1), &low, &high);
    const double peak = std::max(std::abs(low), std::abs(high));
    // A whole number, rounded down so that no change clips: the factor is printed next to the
    // figure, in the report and in the workbench alike.
    const double g = peak > 0 ? std::max(1.0, std::floor(0.5 / peak)) : 1.0;
    if (gain)
        *gain = g;
    cv::Mat shown;
    diff.convertTo(shown, CV_32FC3, g, 0.5);
    return toQImage(enlarge(shown));
}

QImage colorScaleWithNumbers(int width, const SaliencyRange& range, const QString& title) {
    QFont font = labelFont(18); // printed at half size: about 7 pt
    font.setBold(false);
    const int height = colorBarHeight(QFontMetrics(font).height());
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setFont(font);
    painter.setPen(Qt::black);
    drawColorBar(painter, image.rect(), colorScale(256, 1), range, title);
    return image;
}

QImage colorScale(int width, int height) {
    cv::Mat ramp(1, width, CV_32F);
    for (int x = 0; x < width; ++x)
        ramp.at<float>(0, x) = float(x) / float(std::max(1, width - 1));
    cv::Mat colours = heatmapColors(ramp);
    cv::Mat tall;
    cv::repeat(colours, height, 1, tall);
    return toQImage(tall);
}

} // namespace fakelens
