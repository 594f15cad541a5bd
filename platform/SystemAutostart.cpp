#include "SystemAutostart.h"

#include <QtGlobal>

#if defined(Q_OS_MACOS)
#include "macos/LaunchAgentAutostart.h"
#elif defined(Q_OS_WIN)
#include "windows/RunKeyAutostart.h"
#elif defined(Q_OS_LINUX)
#include "linux/XdgAutostart.h"

#include <QFileInfo>
#endif

namespace relayq {

std::unique_ptr<Autostart> makeSystemAutostart(const QString &executablePath)
{
#if defined(Q_OS_MACOS)
    return std::make_unique<LaunchAgentAutostart>(executablePath);
#elif defined(Q_OS_WIN)
    return std::make_unique<RunKeyAutostart>(executablePath);
#elif defined(Q_OS_LINUX)
    const QString appImage = qEnvironmentVariable("APPIMAGE");
    const bool inAppImage = !appImage.isEmpty() && QFileInfo(appImage).isFile();
    return std::make_unique<XdgAutostart>(inAppImage ? appImage : executablePath);
#else
    Q_UNUSED(executablePath);
    return nullptr;
#endif
}

} // namespace relayq
