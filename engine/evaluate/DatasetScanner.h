#pragma once

#include <string>
#include <vector>

namespace fakelens {

// Ground truth a dataset's folder names give an image.
enum class DatasetLabel { Fake, Real, Unknown };

const char* datasetLabelName(DatasetLabel label);          // "fake", "real", "unknown"
DatasetLabel parseDatasetLabel(const std::string& name);   // the inverse; Unknown otherwise

// One image of a dataset run.
struct DatasetItem {
    std::string absolutePath;
    std::string relativePath;  // to the run's root, '/'-separated: the image's identity in results
    DatasetLabel label = DatasetLabel::Unknown;
    // The manipulation type: the folder that holds the fake/real folder ("df" in
    // ffpp_crops/df/fake/x.png); "unlabelled" when the image is under no fake/real folder.
    std::string manipulation;
    std::string maskPath;      // "<stem>_mask.png" beside the image when it exists, else empty
};

// A deterministic 1/N of a run: the items at sorted positions index, index + N, ...
// (round-robin in path order, so every shard gets a similar mix of folders).
struct ShardSpec {
    int index = 0; // 0-based
    int count = 1;
    bool isWhole() const { return count == 1; }
};

// "I/N" with 0 <= I < N; throws InvalidArgument otherwise.
ShardSpec parseShardSpec(const std::string& text);

// The images under `path` (a folder, walked recursively, or one image file), sorted by relative
// path. Labels come from the nearest enclosing folder named "fake" or "real" (case-insensitive,
// looking at the whole absolute path, so pointing at ffpp_crops/df/fake works too), the
// manipulation type from the folder above it. Ground-truth masks ("*_mask.png") are not images
// of the run: they are attached to the image beside them. Files that are not images by
// extension are counted in `ignoredFiles` (optional). Throws FileNotFound for a missing path.
std::vector<DatasetItem> scanDataset(const std::string& path, int* ignoredFiles = nullptr);

// The root relative paths refer to: the folder itself, or the folder of a single file.
std::string datasetRoot(const std::string& path);

// The items of one shard, in the same order.
std::vector<DatasetItem> selectShard(const std::vector<DatasetItem>& items, const ShardSpec& shard);

} // namespace fakelens
