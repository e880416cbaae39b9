#pragma once

#include "explain/Segmentation.h"

#include <QPainterPath>
#include <QPointF>

#include <optional>
#include <vector>

namespace fakelens::ui {

// The outline of each SLIC segment as a path along pixel edges (image coordinates, a pixel
// covering [x, x+1)), so outlines stay crisp at any zoom. Paths are built on first use.
class SegmentOutlines {
public:
    explicit SegmentOutlines(const Segmentation& segments);

    int count() const { return segments_.count; }
    // The segment under an image pixel, or -1 outside the image.
    int segmentAt(int x, int y) const;
    const QPainterPath& outline(int segment) const;
    // A point inside the segment to put a label on (its pixel closest to the centroid).
    QPointF labelPoint(int segment) const;
    const Segmentation& segmentation() const { return segments_; }

private:
    Segmentation segments_;
    mutable std::vector<std::optional<QPainterPath>> outlines_;
    std::vector<QPointF> labelPoints_;
};

} // namespace fakelens::ui
