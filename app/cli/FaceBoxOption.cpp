#include "FaceBoxOption.h"

#include "CliSupport.h"

#include <cmath>

namespace cli {

void addFaceBoxOption(QCommandLineParser& parser) {
    parser.addOption({"face-box",
                      Text::tr("A face the detector missed, drawn by the examiner: X,Y,W,H in image pixels; "
                               "on a video FRAME:X,Y,W,H, and the face is tracked from that frame (repeatable; "
                               "scored, explained and reported as drawn by the examiner)."),
                      "[FRAME:]X,Y,W,H"});
}

std::vector<fakelens::DrawnBox> faceBoxesFromOptions(const QCommandLineParser& parser) {
    std::vector<fakelens::DrawnBox> boxes;
    const QStringList values = parser.values("face-box");
    if (!values.isEmpty() && parser.isSet("no-detect"))
        throw fakelens::Error(fakelens::ErrorCode::InvalidArgument, "--face-box",
                              "cannot be combined with --no-detect (a drawn face is fitted with the "
                              "face detector's landmark model)");
    for (const QString& value : values) {
        fakelens::DrawnBox drawn;
        QString numbers = value;
        bool ok = true;
        if (const int colon = value.indexOf(':'); colon >= 0) {
            drawn.frame = value.left(colon).trimmed().toInt(&ok);
            if (!ok || drawn.frame < 0)
                throw fakelens::Error(fakelens::ErrorCode::InvalidArgument, "--face-box",
                                      "'" + value.toStdString() + "': the frame before ':' must be a whole number >= 0");
            numbers = value.mid(colon + 1);
        }
        const QStringList parts = numbers.split(',');
        double v[4] = {0, 0, 0, 0};
        ok = parts.size() == 4;
        for (int i = 0; ok && i < 4; ++i) {
            v[i] = parts[i].trimmed().toDouble(&ok);
            ok = ok && std::isfinite(v[i]);
        }
        if (!ok)
            throw fakelens::Error(fakelens::ErrorCode::InvalidArgument, "--face-box",
                                  "'" + value.toStdString() +
                                      "' is not [FRAME:]X,Y,W,H (four numbers, image pixels, e.g. 120,80,200,200 "
                                  "or, on a video, 40:120,80,200,200)");
        if (v[2] <= 0 || v[3] <= 0)
            throw fakelens::Error(fakelens::ErrorCode::InvalidArgument, "--face-box",
                                  "'" + value.toStdString() + "': width and height must be positive");
        drawn.box = cv::Rect2f(float(v[0]), float(v[1]), float(v[2]), float(v[3]));
        boxes.push_back(drawn);
    }
    return boxes;
}

} // namespace cli
