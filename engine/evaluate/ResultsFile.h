#pragma once

#include "evaluate/ImageResult.h"
#include "evaluate/RunHeader.h"

#include <QFile>

#include <memory>
#include <string>
#include <vector>

namespace fakelens {

// A results file is JSON Lines: a header record (RunHeader), then one record per finished
// image (ImageResult), each a complete line written at once. A run killed while writing leaves
// at most one final line without its newline; readers ignore it and a resumed run cuts it off.
struct ResultsFileContent {
    RunHeader header;
    std::vector<ImageResult> results;  // in file order
    bool cutTail = false;              // the file ended in an incomplete record (ignored)
    qint64 completeBytes = 0;          // bytes up to the end of the last complete line
};

// Reads a results file. Throws FileNotFound / FileUnreadable, or CorruptData naming the line
// when a complete line is not a valid record (a record cut by a kill is not an error).
ResultsFileContent readResultsFile(const std::string& path);

// The records of several results files of one run (its shards, or a run and its resumption),
// for one set of tables.
struct MergedResults {
    RunHeader header;                   // of the first file
    std::vector<ImageResult> results;   // every image once, in the files' order
    std::vector<std::string> warnings;  // missing shards, cut records, duplicates, shard counts
};

// Reads and combines `paths`. Their parameters (model hash, seed, ...) and FakeLens version
// must be identical: InvalidArgument naming the file, the first differing key (dotted, e.g.
// "model.sha256") and both values. An image found in several files is taken from the first.
MergedResults mergeResultsFiles(const std::vector<std::string>& paths);

// Appends records to a results file so that each is either wholly in the file or not at all
// (as far as a line can be): the complete line is written with one write, then flushed and
// fsync'ed before append() returns.
class ResultsFileWriter {
public:
    // Starts a new file with `header`; refuses to overwrite an existing file (FileUnwritable).
    static std::unique_ptr<ResultsFileWriter> create(const std::string& path, const RunHeader& header);
    // Continues `path`: its header's parameters must equal `header.parameters` (InvalidArgument
    // naming the first differing key) and its shard must be the same; a final cut record is
    // truncated away. `existing` receives what the file already holds.
    static std::unique_ptr<ResultsFileWriter> resume(const std::string& path, const RunHeader& header,
                                                     ResultsFileContent& existing);
    ~ResultsFileWriter();

    void append(const ImageResult& result);
    const std::string& path() const { return path_; }

private:
    ResultsFileWriter(const std::string& path);
    void appendLine(const QByteArray& json);

    std::string path_;
    QFile file_;
};

} // namespace fakelens
