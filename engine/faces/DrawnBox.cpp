#include "faces/DrawnBox.h"

#include "core/Error.h"

namespace fakelens {

std::vector<cv::Rect2f> drawnBoxesOnImage(const std::vector<DrawnBox>& drawn, const std::string& source) {
    std::vector<cv::Rect2f> boxes;
    for (const DrawnBox& d : drawn) {
        if (d.frame != 0)
            throw Error(ErrorCode::InvalidArgument, source,
                        "face box on frame " + std::to_string(d.frame) + ": an image has one frame, frame 0");
        boxes.push_back(d.box);
    }
    return boxes;
}

} // namespace fakelens
