#pragma once
// Reads a (compressed) tar archive into memory, entry by entry, without writing anything to
// disk: what it holds is judged by the caller (verification after a backup, the checks before a
// restore). Sizes are capped, so a crafted archive cannot exhaust memory.

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace relayq {

struct ArchiveEntry
{
    enum class Kind { File, Directory, Link, Other };
    QString name; // as stored, not normalised: the caller judges "/x", "../x", "./x"
    Kind kind = Kind::Other;
    qint64 size = 0;
    int permissions = 0;
    QByteArray data; // regular files only
};

struct ArchiveContents
{
    QList<ArchiveEntry> entries;
    QString error; // libarchive's words, or the cap that was hit; empty when read completely
    bool isOk() const { return error.isEmpty(); }
};

class ArchiveReader
{
    Q_DECLARE_TR_FUNCTIONS(relayq::ArchiveReader)

public:
    // Runner configuration files are a few KiB; anything near these limits is not a backup.
    static constexpr qint64 MaxEntrySize = 4 * 1024 * 1024;
    static constexpr int MaxEntries = 256;

    static ArchiveContents read(const QString &path);
};

} // namespace relayq
