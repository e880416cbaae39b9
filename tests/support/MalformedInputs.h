#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

// Builds broken copies of the shared samples and models in a scratch folder, for tests that feed
// them to the CLI (and later the GUI) and expect a clean, named error every time.
namespace malformed {

struct Case {
    QString name;        // short label for the test row
    QString path;        // the broken file (or a path that does not exist)
    QString kind;        // "image", "video", "model", "card"
    QString cardPath;    // for kind "card": the card to pass with --card
};

// Every broken input of this generator, written under `folder` (created).
QVector<Case> generate(const QString& folder);

// Helpers, exposed for tests of their own.
QByteArray readFile(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);
QByteArray flipBits(QByteArray bytes, int from, int to, int every); // XOR 0xFF on a stride
QByteArray pngWithSize(quint32 width, quint32 height);               // a valid IHDR claiming the size
QByteArray jpegWithSize(QByteArray jpeg, quint16 width, quint16 height); // its SOF claiming the size
QByteArray randomBytes(int size, unsigned seed);                     // deterministic noise

} // namespace malformed
