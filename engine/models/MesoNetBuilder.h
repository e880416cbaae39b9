#pragma once

#include "models/KerasWeights.h"
#include "models/ModelCard.h"
#include "models/NetworkDefinition.h"

#include <string>

namespace fakelens {

// Builds Meso4 or MesoInception4 (Afchar et al., WIFS 2018) from the published Keras weights.
// The variant is told by the number of convolution layers (4 or 16); every array's shape is
// checked against the architecture so that a wrong or damaged file is refused with a message
// naming the layer. `source` names the file in error messages.
NetworkDefinition buildMesoNet(const KerasWeights& weights, const std::string& source);

// The card MesoNet's weights imply: 256x256 RGB, pixel/255, one sigmoid = P(real), MesoNet crop.
ModelCard mesoNetCard(const std::string& name);

} // namespace fakelens
