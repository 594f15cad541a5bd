#pragma once
// A file that only its owner can read from the moment it exists: created next to its final
// place under a temporary name (O_CREAT|O_EXCL, mode 0600), and renamed into place only when
// the caller says it is complete. Dropped without commit(), the temporary file is removed, so
// a failure never leaves a half-written file where the final one belongs.

#include <QByteArray>
#include <QString>

namespace relayq {

class PrivateFile
{
public:
    // The temporary name is ".<final name>.<6 random characters>.partial" in the same folder.
    explicit PrivateFile(const QString &finalPath);
    ~PrivateFile();
    PrivateFile(const PrivateFile &) = delete;
    PrivateFile &operator=(const PrivateFile &) = delete;

    bool open();
    int handle() const { return m_fd; }
    QString temporaryPath() const { return m_temporaryPath; }
    QString finalPath() const { return m_finalPath; }
    bool write(const QByteArray &data);
    // Final permission bits, applied to the open file before it gets its final name.
    bool setPermissions(int mode);
    // Flushes to disk and closes; the file keeps its temporary name.
    bool close();
    // Renames into place; with `replace` false an existing final file is an error.
    bool commit(bool replace);
    QString errorString() const { return m_error; }

private:
    bool fail(const QString &what);

    QString m_finalPath;
    QString m_temporaryPath;
    int m_fd = -1;
    bool m_committed = false;
    QString m_error;
};

} // namespace relayq
