#include "PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace relayq {

namespace {
QString randomSuffix()
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString suffix;
    for (int i = 0; i < 6; ++i)
        suffix.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(62)]));
    return suffix;
}
} // namespace

PrivateFile::PrivateFile(const QString &finalPath) : m_finalPath(finalPath) { }

PrivateFile::~PrivateFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
    if (!m_committed && !m_temporaryPath.isEmpty())
        QFile::remove(m_temporaryPath);
}

bool PrivateFile::fail(const QString &what)
{
    m_error = QStringLiteral("%1: %2").arg(what, QString::fromLocal8Bit(std::strerror(errno)));
    return false;
}

bool PrivateFile::open()
{
    const QFileInfo info(m_finalPath);
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QString candidate = info.dir().filePath(
            QStringLiteral(".%1.%2.partial").arg(info.fileName(), randomSuffix()));
        const QByteArray encoded = QFile::encodeName(candidate);
        // 0600 in the creating call itself: there is no moment when others may read it.
        m_fd = ::open(encoded.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (m_fd >= 0) {
            m_temporaryPath = candidate;
            return true;
        }
        if (errno != EEXIST)
            return fail(candidate);
    }
    return fail(info.dir().path());
}

bool PrivateFile::write(const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n
            = ::write(m_fd, data.constData() + done, static_cast<size_t>(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return fail(m_temporaryPath);
        done += n;
    }
    return true;
}

bool PrivateFile::setPermissions(int mode)
{
    return ::fchmod(m_fd, static_cast<mode_t>(mode & 0777)) == 0 ? true : fail(m_temporaryPath);
}

bool PrivateFile::close()
{
    const bool synced = ::fsync(m_fd) == 0;
    const int savedErrno = errno;
    const bool closed = ::close(m_fd) == 0;
    m_fd = -1;
    if (!synced)
        errno = savedErrno;
    return synced && closed ? true : fail(m_temporaryPath);
}

bool PrivateFile::commit(bool replace)
{
    if (!replace && QFileInfo::exists(m_finalPath)) {
        errno = EEXIST;
        return fail(m_finalPath);
    }
    if (::rename(QFile::encodeName(m_temporaryPath).constData(),
                 QFile::encodeName(m_finalPath).constData())
        != 0)
        return fail(m_finalPath);
    m_committed = true;
    return true;
}

} // namespace relayq
