#include "evaluate/ResultsFile.h"

#include "core/Error.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>

#include <set>

#include <unistd.h>

namespace fakelens {

namespace {

QJsonObject parseLine(const QByteArray& line, const std::string& path, int lineNumber) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        throw Error(ErrorCode::CorruptData, path,
                    "line " + std::to_string(lineNumber) + " is not a JSON record (" +
                        error.errorString().toStdString() + ")");
    return doc.object();
}

} // namespace

ResultsFileContent readResultsFile(const std::string& path) {
    QFile file(QString::fromStdString(path));
    if (!file.exists())
        throw Error(ErrorCode::FileNotFound, path, "no such results file");
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::FileUnreadable, path, file.errorString().toStdString());
    const QByteArray bytes = file.readAll();

    ResultsFileContent content;
    bool haveHeader = false;
    qint64 start = 0;
    int lineNumber = 0;
    while (start < bytes.size()) {
        const qint64 end = bytes.indexOf('\n', start);
        if (end < 0) {
            // No newline: the record being written when the run stopped. Ignored by design.
            content.cutTail = true;
            break;
        }
        ++lineNumber;
        const QByteArray line = bytes.mid(start, end - start).trimmed();
        start = end + 1;
        content.completeBytes = start;
        if (line.isEmpty())
            continue;
        const QJsonObject record = parseLine(line, path, lineNumber);
        const std::string where = path + ":" + std::to_string(lineNumber);
        if (!haveHeader) {
            content.header = RunHeader::fromJson(record, where);
            haveHeader = true;
        } else if (record.value("record").toString() == "image") {
            content.results.push_back(ImageResult::fromJson(record, where));
        } else {
            throw Error(ErrorCode::CorruptData, path,
                        "line " + std::to_string(lineNumber) + " is neither a header nor an image record");
        }
    }
    if (!haveHeader)
        throw Error(bytes.isEmpty() ? ErrorCode::EmptyFile : ErrorCode::CorruptData, path,
                    "no complete header record: not a FakeLens evaluation results file");
    return content;
}

MergedResults mergeResultsFiles(const std::vector<std::string>& paths) {
    if (paths.empty())
        throw Error(ErrorCode::InvalidArgument, "merge", "no results file given");
    MergedResults merged;
    std::set<std::string> seen;
    std::set<int> shardsSeen;
    int duplicates = 0;
    for (size_t f = 0; f < paths.size(); ++f) {
        const std::string& path = paths[f];
        ResultsFileContent content = readResultsFile(path);
        if (f == 0) {
            merged.header = content.header;
        } else {
            // Shards that disagree on any parameter (model hash, seed, samples, ...) measured
            // different things: one table of them would be meaningless, so refuse and name it.
            const std::string difference = firstDifference(merged.header.parameters, content.header.parameters);
            if (!difference.empty())
                throw Error(ErrorCode::InvalidArgument, path,
                            "parameter '" + difference + "' differs from " + paths.front() + "'s (" +
                                parameterText(content.header.parameters, difference) + " here, " +
                                parameterText(merged.header.parameters, difference) +
                                " there): these runs cannot be merged");
            // Another FakeLens version may explain or attack differently with the same
            // parameters (a shard requeued after the cluster's module was upgraded).
            if (content.header.fakelensVersion != merged.header.fakelensVersion)
                throw Error(ErrorCode::InvalidArgument, path,
                            "field 'fakelens_version' differs from " + paths.front() + "'s (\"" +
                                content.header.fakelensVersion + "\" here, \"" + merged.header.fakelensVersion +
                                "\" there): rerun these shards with one FakeLens version");
            // Records match by their path below the dataset folder: the same image evaluated
            // from another folder (or a run of another dataset) would be counted twice.
            if (content.header.root != merged.header.root ||
                content.header.datasetImageCount != merged.header.datasetImageCount)
                merged.warnings.push_back(path + ": a run of " + content.header.root + " (" +
                                          std::to_string(content.header.datasetImageCount) + " images), not of " +
                                          merged.header.root + " (" +
                                          std::to_string(merged.header.datasetImageCount) + " images) as " +
                                          paths.front() + ": an image in both is counted twice");
            if (content.header.shard.count != merged.header.shard.count)
                merged.warnings.push_back(path + ": from a run split into " +
                                          std::to_string(content.header.shard.count) + " shards, not " +
                                          std::to_string(merged.header.shard.count));
        }
        shardsSeen.insert(content.header.shard.index);
        if (content.cutTail)
            merged.warnings.push_back(path + ": ends in a cut record (ignored; resume that run to finish it)");
        for (ImageResult& result : content.results) {
            if (!seen.insert(result.path).second) {
                ++duplicates;
                continue;
            }
            merged.results.push_back(std::move(result));
        }
    }
    if (duplicates > 0)
        merged.warnings.push_back(std::to_string(duplicates) + " image record(s) found in more than one file; "
                                  "the first was kept");
    const int count = merged.header.shard.count;
    if (count > 1 && int(shardsSeen.size()) < count) {
        std::string missing;
        for (int i = 0; i < count; ++i)
            if (!shardsSeen.count(i))
                missing += (missing.empty() ? "" : ", ") + std::to_string(i) + "/" + std::to_string(count);
        merged.warnings.push_back("shard(s) " + missing + " missing: the tables cover part of the dataset");
    }
    return merged;
}

ResultsFileWriter::ResultsFileWriter(const std::string& path) : path_(path), file_(QString::fromStdString(path)) {}

ResultsFileWriter::~ResultsFileWriter() { file_.close(); }

std::unique_ptr<ResultsFileWriter> ResultsFileWriter::create(const std::string& path, const RunHeader& header) {
    std::unique_ptr<ResultsFileWriter> writer(new ResultsFileWriter(path));
    // NewOnly: never overwrite finished work; the caller asks for --resume instead.
    if (!writer->file_.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered))
        throw Error(ErrorCode::FileUnwritable, path,
                    QFileInfo::exists(QString::fromStdString(path))
                        ? std::string("already exists (resume it, or choose another results file)")
                        : writer->file_.errorString().toStdString());
    writer->appendLine(QJsonDocument(header.toJson()).toJson(QJsonDocument::Compact));
    return writer;
}

std::unique_ptr<ResultsFileWriter> ResultsFileWriter::resume(const std::string& path, const RunHeader& header,
                                                             ResultsFileContent& existing) {
    existing = readResultsFile(path);
    const std::string difference = firstDifference(existing.header.parameters, header.parameters);
    if (!difference.empty())
        throw Error(ErrorCode::InvalidArgument, path,
                    "was written with a different '" + difference + "' parameter; cannot resume it with these settings");
    if (existing.header.shard.index != header.shard.index || existing.header.shard.count != header.shard.count)
        throw Error(ErrorCode::InvalidArgument, path,
                    "belongs to shard " + std::to_string(existing.header.shard.index) + "/" +
                        std::to_string(existing.header.shard.count) + ", not " + std::to_string(header.shard.index) +
                        "/" + std::to_string(header.shard.count));

    std::unique_ptr<ResultsFileWriter> writer(new ResultsFileWriter(path));
    if (!writer->file_.open(QIODevice::ReadWrite | QIODevice::Unbuffered))
        throw Error(ErrorCode::FileUnwritable, path, writer->file_.errorString().toStdString());
    // Cut off the record the killed run was writing, so the next line starts on its own.
    if (writer->file_.size() != existing.completeBytes && !writer->file_.resize(existing.completeBytes))
        throw Error(ErrorCode::FileUnwritable, path, writer->file_.errorString().toStdString());
    if (!writer->file_.seek(existing.completeBytes))
        throw Error(ErrorCode::FileUnwritable, path, writer->file_.errorString().toStdString());
    existing.cutTail = false;
    return writer;
}

void ResultsFileWriter::append(const ImageResult& result) {
    appendLine(QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact));
}

void ResultsFileWriter::appendLine(const QByteArray& json) {
    QByteArray line = json;
    line.append('\n');
    // One write of the whole line, then down to the disk: a kill loses at most this line, and
    // a reader can tell a cut line by its missing newline.
    const qint64 written = file_.write(line);
    if (written != line.size() || !file_.flush() || ::fsync(file_.handle()) != 0)
        throw Error(ErrorCode::FileUnwritable, path_, "could not write a record: " + file_.errorString().toStdString());
}

} // namespace fakelens
