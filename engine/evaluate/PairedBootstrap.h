#pragma once

#include <cstdint>
#include <vector>

namespace fakelens {

// The mean of paired differences (e.g. a method's classic minus its _adv minimal budget on the
// same face) with a 95 % percentile bootstrap interval: `resamples` draws of the differences
// with replacement from a seeded stream, so the same data give the same interval every time
// (one run and the merge of its shards print identical tables). NaN fields when empty.
struct PairedDifference {
    double mean;
    double low;   // 2.5 % percentile of the resampled means
    double high;  // 97.5 % percentile
    int count = 0;
    PairedDifference();
};

PairedDifference pairedBootstrap(const std::vector<double>& differences, int resamples = 2000,
                                 std::uint64_t seed = 2025);

} // namespace fakelens
