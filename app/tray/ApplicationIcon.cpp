#include "ApplicationIcon.h"

#include "AppIdentity.h"

namespace relayq {

// Stub: the desktop-integration work replaces this with the themed icon and a built-in copy.
QIcon ApplicationIcon::icon()
{
    return QIcon::fromTheme(QString::fromLatin1(AppIdentity::kApplicationId));
}

QString ApplicationIcon::source()
{
    return QIcon::hasThemeIcon(QString::fromLatin1(AppIdentity::kApplicationId))
        ? QStringLiteral("icon theme (%1)").arg(QIcon::themeName())
        : QStringLiteral("built in");
}

} // namespace relayq
