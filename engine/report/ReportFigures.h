#pragma once

#include "explain/Explainer.h"
#include "explain/Segmentation.h"
#include "report/ReportInput.h"
#include "report/SaliencyScale.h"

#include <QImage>

#include <opencv2/core/mat.hpp>

#include <vector>

namespace fakelens {

// The pictures of a face section, as QImages the report embeds. All take RGB cv::Mats
// (CV_8UC3, or CV_32FC3 in [0,1]) and return deep copies. Small images (256 px faces) are
// upscaled with nearest-neighbour so segment borders stay sharp in print.

// A cv::Mat (CV_8UC3 / CV_32FC3 RGB, or CV_8UC1) as a QImage.
QImage toQImage(const cv::Mat& image);

// The (possibly downscaled) frame with the face box and the crop square drawn on it.
QImage frameWithFace(const ReportFace& face);

// The face with its SLIC segment borders and each segment's number at its centre, so that the
// segment numbers of the rankings can be found on the face.
QImage segmentMap(const cv::Mat& face, const Segmentation& segments);

// The heatmap of an explanation over the face (HeatmapRenderer's overlay).
QImage heatmapOverlay(const Explanation& explanation, const cv::Mat& face);

// The same with the raw saliency coloured over `range` (a pair's shared scale).
QImage heatmapOverlay(const Explanation& explanation, const cv::Mat& face, const SaliencyRange& range);

// The face with everything but the top `k` segments of `ranking` dimmed, their borders drawn and
// their rank (1..k) written on them.
QImage topSegmentsFigure(const cv::Mat& face, const Segmentation& segments, const std::vector<int>& ranking, int k);

// adversarial - original, amplified so that the largest change is full scale: mid grey = no
// change. `gain` receives the amplification factor for the caption.
QImage perturbationFigure(const cv::Mat& original, const cv::Mat& adversarial, double* gain = nullptr);

// The JET colour bar with numbers for `range` (raw values) and `title` above it.
QImage colorScaleWithNumbers(int width, const SaliencyRange& range, const QString& title);

// The heatmap colour scale (JET), left = low, right = high.
QImage colorScale(int width, int height);

} // namespace fakelens
