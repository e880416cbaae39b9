#pragma once

#include "faces/DetectedFace.h"
#include "faces/DrawnBox.h"
#include "faces/VideoScanner.h"

#include <QVector>

#include <opencv2/core/types.hpp>

#include <map>
#include <vector>

namespace fakelens::ui {

struct TimelinePoint;

// The faces the examiner drew because the detector missed them (issue 18, part 5), and where
// the timeline's scan followed them. On a video a box drawn on a frame the timeline analyses
// starts an examiner track in the scan (VideoScanOptions::drawnFaces); the boxes of that track
// on later frames come back with the timeline's points, so that the shown frame scores the
// drawn face wherever the tracker followed it. GUI thread only.
class DrawnFaces {
public:
    void clear();
    // The examiner's boxes by frame, as drawn (a case being opened replaces them all).
    void add(int frame, const cv::Rect2f& box);
    void restore(const std::map<int, std::vector<cv::Rect2f>>& boxes);
    const std::map<int, std::vector<cv::Rect2f>>& drawn() const { return drawn_; }
    // Every drawn box, as the engine and the case take them.
    std::vector<DrawnBox> all() const;
    // The drawn boxes a scan with `options` can start tracks from (scansFrame()).
    std::vector<DrawnBox> seeds(const VideoScanOptions& options) const;

    // Keeps the boxes of the scan's examiner tracks; true when `frame` got one.
    bool addFollowed(const QVector<TimelinePoint>& points, int frame);
    void clearFollowed() { followed_.clear(); }
    // The boxes drawn on `frame`, in the order drawn.
    std::vector<cv::Rect2f> drawnOn(int frame) const;
    // The examiner tracks' boxes on `frame` that no box drawn there already covers.
    std::vector<cv::Rect2f> followedOn(int frame) const;

private:
    std::map<int, std::vector<cv::Rect2f>> drawn_;
    std::map<int, std::vector<cv::Rect2f>> followed_;
};

// The timeline scan's faces on `frame`, which the shown frame and the report score there, so
// that a face's P(fake) is its curve's: none when face detection is off, when a box was drawn
// on the frame since (scored the drawn way), or when the scan has not reached the frame.
std::vector<DetectedFace> scannedFacesOn(const QVector<TimelinePoint>& points, int frame, bool detectFaces,
                                         const DrawnFaces& drawnFaces);

} // namespace fakelens::ui
