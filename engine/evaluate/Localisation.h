#pragma once

#include <opencv2/core/mat.hpp>

#include <string>

namespace fakelens {

// Localisation of an explanation against a ground-truth manipulation mask (FaceForensics++
// ships one per manipulated frame: white = manipulated).

// Where the mask of an image sits when it has one: "<folder>/<stem>_mask.png" beside it.
std::string manipulationMaskPath(const std::string& imagePath);

// True for files that are themselves masks ("*_mask.png"), so dataset walks skip them.
bool isManipulationMaskFile(const std::string& path);

// A mask image (any size; CV_8UC1/3/4; white = manipulated, i.e. any channel > 127) as the
// manipulated *fraction* of each pixel at `inputSize` (CV_32F in [0, 1]): the binary mask is
// downsampled with INTER_AREA, so a pixel at the border of the mask carries the share of its
// area that is manipulated, and the fractions below are area fractions of the original.
cv::Mat manipulationCoverage(const cv::Mat& maskImage, cv::Size inputSize);

// Fraction of the area selected by `regionMask` (CV_8U, nonzero = selected, e.g. the union of
// the top-k segments) that lies inside the manipulation: sum(coverage over region) / |region|.
// In [0, 1]; NaN when the region is empty. Both at the same size.
double localisationFraction(const cv::Mat& regionMask, const cv::Mat& coverage);

} // namespace fakelens
