// The application icon: the icon theme's under the application id when one has it (and the log
// line names its file), else the copy built into the binary; a bare session without a theme
// name still finds an installed hicolor icon, and so does one without hicolor's index.theme.

#include "AppIdentity.h"
#include "ApplicationIcon.h"

#include <QDir>
#include <QFile>
#include <QIcon>
#include <QPixmap>
#include <QTemporaryDir>
#include <QTest>

using namespace relayq;

namespace {
const QString kId = QString::fromLatin1(AppIdentity::kApplicationId);

bool writeFile(const QString &path, const QByteArray &data)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// A hicolor theme as hicolor-icon-theme installs it, with our icon as the package installs it.
bool installHicolor(const QString &iconsDir, bool withIcon, bool withIndex = true)
{
    const QByteArray index = "[Icon Theme]\nName=Hicolor\nComment=Fallback\n"
                             "Directories=48x48/apps,scalable/apps\n\n"
                             "[48x48/apps]\nSize=48\nContext=Applications\nType=Threshold\n\n"
                             "[scalable/apps]\nMinSize=1\nSize=128\nMaxSize=256\n"
                             "Context=Applications\nType=Scalable\n";
    if (withIndex && !writeFile(iconsDir + QStringLiteral("/hicolor/index.theme"), index))
        return false;
    if (!withIcon)
        return true;
    QFile svg(ApplicationIcon::builtInPath());
    return svg.open(QIODevice::ReadOnly)
        && writeFile(iconsDir + QStringLiteral("/hicolor/scalable/apps/") + kId
                         + QStringLiteral(".svg"),
                     svg.readAll());
}
} // namespace

class TestApplicationIcon : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QIcon::setThemeName(QString()); // a bare X session names no theme
    }

    void builtInWhenNoThemeHasIt()
    {
        QTemporaryDir icons;
        QVERIFY(installHicolor(icons.path(), false));
        QIcon::setThemeSearchPaths({ icons.path() });
        QVERIFY(QFile::exists(ApplicationIcon::builtInPath()));
        QCOMPARE(ApplicationIcon::source(),
                 QStringLiteral("built in (:/relayq/icons/app/io.github.relayq.RelayQTray.svg)"));
        QVERIFY(ApplicationIcon::themeFile().isEmpty());
        const QPixmap pixmap = ApplicationIcon::icon().pixmap(QSize(64, 64));
        QCOMPARE(pixmap.size(), QSize(64, 64));
        // Drawn, not blank: the plate's middle is opaque.
        QCOMPARE(qAlpha(pixmap.toImage().pixel(32, 32)), 255);
    }

    void installedHicolorIconWinsAndIsNamed()
    {
        QTemporaryDir icons;
        QVERIFY(installHicolor(icons.path(), true));
        QIcon::setThemeSearchPaths({ icons.path() });
        const QString file = icons.path() + QStringLiteral("/hicolor/scalable/apps/") + kId
            + QStringLiteral(".svg");
        QCOMPARE(ApplicationIcon::themeFile(), file);
        QCOMPARE(ApplicationIcon::source(), QStringLiteral("icon theme hicolor: ") + file);
        QCOMPARE(QIcon::themeName(), QStringLiteral("hicolor")); // set, as no theme was named
        const QIcon icon = ApplicationIcon::icon();
        QCOMPARE(icon.name(), kId); // from the theme, not the built-in copy
        QCOMPARE(icon.pixmap(QSize(48, 48)).size(), QSize(48, 48));
    }

    void installedFileWithoutAThemeIndexIsStillUsed()
    {
        QTemporaryDir icons;
        QVERIFY(installHicolor(icons.path(), true, false));
        QIcon::setThemeSearchPaths({ icons.path() });
        const QString file = icons.path() + QStringLiteral("/hicolor/scalable/apps/") + kId
            + QStringLiteral(".svg");
        QCOMPARE(ApplicationIcon::source(),
                 QStringLiteral("file %1 (no icon theme index found)").arg(file));
        QCOMPARE(ApplicationIcon::icon().pixmap(QSize(32, 32)).size(), QSize(32, 32));
    }

    void aNamedThemeIsKept()
    {
        QTemporaryDir icons;
        QVERIFY(installHicolor(icons.path(), true));
        QVERIFY(writeFile(icons.path() + QStringLiteral("/Plain/index.theme"),
                          "[Icon Theme]\nName=Plain\nInherits=hicolor\nDirectories=\n"));
        QIcon::setThemeSearchPaths({ icons.path() });
        QIcon::setThemeName(QStringLiteral("Plain"));
        // The theme inherits hicolor, where the icon is: found there, and named so.
        QVERIFY2(ApplicationIcon::source().startsWith(QStringLiteral("icon theme hicolor: ")),
                 qPrintable(ApplicationIcon::source()));
        QCOMPARE(QIcon::themeName(), QStringLiteral("Plain"));
    }
};

QTEST_MAIN(TestApplicationIcon)
#include "TestApplicationIcon.moc"
