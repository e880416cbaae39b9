#include "explain/ClassicFill.h"

#include "core/Error.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace fakelens {

namespace {

cv::Mat segmentMeanFill(const cv::Mat& image, const Segmentation& segments) {
    if (segments.labels.size() != image.size())
        throw Error(ErrorCode::InvalidArgument, "makeFill", "segmentation and image differ in size");
    std::vector<cv::Vec3d> sum(size_t(segments.count), cv::Vec3d(0, 0, 0));
    std::vector<long long> pixels(size_t(segments.count), 0);
    for (int y = 0; y < image.rows; ++y) {
        const int* label = segments.labels.ptr<int>(y);
        const cv::Vec3f* row = image.ptr<cv::Vec3f>(y);
        for (int x = 0; x < image.cols; ++x) {
            sum[size_t(label[x])] += cv::Vec3d(row[x]);
            ++pixels[size_t(label[x])];
        }
    }
    std::vector<cv::Vec3f> mean(size_t(segments.count));
    for (int s = 0; s < segments.count; ++s)
        mean[size_t(s)] = pixels[size_t(s)] > 0 ? cv::Vec3f(sum[size_t(s)] / double(pixels[size_t(s)]))
                                                : cv::Vec3f(0, 0, 0);
    cv::Mat fill(image.size(), CV_32FC3);
    for (int y = 0; y < image.rows; ++y) {
        const int* label = segments.labels.ptr<int>(y);
        cv::Vec3f* out = fill.ptr<cv::Vec3f>(y);
        for (int x = 0; x < image.cols; ++x)
            out[x] = mean[size_t(label[x])];
    }
    return fill;
}

} // namespace

int blurKernelSize(const cv::Size& imageSize) {
    const int side = std::min(imageSize.width, imageSize.height);
    return std::max(1, int(std::lround(128.0 * side / 256.0)));
}

cv::Mat makeFill(FillKind kind, const cv::Mat& image, const Segmentation& segments) {
    if (image.empty() || image.type() != CV_32FC3)
        throw Error(ErrorCode::InvalidArgument, "makeFill", "image must be CV_32FC3");
    switch (kind) {
    case FillKind::SegmentMean:
        return segmentMeanFill(image, segments);
    case FillKind::Blur: {
        // A box filter like cv2.blur in shap's masker; its cost does not grow with the kernel.
        const int k = blurKernelSize(image.size());
        cv::Mat blurred;
        cv::blur(image, blurred, cv::Size(k, k));
        return blurred;
    }
    case FillKind::Zeros:
        return cv::Mat::zeros(image.size(), CV_32FC3);
    case FillKind::Grey:
        return cv::Mat(image.size(), CV_32FC3, cv::Scalar::all(0.5));
    case FillKind::Adversarial:
        break;
    }
    throw Error(ErrorCode::InvalidArgument, "makeFill",
                "the adversarial fill is the NES sample, not a classic fill");
}

const char* fillKindName(FillKind kind) {
    switch (kind) {
    case FillKind::SegmentMean: return "segment-mean";
    case FillKind::Blur: return "blur";
    case FillKind::Zeros: return "zeros";
    case FillKind::Grey: return "grey";
    case FillKind::Adversarial: return "adversarial";
    }
    return "unknown";
}

} // namespace fakelens
