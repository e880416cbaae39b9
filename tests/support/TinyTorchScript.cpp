#include "support/TinyTorchScript.h"

#include "models/ModelCard.h"

#include <torch/script.h>

#include <cstdio>
#include <fstream>
#include <stdexcept>

void writeConstantRealProbabilityModel(const std::string& modelPath, double logit) {
    torch::jit::Module module("ConstantRealProbability");
    char source[256];
    // x is NCHW; the product with 0 keeps the batch size and makes the output depend on x.
    std::snprintf(source, sizeof source,
                  "def forward(self, x):\n"
                  "    return torch.sigmoid(x[:, 0:1, 0, 0] * 0.0 + %.17g)\n",
                  logit);
    module.define(source);
    module.save(modelPath);

    fakelens::ModelCard card;
    card.name = "constant-real-probability";
    card.description = "test model: P(real) = sigmoid(constant)";
    card.output = fakelens::OutputKind::SigmoidReal;
    card.classes = {"real"};
    const std::string cardPath = modelPath.substr(0, modelPath.rfind('.')) + ".json";
    std::ofstream out(cardPath);
    out << card.toJson();
    if (!out)
        throw std::runtime_error("cannot write " + cardPath);
}
