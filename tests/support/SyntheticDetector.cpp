#include "support/SyntheticDetector.h"

#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

#include <cmath>

namespace fakelens {

namespace {

float checker(int y, int x) { return ((x + y) & 1) ? -1.0f : 1.0f; }

// The LibTorch module: a fixed weight image (zero outside the patch), a dot product, a sigmoid.
struct PatchTextureModule : torch::nn::Module {
    PatchTextureModule(int height, int width, cv::Rect patch) {
        torch::Tensor w = torch::zeros({1, height, width, 3});
        auto a = w.accessor<float, 4>();
        for (int y = patch.y; y < patch.y + patch.height; ++y)
            for (int x = patch.x; x < patch.x + patch.width; ++x)
                for (int c = 0; c < 3; ++c)
                    a[0][y][x][c] = checker(y, x) / float(patch.area() * 3);
        weight = register_buffer("weight", w);
    }
    torch::Tensor forward(const torch::Tensor& nhwc) {
        torch::Tensor s = (nhwc * weight).sum({1, 2, 3});
        return torch::sigmoid((s - SyntheticDetector::kOffset) * SyntheticDetector::kGain);
    }
    torch::Tensor weight;
};

} // namespace

struct SyntheticDetector::Model {
    std::shared_ptr<PatchTextureModule> module;
};

SyntheticDetector::SyntheticDetector(cv::Rect patch) : patch_(patch), model_(new Model) {
    card_.name = "synthetic-patch";
    card_.description = "test detector: checkerboard texture in one patch means fake";
    card_.inputWidth = 256;
    card_.inputHeight = 256;
    card_.output = OutputKind::SigmoidFake;
    card_.threshold = 0.5;
    patch_ &= cv::Rect(0, 0, card_.inputWidth, card_.inputHeight);
    model_->module = std::make_shared<PatchTextureModule>(card_.inputHeight, card_.inputWidth, patch_);
    model_->module->eval();
}

SyntheticDetector::~SyntheticDetector() = default;

std::string SyntheticDetector::modelPath() const {
    return "synthetic://patch/" + std::to_string(patch_.x) + "," + std::to_string(patch_.y) + "," +
           std::to_string(patch_.width) + "x" + std::to_string(patch_.height);
}

std::vector<double> SyntheticDetector::fakeProbabilities(const float* nhwc, int count) {
    if (count <= 0)
        return {};
    torch::NoGradGuard noGrad;
    const torch::Tensor input = torch::from_blob(
        const_cast<float*>(nhwc), {count, card_.inputHeight, card_.inputWidth, 3}, torch::kFloat32);
    const torch::Tensor out = model_->module->forward(input).contiguous();
    forwarded_ += count;
    return std::vector<double>(out.data_ptr<float>(), out.data_ptr<float>() + count);
}

double SyntheticDetector::textureScore(const cv::Mat& image) const {
    double sum = 0.0;
    for (int y = patch_.y; y < patch_.y + patch_.height; ++y)
        for (int x = patch_.x; x < patch_.x + patch_.width; ++x) {
            const cv::Vec3f p = image.at<cv::Vec3f>(y, x);
            sum += checker(y, x) * (double(p[0]) + p[1] + p[2]);
        }
    return sum / (patch_.area() * 3);
}

cv::Mat makeSyntheticImage(cv::Rect patch) {
    cv::Mat image(256, 256, CV_32FC3);
    for (int y = 0; y < image.rows; ++y)
        for (int x = 0; x < image.cols; ++x) {
            const float u = x / 255.0f, v = y / 255.0f;
            image.at<cv::Vec3f>(y, x) =
                cv::Vec3f(0.55f + 0.2f * u, 0.45f + 0.15f * v, 0.35f + 0.1f * (u - v));
        }
    // A few flat blobs, like eyes and a mouth, so the superpixels have edges to follow.
    cv::ellipse(image, cv::Point(90, 100), cv::Size(22, 12), 0, 0, 360, cv::Scalar(0.2, 0.25, 0.3), -1);
    cv::ellipse(image, cv::Point(170, 100), cv::Size(22, 12), 0, 0, 360, cv::Scalar(0.2, 0.25, 0.3), -1);
    cv::ellipse(image, cv::Point(128, 190), cv::Size(40, 14), 0, 0, 360, cv::Scalar(0.7, 0.3, 0.3), -1);
    cv::rectangle(image, cv::Rect(0, 0, 256, 30), cv::Scalar(0.15, 0.12, 0.1), -1);
    // The manipulated patch: flat mid grey plus the detector's checkerboard.
    for (int y = patch.y; y < patch.y + patch.height; ++y)
        for (int x = patch.x; x < patch.x + patch.width; ++x) {
            const float t = float(SyntheticDetector::kAmplitude) * checker(y, x);
            image.at<cv::Vec3f>(y, x) = cv::Vec3f(0.5f + t, 0.5f + t, 0.5f + t);
        }
    return image;
}

} // namespace fakelens
