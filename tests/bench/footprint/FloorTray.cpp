// The floor for the footprint benchmark (issue 7, "Footprint"): the least a Qt 6 tray app can
// be — a QApplication, a QSystemTrayIcon with a painted icon and a menu with Quit, nothing else.
// relayq-tray's idle RSS, idle CPU and time to the icon shown are compared with this.

#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setQuitOnLastWindowClosed(false);
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(QColor(0x2d, 0xa4, 0x4e));
        painter.drawEllipse(QRectF(4, 4, 24, 24));
    }
    QMenu menu;
    menu.addAction(QStringLiteral("Quit"), &app, &QCoreApplication::quit);
    QSystemTrayIcon tray { QIcon(pixmap) };
    tray.setToolTip(QStringLiteral("Floor"));
    tray.setContextMenu(&menu);
    tray.show();
    return app.exec();
}
