#include "FaceBoxOption.h"

#include "CliSupport.h"

#include <cmath>

namespace cli {

void addFaceBoxOption(QCommandLineParser& parser) {
    parser.addOption({"face-box",
                      Text::tr("A face the detector missed, drawn by the examiner: X,Y,W,H in image pixels "
                               "(repeatable; scored, explained and reported as drawn by the examiner)."),
                      "X,Y,W,H"});
}

std::vector<cv::Rect2f> faceBoxesFromOptions(const QCommandLineParser& parser) {
    std::vector<cv::Rect2f> boxes;
    const QStringList values = parser.values("face-box");
    if (!values.isEmpty() && parser.isSet("no-detect"))
        throw fakelens::Error(fakelens::ErrorCode::InvalidArgument, "--face-box",
                              "cannot be combined with --no-detect (a drawn face is fitted with the "
                              "face detector's landmark model)");
    for (const QString& value : values) {
        const QStringList parts = value.split(',');
        double v[4] = {0, 0, 0, 0};
        bool ok = parts.size() == 4;
        for (int i = 0; ok && i < 4; ++i) {
            v[i] = parts[i].trimmed().toDouble(&ok);
            ok = ok && std::isfinite(v[i]);
        }
        if (!ok)
            throw fakelens::Error(fakelens::ErrorCode::InvalidArgument, "--face-box",
                                  "'" + value.toStdString() +
                                      "' is not X,Y,W,H (four numbers, image pixels, e.g. 120,80,200,200)");
        if (v[2] <= 0 || v[3] <= 0)
            throw fakelens::Error(fakelens::ErrorCode::InvalidArgument, "--face-box",
                                  "'" + value.toStdString() + "': width and height must be positive");
        boxes.emplace_back(float(v[0]), float(v[1]), float(v[2]), float(v[3]));
    }
    return boxes;
}

} // namespace cli
