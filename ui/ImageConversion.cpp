#include "ImageConversion.h"

#include <opencv2/core.hpp>

namespace fakelens::ui {

QImage toQImage(const cv::Mat& image) {
    if (image.empty())
        return {};
    cv::Mat bytes;
    if (image.type() == CV_8UC3 || image.type() == CV_8UC1)
        bytes = image;
    else if (image.type() == CV_32FC3)
        image.convertTo(bytes, CV_8UC3, 255.0); // saturating, rounds to nearest
    else
        return {};
    const QImage::Format format = bytes.channels() == 3 ? QImage::Format_RGB888 : QImage::Format_Grayscale8;
    return QImage(bytes.data, bytes.cols, bytes.rows, int(bytes.step), format).copy();
}

cv::Mat toRgbMat(const QImage& image) {
    if (image.isNull())
        return {};
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    cv::Mat view(rgb.height(), rgb.width(), CV_8UC3, const_cast<uchar*>(rgb.constBits()), size_t(rgb.bytesPerLine()));
    return view.clone();
}

} // namespace fakelens::ui
