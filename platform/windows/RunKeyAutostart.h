#pragma once
// Start on login on Windows: the value "RelayQ Tray" under the current user's Run key
// (HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run), holding the quoted path
// of the program. Built on Windows only.

#include "Autostart.h"

#include <QCoreApplication>
#include <QString>

namespace relayq {

class RunKeyAutostart : public Autostart
{
    Q_DECLARE_TR_FUNCTIONS(relayq::RunKeyAutostart)

public:
    static constexpr const char *kValueName = "RelayQ Tray";

    // `runKey` empty: the current user's Run key. Tests pass a scratch key under HKCU.
    explicit RunKeyAutostart(const QString &executablePath, const QString &runKey = QString());

    bool isEnabled() const override;
    std::optional<QString> setEnabled(bool enabled) override;
    QString location() const override;

private:
    QString m_executablePath;
    QString m_runKey;
};

} // namespace relayq
