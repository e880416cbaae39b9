#pragma once

#include <QString>
#include <QVector>

// A corpus of a few hundred broken inputs, generated from the shared samples and models: the
// reliability tests feed every one to the CLI and the GUI and expect a clean, named error (or,
// where the damage may leave a decodable file, a clean success), never a crash, a hang or a
// partial output file. Generation is deterministic (fixed seeds), so a failing case can be
// found again by its name.
namespace corpus {

enum class Kind { Image, Video, Model, Card, Results };

enum class Expect {
    Error,  // the input is unusable: the run must fail with a clear message naming the file
    Either, // the damage may still decode (flipped bits in pixel data): success or a clean error
};

struct Case {
    QString name;     // unique, stable label (test row)
    QString path;     // the input file (for Card: the .pt the card sits beside)
    Kind kind = Kind::Image;
    Expect expect = Expect::Error;
    QString cardPath; // Card: the broken card
};

// Collects the cases of one kind, each written into one folder.
class CaseList {
public:
    CaseList(const QString& folder, Kind kind);
    // Writes `bytes` to `file` in the folder and records the case.
    void add(const QString& name, const QString& file, const QByteArray& bytes, Expect expect);
    // Records a case for a file already written there.
    void addWritten(const QString& name, const QString& file, Expect expect, const QString& cardFile = {});
    QString filePath(const QString& file) const;
    const QVector<Case>& cases() const { return cases_; }

private:
    QString folder_;
    Kind kind_;
    QVector<Case> cases_;
};

// Writes every case under `folder` (created, emptied first). Media and models in sub-folders.
QVector<Case> generate(const QString& folder);

// The parts, for the generator's own use.
QVector<Case> generateImages(const QString& folder);
QVector<Case> generateVideos(const QString& folder);
QVector<Case> generateModels(const QString& folder);
QVector<Case> generateCards(const QString& folder);
QVector<Case> generateResults(const QString& folder);

QString kindName(Kind kind);

} // namespace corpus
