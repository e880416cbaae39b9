#include "faces/FaceGeometry.h"

#include "core/Error.h"

#include <cmath>
#include <initializer_list>
#include <string>

namespace fakelens {

namespace {

cv::Point2f meanOf(const std::vector<cv::Point2f>& pts, std::initializer_list<int> indices) {
    cv::Point2f sum(0.f, 0.f);
    for (int i : indices)
        sum += pts[size_t(i)];
    return sum * (1.f / float(indices.size()));
}

double length(cv::Point2f v) { return std::hypot(double(v.x), double(v.y)); }

} // namespace

FaceGeometry FaceGeometry::fromLandmarks(const std::vector<cv::Point2f>& lm) {
    if (lm.size() != 68)
        throw Error(ErrorCode::InvalidArgument, "face landmarks",
                    "expected 68 points, got " + std::to_string(lm.size()));
    FaceGeometry g;
    g.leftEye = meanOf(lm, {36, 37, 38, 39, 40, 41});
    g.rightEye = meanOf(lm, {42, 43, 44, 45, 46, 47});
    g.eyeMid = (g.leftEye + g.rightEye) * 0.5f;
    // face_recognition's lip polygons, which double-count the corners and the inner lip; kept
    // as they are because MesoNet's crop (and its rotation) was computed from them.
    const cv::Point2f topLip = meanOf(lm, {48, 49, 50, 51, 52, 53, 54, 64, 63, 62, 61, 60});
    const cv::Point2f bottomLip = meanOf(lm, {54, 55, 56, 57, 58, 59, 48, 60, 67, 66, 65, 64});
    g.mouth = (topLip + bottomLip) * 0.5f;
    const cv::Point2f bridge = meanOf(lm, {27, 28, 29, 30});
    const cv::Point2f tip = meanOf(lm, {31, 32, 33, 34, 35});
    g.nose = (bridge + tip) * 0.5f;
    return g;
}

double FaceGeometry::eyeDistance() const { return length(rightEye - leftEye); }

double FaceGeometry::eyeMouthDistance() const { return length(mouth - eyeMid); }

} // namespace fakelens
