#include "ApplicationIcon.h"

#include "AppIdentity.h"

#include <QDir>
#include <QFileInfo>

// Q_INIT_RESOURCE must be called outside a namespace: the icon may be asked for before anything
// else of this static library has touched its resources.
static void initApplicationIconResources()
{
    Q_INIT_RESOURCE(relayq_tray);
}

namespace relayq {

namespace {

QString applicationId()
{
    return QString::fromLatin1(AppIdentity::kApplicationId);
}

// A bare X session (no desktop environment) names no icon theme, and then Qt looks in none:
// hicolor is where packages install application icons, and every theme falls back to it.
void useHicolorWhenNoTheme()
{
    if (QIcon::themeName().isEmpty())
        QIcon::setThemeName(QStringLiteral("hicolor"));
}

// The theme's own folder first, then hicolor, which every theme inherits in the end.
QStringList themesToSearch()
{
    QStringList themes { QIcon::themeName(), QIcon::fallbackThemeName(),
                         QStringLiteral("hicolor") };
    themes.removeAll(QString());
    themes.removeDuplicates();
    return themes;
}

const int kPngSizes[] = { 512, 256, 128, 64, 48, 32, 24, 22, 16 };

QString fileInTheme(const QString &themeFolder, const QString &id)
{
    const QString svg
        = themeFolder + QStringLiteral("/scalable/apps/") + id + QStringLiteral(".svg");
    if (QFileInfo::exists(svg))
        return svg;
    for (int size : kPngSizes) {
        const QString png
            = themeFolder + QStringLiteral("/%1x%1/apps/").arg(size) + id + QStringLiteral(".png");
        if (QFileInfo::exists(png))
            return png;
    }
    return QString();
}

} // namespace

bool ApplicationIcon::themeHasIcon()
{
    useHicolorWhenNoTheme();
    return QIcon::hasThemeIcon(applicationId());
}

QString ApplicationIcon::builtInPath()
{
    return QStringLiteral(":/relayq/icons/app/") + applicationId() + QStringLiteral(".svg");
}

QIcon ApplicationIcon::icon()
{
    initApplicationIconResources();
    if (themeHasIcon())
        return QIcon::fromTheme(applicationId());
    // Installed, but Qt sees no theme there: hicolor without its index.theme (the package
    // hicolor-icon-theme missing). The installed file is still the one to show.
    const QString file = themeFile();
    return QIcon(file.isEmpty() ? builtInPath() : file);
}

QString ApplicationIcon::themeFile()
{
    useHicolorWhenNoTheme();
    for (const QString &theme : themesToSearch()) {
        for (const QString &base : QIcon::themeSearchPaths()) {
            if (base.startsWith(QLatin1Char(':')))
                continue; // Qt's own resource path, not an installed theme
            const QString file = fileInTheme(base + QLatin1Char('/') + theme, applicationId());
            if (!file.isEmpty())
                return QDir::cleanPath(file);
        }
    }
    return QString();
}

QString ApplicationIcon::source()
{
    const QString file = themeFile();
    if (!themeHasIcon()) {
        return file.isEmpty() ? QStringLiteral("built in (%1)").arg(builtInPath())
                              : QStringLiteral("file %1 (no icon theme index found)").arg(file);
    }
    if (file.isEmpty())
        return QStringLiteral("icon theme %1").arg(QIcon::themeName());
    // Name the theme whose folder holds the file: ".../icons/hicolor/scalable/apps/x.svg".
    const QString theme = QFileInfo(file).dir().absolutePath().section(QLatin1Char('/'), -3, -3);
    return QStringLiteral("icon theme %1: %2").arg(theme, file);
}

} // namespace relayq
