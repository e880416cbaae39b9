#pragma once

#include <string>
#include <vector>

namespace fakelens {

// What Grad-CAM (Selvaraju et al. 2017) needs from a white-box detector for one image: the
// activations A of the layer the model card names ("gradcam_layer") and the gradient of the
// model's fake score with respect to A, both C x h x w, channel-major (index (c * h + y) * w + x).
//
// The fake score is the log-odds of P(fake), log(P(fake) / (1 - P(fake))), taken before the
// output's sigmoid / softmax: the pre-activation class score the paper differentiates. It is
// monotone in P(fake), so its gradient points the same way as P(fake)'s, but unlike P(fake) it
// does not saturate: on a very confident fake (P(fake) = 1 in float32) the gradient of P(fake)
// is exactly 0 and every map would be empty. For a one-unit sigmoid it is +-the logit, for a
// softmax logsumexp(z_c, c != real) - z_real (the fake-minus-real logit for two classes).
struct LayerGradients {
    std::string layer;          // the card's "gradcam_layer"
    int channels = 0;
    int height = 0;
    int width = 0;
    std::vector<float> activations; // A, channels * height * width
    std::vector<float> gradients;   // d score / d A, same shape
    double score = 0.0;             // the fake score (log-odds of P(fake)) differentiated
    double fakeProbability = 0.0;   // P(fake) of the same forward, as fakeProbabilities() gives it

    size_t size() const { return size_t(channels) * height * width; }
};

} // namespace fakelens
