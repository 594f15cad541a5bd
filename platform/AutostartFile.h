#pragma once
// Start on login as one file that the desktop reads at login (an XDG autostart entry, a
// LaunchAgent): enabling writes it atomically, disabling removes it. Subclasses say where it
// lives and what it holds; writing, removing and the messages in words are shared here.

#include "Autostart.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace relayq {

class AutostartFile : public Autostart
{
    Q_DECLARE_TR_FUNCTIONS(relayq::AutostartFile)

public:
    AutostartFile(const QString &executablePath, const QString &filePath);

    // The file is there (subclasses may also read whether it is switched off inside).
    bool isEnabled() const override;
    std::optional<QString> setEnabled(bool enabled) override;
    QString location() const override { return m_filePath; }

protected:
    // The file's contents for starting `program`.
    virtual QByteArray contents(const QString &program) const = 0;

private:
    QString m_executablePath;
    QString m_filePath;
};

} // namespace relayq
