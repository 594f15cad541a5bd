// The tray icon: one template, a different colour per fleet state, a badge when runners are
// offline, a mark while notifications are paused, a dark outline, every size a panel asks for —
// drawn only when asked for, once per look.
// The rim and the marks follow the panel (light or dark): by the setting, or by the palette.

#include "Clock.h"
#include "FleetWatch.h"
#include "NotificationPolicy.h"
#include "StatusWindow.h"
#include "TrayController.h"
#include "TrayIconPainter.h"

#include <QApplication>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QPalette>
#include <QSet>
#include <QTest>

using namespace relayq;

namespace {
const QList<FleetState> kStates { FleetState::Unknown,  FleetState::Healthy,
                                  FleetState::Busy,     FleetState::Warning,
                                  FleetState::Critical, FleetState::Disconnected };

// The fill shows through just inside the rim, on the left (away from badge and pause mark).
QRgb fillPixel(const QImage &image)
{
    return image.pixel(image.width() / 8 + 2, image.height() / 2);
}

int differingPixels(const QImage &a, const QImage &b, const QRect &area)
{
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            count += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
    }
    return count;
}

QPalette paletteWithWindow(const QColor &window)
{
    QPalette palette = QApplication::palette();
    palette.setColor(QPalette::Window, window);
    return palette;
}
} // namespace

class TestTrayIconPainter : public QObject
{
    Q_OBJECT

private slots:
    void everyStateHasItsOwnColour();
    void offlineRunnersGetABadge();
    void pausedHasAMark();
    void hasADarkOutline();
    void iconHasEverySize();
    void iconDrawsOnlyTheSizesAskedFor();
    void lookComesFromTheSummary();
    void darkPanelsGetALightRim();
    void badgeAndMarkFollowThePanel();
    void cacheKeepsThePanelsApart();
    void toneFromPaletteAndSetting();
    void controllerFollowsThePaletteUnlessChosen();
};

void TestTrayIconPainter::everyStateHasItsOwnColour()
{
    TrayIconPainter painter;
    QSet<QRgb> fills;
    for (FleetState state : kStates) {
        const QImage image = painter.render({ state, 0, false }, 32);
        QCOMPARE(image.size(), QSize(32, 32));
        const QRgb fill = fillPixel(image);
        QCOMPARE(QColor(fill), TrayIconPainter::stateColor(state));
        fills.insert(fill);
    }
    QCOMPARE(fills.size(), kStates.size());
}

void TestTrayIconPainter::offlineRunnersGetABadge()
{
    TrayIconPainter painter;
    const QImage plain = painter.render({ FleetState::Critical, 0, false }, 64);
    const QImage badged = painter.render({ FleetState::Critical, 2, false }, 64);
    const QImage many = painter.render({ FleetState::Critical, 12, false }, 64);
    const QRect lowerRight(40, 40, 24, 24);
    const QRect upperLeft(0, 0, 24, 24);
    QVERIFY(differingPixels(plain, badged, lowerRight) > 100);
    QCOMPARE(differingPixels(plain, badged, upperLeft), 0);
    QVERIFY(differingPixels(badged, many, lowerRight) > 0); // "2" is not "9+"
    // The badge is white: readable whatever the state colour is.
    QCOMPARE(QColor(badged.pixel(52, 44)), QColor(Qt::white));
}

void TestTrayIconPainter::pausedHasAMark()
{
    TrayIconPainter painter;
    const QImage running = painter.render({ FleetState::Healthy, 0, false }, 64);
    const QImage paused = painter.render({ FleetState::Healthy, 0, true }, 64);
    QVERIFY(differingPixels(running, paused, QRect(34, 0, 30, 30)) > 100);
    QCOMPARE(differingPixels(running, paused, QRect(0, 34, 30, 30)), 0);
}

void TestTrayIconPainter::hasADarkOutline()
{
    TrayIconPainter painter;
    for (FleetState state : kStates) {
        const QImage image = painter.render({ state, 0, false }, 64);
        // The rim on the left edge at mid-height: dark on a light panel, a border on a dark one.
        const QColor rim(image.pixel(5, 32));
        QVERIFY2(rim.lightness() < 60, qPrintable(fleetStateKey(state)));
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0); // transparent corners
    }
}

void TestTrayIconPainter::iconHasEverySize()
{
    TrayIconPainter painter;
    const QIcon icon = painter.icon({ FleetState::Busy, 1, true });
    const QList<QSize> sizes = icon.availableSizes();
    // Advertised (what a StatusNotifierItem host is sent): 16 … 64 px.
    for (int size : { 16, 22, 24, 32, 48, 64 })
        QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(QString::number(size)));
    QCOMPARE(icon.pixmap(QSize(16, 16)).size(), QSize(16, 16));
    // Any other size is drawn at that size, not scaled from another.
    QCOMPARE(icon.pixmap(QSize(128, 128)).size(), QSize(128, 128));
    QCOMPARE(
        icon.pixmap(QSize(20, 20)).toImage().convertToFormat(QImage::Format_ARGB32),
        painter.render({ FleetState::Busy, 1, true }, 20).convertToFormat(QImage::Format_ARGB32));
    // The same look comes from the cache.
    QCOMPARE(painter.icon({ FleetState::Busy, 1, true }).cacheKey(), icon.cacheKey());
    QVERIFY(painter.icon({ FleetState::Busy, 2, true }).cacheKey() != icon.cacheKey());
}

void TestTrayIconPainter::iconDrawsOnlyTheSizesAskedFor()
{
    TrayIconPainter painter;
    const TrayIconLook look { FleetState::Critical, 2, false };
    QIcon icon = painter.icon(look);
    QCOMPARE(painter.drawnImages(), 0); // nothing until a tray asks
    QCOMPARE(icon.pixmap(QSize(22, 22)).size(), QSize(22, 22));
    QCOMPARE(painter.drawnImages(), 1);
    icon.pixmap(QSize(22, 22));
    painter.icon(look).pixmap(QSize(22, 22)); // the cached icon keeps what it drew
    QCOMPARE(painter.drawnImages(), 1);
    // An XEmbed tray paints its slot: that one size.
    QPixmap slot(24, 24);
    slot.fill(Qt::transparent);
    {
        QPainter onSlot(&slot);
        icon.paint(&onSlot, QRect(0, 0, 24, 24));
    }
    QCOMPARE(painter.drawnImages(), 2);
    QCOMPARE(slot.toImage().convertToFormat(QImage::Format_ARGB32),
             painter.render(look, 24).convertToFormat(QImage::Format_ARGB32));
    // Another look: its own images, again only when asked for.
    painter.icon({ FleetState::Healthy, 0, false }).pixmap(QSize(22, 22));
    QCOMPARE(painter.drawnImages(), 3);
}

void TestTrayIconPainter::lookComesFromTheSummary()
{
    StatusSummary summary;
    summary.state = FleetState::Warning;
    summary.runnersOffline = 3;
    summary.notificationsPaused = true;
    const TrayIconLook look = TrayIconLook::of(summary);
    QCOMPARE(look, (TrayIconLook { FleetState::Warning, 3, true }));
}

void TestTrayIconPainter::darkPanelsGetALightRim()
{
    TrayIconPainter painter;
    QCOMPARE(painter.panelTone(), PanelTone::Light); // the default
    for (FleetState state : kStates) {
        painter.setPanelTone(PanelTone::Light);
        const QImage light = painter.render({ state, 0, false }, 64);
        painter.setPanelTone(PanelTone::Dark);
        const QImage dark = painter.render({ state, 0, false }, 64);
        QVERIFY2(QColor(light.pixel(5, 32)).lightness() < 60, qPrintable(fleetStateKey(state)));
        QVERIFY2(QColor(dark.pixel(5, 32)).lightness() > 200, qPrintable(fleetStateKey(state)));
        QCOMPARE(QColor(dark.pixel(5, 32)), TrayIconPainter::rimColor(PanelTone::Dark));
        // Inside the rim both show the state's colour: the panel changes only the edge.
        QCOMPARE(QColor(fillPixel(dark)), TrayIconPainter::stateColor(state));
        QCOMPARE(fillPixel(dark), fillPixel(light));
        QCOMPARE(qAlpha(dark.pixel(0, 0)), 0);
    }
    QVERIFY(TrayIconPainter::rimColor(PanelTone::Light)
            != TrayIconPainter::rimColor(PanelTone::Dark));
}

void TestTrayIconPainter::badgeAndMarkFollowThePanel()
{
    TrayIconPainter painter;
    const TrayIconLook look { FleetState::Critical, 2, true };
    const QImage light = painter.render(look, 64);
    painter.setPanelTone(PanelTone::Dark);
    const QImage dark = painter.render(look, 64);
    QVERIFY(differingPixels(light, dark, QRect(40, 40, 24, 24)) > 100); // the badge
    QVERIFY(differingPixels(light, dark, QRect(40, 0, 24, 24)) > 100); // the pause mark
    // The badge's disc: white on a light panel, dark on a dark one.
    QCOMPARE(QColor(light.pixel(52, 44)), QColor(Qt::white));
    QVERIFY(QColor(dark.pixel(52, 44)).lightness() < 60);
}

void TestTrayIconPainter::cacheKeepsThePanelsApart()
{
    TrayIconPainter painter;
    const TrayIconLook look { FleetState::Healthy, 0, false };
    const QIcon light = painter.icon(look);
    painter.setPanelTone(PanelTone::Dark);
    const QIcon dark = painter.icon(look);
    QVERIFY(dark.cacheKey() != light.cacheKey());
    QVERIFY(dark.pixmap(QSize(32, 32)).toImage() != light.pixmap(QSize(32, 32)).toImage());
    painter.setPanelTone(PanelTone::Light);
    QCOMPARE(painter.icon(look).cacheKey(), light.cacheKey());
}

void TestTrayIconPainter::toneFromPaletteAndSetting()
{
    QCOMPARE(TrayIconPainter::toneOf(paletteWithWindow(QColor(0x24, 0x29, 0x2f))), PanelTone::Dark);
    QCOMPARE(TrayIconPainter::toneOf(paletteWithWindow(QColor(0xef, 0xef, 0xef))),
             PanelTone::Light);
    QCOMPARE(TrayIconPainter::toneChoice(QStringLiteral("dark")), PanelTone::Dark);
    QCOMPARE(TrayIconPainter::toneChoice(QStringLiteral("light")), PanelTone::Light);
    QVERIFY(!TrayIconPainter::toneChoice(QStringLiteral("auto")));
    QVERIFY(!TrayIconPainter::toneChoice(QString()));
}

void TestTrayIconPainter::controllerFollowsThePaletteUnlessChosen()
{
    const QPalette original = QApplication::palette();
    QApplication::setPalette(paletteWithWindow(QColor(0xef, 0xef, 0xef)));
    ManualClock clock;
    QNetworkAccessManager network;
    FleetWatch watch(&network, clock);
    NotificationPolicy policy(clock);
    StatusWindow window(clock);
    TrayController controller(watch, policy, window, clock);
    QCOMPARE(controller.panelTone(), PanelTone::Light);

    // "Automatic": a switch to a dark desktop theme while the app runs.
    QApplication::setPalette(paletteWithWindow(QColor(0x24, 0x29, 0x2f)));
    QCOMPARE(controller.panelTone(), PanelTone::Dark);
    QApplication::setPalette(paletteWithWindow(QColor(0xef, 0xef, 0xef)));
    QCOMPARE(controller.panelTone(), PanelTone::Light);

    // Chosen in the settings: the palette no longer decides.
    controller.setIconTone(QStringLiteral("dark"));
    QCOMPARE(controller.panelTone(), PanelTone::Dark);
    QApplication::setPalette(paletteWithWindow(QColor(0xfa, 0xfa, 0xfa)));
    QCOMPARE(controller.panelTone(), PanelTone::Dark);
    controller.setIconTone(QStringLiteral("light"));
    QCOMPARE(controller.panelTone(), PanelTone::Light);

    // Back to automatic: the palette in force decides at once.
    QApplication::setPalette(paletteWithWindow(QColor(0x24, 0x29, 0x2f)));
    QCOMPARE(controller.panelTone(), PanelTone::Light);
    controller.setIconTone(QStringLiteral("auto"));
    QCOMPARE(controller.panelTone(), PanelTone::Dark);
    QApplication::setPalette(original);
}

QTEST_MAIN(TestTrayIconPainter)
#include "TestTrayIconPainter.moc"
