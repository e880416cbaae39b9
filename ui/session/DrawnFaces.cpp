#include "session/DrawnFaces.h"

#include "faces/FaceTracker.h"
#include "faces/TrackMatching.h"
#include "session/TimelineScanner.h"

namespace fakelens::ui {

void DrawnFaces::clear() {
    drawn_.clear();
    followed_.clear();
}

void DrawnFaces::add(int frame, const cv::Rect2f& box) { drawn_[frame].push_back(box); }

void DrawnFaces::restore(const std::map<int, std::vector<cv::Rect2f>>& boxes) {
    drawn_ = boxes;
    followed_.clear();
}

std::vector<DrawnBox> DrawnFaces::all() const {
    std::vector<DrawnBox> out;
    for (const auto& [frame, boxes] : drawn_)
        for (const cv::Rect2f& box : boxes)
            out.push_back({frame, box});
    return out;
}

std::vector<DrawnBox> DrawnFaces::seeds(const VideoScanOptions& options) const {
    std::vector<DrawnBox> out;
    for (const DrawnBox& d : all())
        if (scansFrame(options, d.frame))
            out.push_back(d);
    return out;
}

bool DrawnFaces::addFollowed(const QVector<TimelinePoint>& points, int frame) {
    bool onFrame = false;
    for (const TimelinePoint& p : points)
        for (const DetectedFace& face : p.detectedFaces) {
            if (face.origin != FaceOrigin::Examiner)
                continue;
            followed_[p.frame].push_back(face.box);
            onFrame = onFrame || p.frame == frame;
        }
    return onFrame;
}

std::vector<cv::Rect2f> DrawnFaces::drawnOn(int frame) const {
    const auto it = drawn_.find(frame);
    return it == drawn_.end() ? std::vector<cv::Rect2f>() : it->second;
}

std::vector<cv::Rect2f> DrawnFaces::followedOn(int frame) const {
    const auto it = followed_.find(frame);
    if (it == followed_.end())
        return {};
    // On the frame it was drawn, the scan's face is the drawn box itself.
    const std::vector<cv::Rect2f> here = drawnOn(frame);
    const double sameFace = TrackerOptions().duplicateIoU;
    std::vector<cv::Rect2f> out;
    for (const cv::Rect2f& box : it->second) {
        bool covered = false;
        for (const cv::Rect2f& d : here)
            covered = covered || boxIoU(box, d) >= sameFace;
        if (!covered)
            out.push_back(box);
    }
    return out;
}

std::vector<DetectedFace> scannedFacesOn(const QVector<TimelinePoint>& points, int frame, bool detectFaces,
                                         const DrawnFaces& drawnFaces) {
    if (!detectFaces || !drawnFaces.drawnOn(frame).empty())
        return {};
    const TimelinePoint* point = timelinePointOf(points, frame);
    return point ? point->detectedFaces : std::vector<DetectedFace>();
}

} // namespace fakelens::ui
