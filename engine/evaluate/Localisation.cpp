#include "evaluate/Localisation.h"

#include "core/Error.h"

#include <QDir>
#include <QFileInfo>
#include <QString>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <limits>
#include <vector>

namespace fakelens {

namespace {
const char* const kMaskSuffix = "_mask";
}

std::string manipulationMaskPath(const std::string& imagePath) {
    const QFileInfo info(QString::fromStdString(imagePath));
    return info.dir().filePath(info.completeBaseName() + kMaskSuffix + ".png").toStdString();
}

bool isManipulationMaskFile(const std::string& path) {
    return QFileInfo(QString::fromStdString(path)).completeBaseName().endsWith(kMaskSuffix);
}

cv::Mat manipulationCoverage(const cv::Mat& maskImage, cv::Size inputSize) {
    if (maskImage.empty() || maskImage.depth() != CV_8U)
        throw Error(ErrorCode::InvalidArgument, "manipulation mask", "mask must be an 8-bit image");
    cv::Mat gray;
    if (maskImage.channels() == 1) {
        gray = maskImage;
    } else {
        // White in any channel counts (masks are saved as RGB or RGBA with equal channels).
        std::vector<cv::Mat> channels;
        cv::split(maskImage, channels);
        gray = channels[0].clone();
        for (size_t c = 1; c < channels.size() && c < 3; ++c)
            cv::max(gray, channels[c], gray);
    }
    cv::Mat binary;
    cv::threshold(gray, binary, 127, 1.0, cv::THRESH_BINARY);
    cv::Mat binaryFloat;
    binary.convertTo(binaryFloat, CV_32F);
    if (binaryFloat.size() == inputSize)
        return binaryFloat;
    cv::Mat coverage;
    cv::resize(binaryFloat, coverage, inputSize, 0, 0, cv::INTER_AREA);
    return coverage;
}

double localisationFraction(const cv::Mat& regionMask, const cv::Mat& coverage) {
    if (regionMask.type() != CV_8U || coverage.type() != CV_32F || regionMask.size() != coverage.size())
        throw Error(ErrorCode::InvalidArgument, "localisation",
                    "region (CV_8U) and coverage (CV_32F) must have the same size");
    const int area = cv::countNonZero(regionMask);
    if (area == 0)
        return std::numeric_limits<double>::quiet_NaN();
    // The mean coverage over the region = manipulated area inside it / its area.
    const double fraction = cv::mean(coverage, regionMask)[0];
    return std::min(1.0, std::max(0.0, fraction));
}

} // namespace fakelens
