#include "ImageWriter.h"

#include "core/Error.h"

#include <QSaveFile>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <vector>

namespace cli {

void writePngAtomically(const cv::Mat& rgb, const QString& path) {
    cv::Mat bgr;
    if (rgb.channels() == 3)
        cv::cvtColor(rgb, bgr, cv::COLOR_RGB2BGR);
    else
        bgr = rgb;
    std::vector<unsigned char> png;
    if (!cv::imencode(".png", bgr, png))
        throw fakelens::Error(fakelens::ErrorCode::Internal, path.toStdString(), "cannot encode PNG");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(reinterpret_cast<const char*>(png.data()), qint64(png.size())) != qint64(png.size()) ||
        !file.commit())
        throw fakelens::Error(fakelens::ErrorCode::FileUnwritable, path.toStdString(),
                              "cannot write (" + file.errorString().toStdString() + ")");
}

} // namespace cli
